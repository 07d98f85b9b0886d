import { describe, expect, it } from 'vitest';
import { getConfig, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { ErrorBoundary, ErrorMessage } from '../../src/app/ErrorBoundary';
import { datasetQuery, makeQueryClient, sourceTextsQuery } from '../../src/data/queries';
import { validateAndNormalise } from '../../src/data/loadDataset';
import { DatasetError } from '../../src/data/datasetError';
import { freshDataset } from './dataFixture';
import { useAppStore } from '../../src/store/appStore';
import type { Atlas } from '../../src/data/atlas';

// The first view's chunks (the dataset's core, its opener, the map layout, the English messages) are in before the
// tests start, as the built page's modulepreload links have them in before App asks (data/firstView.ts): what the
// tests time is App loading, checking and drawing them, not the first transform of a 1 MB module on a loaded machine.
await import('../../src/data/firstView');

/** Resolves once `found()` holds after a change of the document, waiting as findBy… does (React's updates let through
 *  meanwhile) but with no time limit of its own: the whole page renders its map and graph in jsdom, so the test's own
 *  limit is the one that applies, not a raised one. */
const until = (found: () => unknown) => getConfig().asyncWrapper(() => new Promise<void>((resolve) => {
  if (found()) return resolve();
  const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); resolve(); } });
  mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}));

describe('App shell', () => {
  // Two tests, each its own page: in one, a loaded machine took 4–6 s to draw the page and then wait for the sources'
  // texts, against vitest's 5 s. The second loads the dataset again, but its modules are in by then.
  it('loads the bundled dataset through react-query (not into the store) and shows each data family\'s as-of date', async () => {
    const client = makeQueryClient();
    render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    const asOf = /UN votes 2018–2019 · UN convention to Feb 2026/;
    await until(() => screen.queryByText(asOf));
    expect(screen.getByText(asOf)).toBeInTheDocument();
    expect(client.getQueryData(datasetQuery.queryKey)).toBeDefined();
    expect(useAppStore.getState()).not.toHaveProperty('atlas');
    expect(useAppStore.getState().viewReady).toBe(true);
  });

  it('the sources\' texts follow the first paint, checked, as a query result of their own', async () => {
    const client = makeQueryClient();
    // the atlas's fields as react-query first cached it (before the sources' texts, which follow the first paint): the
    // size of each map and list (a deep copy would take a second of this test's five on a busy machine)
    const sizes = (a: Atlas) => Object.entries(a).map(([k, v]) => [k, v instanceof Map ? v.size : Array.isArray(v) ? v.length : v]);
    let cached: ReturnType<typeof sizes> | null = null;
    const offCached = client.getQueryCache().subscribe(() => {
      const data = client.getQueryData(datasetQuery.queryKey);
      if (data && !cached) cached = sizes(data);
    });
    render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
    await until(() => client.getQueryData(datasetQuery.queryKey));
    const atlas = client.getQueryData(datasetQuery.queryKey)!;
    const texts = sourceTextsQuery(atlas, true).queryKey;
    await getConfig().asyncWrapper(() => new Promise<void>((resolve) => {
      if (client.getQueryData(texts) !== undefined) return resolve();
      const off = client.getQueryCache().subscribe(() => { if (client.getQueryData(texts) !== undefined) { off(); resolve(); } });
    }));
    offCached();
    const sources = client.getQueryData(texts)!;
    expect(sources.byId.size).toBe(atlas.dataset.sources.length);
    expect(sources.byId.get('coe:S108')?.url).toMatch(/^https:\/\//);
    // nothing was added to the cached dataset in place: what shows a title re-renders because its input arrived
    expect(cached).not.toBeNull();
    expect(sizes(atlas)).toEqual(cached);
  });

  it('refuses a malformed dataset with a readable message naming the problem', async () => {
    const bad = freshDataset();
    bad.votes[0].vote = 'perhaps' as never;
    let error: unknown;
    try { await validateAndNormalise(bad); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DatasetError);
    render(<ErrorMessage error={error as Error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('failed validation');
    expect(screen.getByRole('alert')).toHaveTextContent('un-votes.csv:2');
    expect(screen.getByRole('alert')).toHaveTextContent('"perhaps"');
  });

  it('the error boundary replaces a crashed view with a message instead of a blank page', () => {
    const Boom = () => { throw new Error('render exploded'); };
    const spy = console.error;
    console.error = () => {};
    try {
      render(<ErrorBoundary><Boom /></ErrorBoundary>);
    } finally { console.error = spy; }
    expect(screen.getByRole('alert')).toHaveTextContent('render exploded');
  });
});
