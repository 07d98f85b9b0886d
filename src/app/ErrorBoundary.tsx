import { Component, type ReactNode } from 'react';
import { DatasetError, DatasetLoadError } from '../data/datasetError';
import { useI18n } from '../i18n/useI18n';

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

/** In the page's language (English if its messages never arrived); the technical details stay as they were raised. */
export function ErrorMessage({ error }: { error: Error }) {
  const { t } = useI18n();
  const problems = error instanceof DatasetError ? error.problems : [];
  if (error instanceof DatasetLoadError) {
    return (
      <div role="alert" className="error-page">
        <h1>{t('error.title')}</h1>
        <p>{t('error.loadMessage', error.words)}</p>
        <p>{t('error.loadAdvice')}</p>
        <p><button type="button" onClick={() => window.location.reload()}>{t('error.reload')}</button></p>
      </div>
    );
  }
  return (
    <div role="alert" className="error-page">
      <h1>{t('error.title')}</h1>
      <p>{t(error instanceof DatasetError ? 'error.invalid' : 'error.crash')}</p>
      <p><code>{error.message.slice(0, 600)}</code></p>
      {problems.length > 0 && (
        <ul>{problems.slice(0, 20).map((p) => <li key={p}><code>{p}</code></li>)}</ul>
      )}
      <p><button type="button" onClick={() => window.location.assign(window.location.pathname)}>{t('error.reloadPlain')}</button></p>
    </div>
  );
}
