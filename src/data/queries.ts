import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { Atlas } from './atlas';
import type { Sources } from './sourceTexts';
import { DatasetLoadError } from './datasetError';
import { loadShippedMapLayout } from '../geo/mapGeometry';

/** The data's core (packed, see data/packed.ts; data/sourceTexts.ts) and its opener are separate chunks requested
 *  together; the core is proved to be the one the build checked, or checked here, before anything uses it
 *  (data/openDataset.ts). */
export async function loadDataset(): Promise<Atlas> {
  const [data, { openDataset }] = await Promise.all([import('../../data/atlas.json?packed'), import('./openDataset')])
    .catch((e: unknown) => { throw new DatasetLoadError(e); });
  const atlas = await openDataset(data.default);
  performance.mark('data:ready');
  return atlas;
}

/** The sources' texts, loaded after the first paint and checked against the atlas's core before anything shows them. */
export async function loadSourceTexts(atlas: Atlas): Promise<Sources> {
  const [texts, { validateSourceTexts }] = await Promise.all([import('../../data/atlas.json?source-texts'), import('./loadDataset')])
    .catch((e: unknown) => { throw new DatasetLoadError(e); });
  return validateSourceTexts(atlas, texts.default);
}

// Static bundled data: load once, never refetch, never deep-compare.
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: loadDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  structuralSharing: false,
});

/** The texts of `core`'s sources (see loadSourceTexts); waits while `core` is undefined or not `wanted`. */
export const sourceTextsQuery = (core: Atlas | undefined, wanted: boolean) => queryOptions({
  queryKey: ['source-texts', core?.version ?? null],
  queryFn: () => loadSourceTexts(core!),
  enabled: wanted && core !== undefined,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  structuralSharing: false,
});

/** The map layout computed at build time (geo/mapLayout.ts); null when unavailable (the map then computes it). */
export const mapLayoutQuery = queryOptions({
  queryKey: ['map-layout'],
  queryFn: loadShippedMapLayout,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  structuralSharing: false,
});

export const makeQueryClient = () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
