// Component tests: the dataset sits in react-query's cache, as in the app (data/useAtlas.ts). `render` and
// `renderHook` wrap what they render in a provider of one test client; `seedAtlas` puts a dataset in it, with its
// sources' texts as their own query's result (as the app has them after the first paint) unless told otherwise.
import type { ReactNode } from 'react';
import { render as rtlRender, renderHook as rtlRenderHook, type RenderOptions } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Atlas } from '../data/atlas';
import { datasetQuery, makeQueryClient, sourceTextsQuery } from '../data/queries';
import type { Sources } from '../data/sourceTexts';
import { testSources } from '../data/testAtlas';
import { useAppStore, type AppState } from '../store/appStore';

export const testClient = makeQueryClient();

/** The dataset the components under test read; `sources` null: their texts not (yet) here. */
export function seedAtlas(atlas: Atlas, sources: Sources | null = testSources()): void {
  testClient.setQueryData(datasetQuery.queryKey, atlas);
  seedSources(atlas, sources);
}

/** The sources' texts arriving (or, null, not here). */
export function seedSources(atlas: Atlas, sources: Sources | null): void {
  const { queryKey } = sourceTextsQuery(atlas, false);
  if (sources) testClient.setQueryData(queryKey, sources);
  else testClient.removeQueries({ queryKey, exact: true });
}

/** The dataset in the cache and the store in the given state (what the app has after atlasArrived). */
export function seedView(atlas: Atlas, state: Partial<AppState>): void {
  seedAtlas(atlas);
  useAppStore.setState({ viewReady: true, ...state });
}

function Provider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={testClient}>{children}</QueryClientProvider>;
}

export const render = (ui: ReactNode, options?: Omit<RenderOptions, 'wrapper'>) => rtlRender(ui, { wrapper: Provider, ...options });
export const renderHook = <R,>(hook: () => R) => rtlRenderHook(hook, { wrapper: Provider });
