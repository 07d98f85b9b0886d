import { QueryClient, queryOptions } from '@tanstack/react-query';
import { loadDataset } from './loadDataset';

// Static bundled data: load once, never refetch, never deep-compare.
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: loadDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  structuralSharing: false,
});

export const makeQueryClient = () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
