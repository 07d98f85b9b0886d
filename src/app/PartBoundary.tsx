import { Component, type ReactNode } from 'react';
import { PartLoadError } from '../lib/useLoaded';
import { useI18n } from '../i18n/useI18n';

/** One part of the page whose code could not be loaded (the connection dropped, a chunk missing from a copied build)
 *  is said in its own place, with a button that asks for it again; the rest of the page, and the view, stay. Any
 *  other error goes on to the page's boundary (app/ErrorBoundary.tsx). */
export class PartBoundary extends Component<{ children: ReactNode }, { error: PartLoadError | null }> {
  state = { error: null as PartLoadError | null };
  static getDerivedStateFromError(error: unknown) {
    if (error instanceof PartLoadError) return { error };
    throw error;
  }
  render() {
    return this.state.error ? <PartFailed retry={() => this.setState({ error: null })} /> : this.props.children;
  }
}

function PartFailed({ retry }: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="part-error">
      {t('error.partFailed')} <button type="button" onClick={retry}>{t('error.partRetry')}</button>
    </p>
  );
}
