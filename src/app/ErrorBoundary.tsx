import { Component, type ReactNode } from 'react';
import { DatasetError, DatasetLoadError } from '../data/datasetError';

/** Never a blank page: whatever fails below is said in words, with the details a maintainer needs. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) { return { error }; }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorMessage error={error} />;
  }
}

export function ErrorMessage({ error }: { error: Error }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  if (error instanceof DatasetLoadError) {
    return (
      <div role="alert" className="error-page">
        <h1>The atlas could not be shown</h1>
        <p>{error.message}</p>
        <p>Reload the page. If you opened the offline copy (a single HTML file), that file is damaged: get a fresh copy of it.</p>
        <p><button type="button" onClick={() => window.location.reload()}>Reload</button></p>
      </div>
    );
  }
  return (
    <div role="alert" className="error-page">
      <h1>The atlas could not be shown</h1>
      <p>{error instanceof DatasetError ? 'The bundled dataset failed validation, so nothing from it is displayed.' : 'Something went wrong while drawing the page.'}</p>
      <p><code>{error.message.slice(0, 600)}</code></p>
      {problems.length > 0 && (
        <ul>{problems.slice(0, 20).map((p) => <li key={p}><code>{p}</code></li>)}</ul>
      )}
      <p><button type="button" onClick={() => window.location.assign(window.location.pathname)}>Reload without view parameters</button></p>
    </div>
  );
}
