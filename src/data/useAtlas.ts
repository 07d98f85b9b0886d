// The dataset's one home is react-query's cache (data/queries.ts). Components read it here; painters get it from
// their host (passed in), and pure functions take it as an argument. It never enters the UI store.
import { useQuery } from '@tanstack/react-query';
import { hasSourceTexts, type Atlas } from './atlas';
import { DatasetLoadError } from './datasetError';
import { datasetQuery, sourceTextsQuery } from './queries';

/** The loaded atlas. The views mount only once it (and the view its link names) is here (app/App.tsx). */
export function useAtlas(): Atlas {
  const { data } = useQuery(datasetQuery);
  if (!data) throw new Error('useAtlas: the dataset was read before it arrived');
  return data;
}

/** Whether the atlas's sources have their texts (they arrive after the first paint, data/sourceTexts.ts); re-renders
 *  the caller when they arrive. This only watches the query: the app decides when it runs. */
export function useSourcesReady(atlas: Atlas): boolean {
  const { data } = useQuery(sourceTextsQuery(atlas, false));
  return data !== undefined || hasSourceTexts(atlas);
}

/** Whether the sources' texts could not be fetched (offline, a file missing): their lists then say so rather than
 *  "loading" (app/useSourceTexts.ts asks again once online). */
export function useSourcesUnreachable(atlas: Atlas): boolean {
  return useQuery(sourceTextsQuery(atlas, false)).error instanceof DatasetLoadError;
}
