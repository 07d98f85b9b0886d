import { Component, useState, type ReactNode } from 'react';
import { PartLoadError } from '../lib/useLoaded';
import { useI18n } from '../i18n/useI18n';

/** One part of the page whose code could not be loaded (the connection dropped, a chunk missing from a copied build)
 *  is said in its own place, with a button that asks for it again; the rest of the page, and the view, stay. Any
 *  other error goes on to the page's boundary (app/ErrorBoundary.tsx).
 *  A retry asks for the part's chunk under a new address (scripts/vite-fresh-imports.ts), but not for the chunks it
 *  imports: one of those that failed (fetched first for another part, or cut off while the part's own chunk arrived)
 *  stays failed in a browser that keeps failed module fetches (Chromium 150) until the page is reloaded. A retry that
 *  fails while the browser says it is online therefore offers "Reload the page" instead: the view is in the address,
 *  the deck in localStorage (briefing/deckStore.ts). */
export class PartBoundary extends Component<{ children: ReactNode }, { error: PartLoadError | null; retried: boolean }> {
  state = { error: null as PartLoadError | null, retried: false };
  static getDerivedStateFromError(error: unknown) {
    if (error instanceof PartLoadError) return { error };
    throw error;
  }
  render() {
    if (!this.state.error) return this.props.children;
    return this.state.retried && navigator.onLine
      ? <PartStale />
      : <PartFailed retry={() => this.setState({ error: null, retried: true })} />;
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

/** Reloads only once the page's own file answers (its address without the query, which may hold a long deck link): a
 *  reload while the server cannot be reached would replace the page with the browser's error page. Until then it says
 *  what PartFailed says. */
function PartStale() {
  const { t } = useI18n();
  const [unreachable, setUnreachable] = useState(false);
  const reload = () => {
    fetch(location.origin + location.pathname, { method: 'HEAD', cache: 'no-store' })
      .then((r) => { if (!r.ok) throw new Error(String(r.status)); location.reload(); })
      .catch(() => setUnreachable(true));
  };
  return (
    <p role="alert" className="part-error">
      {t(unreachable ? 'error.partFailed' : 'error.partStale')} <button type="button" onClick={reload}>{t('error.partReload')}</button>
    </p>
  );
}
