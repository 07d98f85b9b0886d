import './data/prefetch'; // first: starts the dataset's chunks before the rest of this script is evaluated
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { makeQueryClient } from './data/queries';
import { ErrorBoundary } from './app/ErrorBoundary';
import { rootOptions } from './app/rootErrors';
import { App } from './app/App';
import { PresenterRoot } from './views/briefing/PresenterRoot';
import { useAppStore } from './store/appStore';
import { warmFirstViewIntl } from './i18n/warmIntl';
import './styles.css';
// read at start-up, before URL sync canonicalises the address (the presentation layer that uses it loads later)
import './briefing/deckParam';

// The presenter view is the same page opened with #presenter (from the single offline file too).
const Root = window.location.hash === '#presenter' ? PresenterRoot : App;

createRoot(document.getElementById('root')!, rootOptions).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={makeQueryClient()}>
        <Root />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
// the Intl set-up a page in another language than English needs for its first view, while the dataset loads
warmFirstViewIntl(useAppStore.getState().lang);
