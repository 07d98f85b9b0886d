// The dataset's one home is react-query's cache (data/queries.ts). Components read it here; painters get it from
// their host (passed in), and pure functions take it as an argument. It never enters the UI store.
import { useQuery } from '@tanstack/react-query';
import type { Atlas } from './atlas';
import { DatasetLoadError } from './datasetError';
import { datasetQuery, sourceTextsQuery } from './queries';
import type { Sources } from './sourceTexts';

/** The loaded atlas. The views mount only once it (and the view its link names) is here (app/App.tsx). */
export function useAtlas(): Atlas {
  const { data } = useQuery(datasetQuery);
  if (!data) throw new Error('useAtlas: the dataset was read before it arrived');
  return data;
}

/** The sources' texts (they arrive after the first paint, data/sourceTexts.ts), null until then: an input like any
 *  other, so the caller re-renders when they arrive. This only watches the query: the app decides when it runs. */
export function useSources(atlas: Atlas): Sources | null {
  return useQuery(sourceTextsQuery(atlas, false)).data ?? null;
}

/** The sources' texts as useSources gives them, and whether they could not be fetched (offline, a file missing): their
 *  lists then say so rather than "loading" (app/useSourceTexts.ts asks again once online). One watcher of the query for
 *  both: a record draws one source list per fact (EntityRecord.test: two watchers each were ~0.8 s of its CPU). */
export function useSourcesState(atlas: Atlas): { sources: Sources | null; unreachable: boolean } {
  const { data, error } = useQuery(sourceTextsQuery(atlas, false));
  return { sources: data ?? null, unreachable: error instanceof DatasetLoadError };
}
