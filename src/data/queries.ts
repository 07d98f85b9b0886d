import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { Atlas } from './atlas';
import { DatasetLoadError } from './datasetError';
import { loadShippedMapLayout } from '../geo/mapGeometry';

/** The data (packed, see data/packed.ts) and its validator are separate chunks requested together; the data is
 *  unpacked to data/atlas.json's exact content and validated before anything uses it. */
export async function loadDataset(): Promise<Atlas> {
  const [data, { unpackDataset, validateAndNormalise }] = await Promise.all([import('../../data/atlas.json?packed'), import('./loadDataset')])
    .catch((e: unknown) => { throw new DatasetLoadError(e); });
  const atlas = validateAndNormalise(unpackDataset(data.default));
  performance.mark('data:ready');
  return atlas;
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
