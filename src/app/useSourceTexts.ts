// The sources' texts follow the first paint (data/sourceTexts.ts). Their file may not arrive: the device went offline
// after the page opened, or a copy of the atlas lacks it. The page then stays: every fact keeps its date and source
// ids, the notices say why the titles and links are missing, and they are asked for again once the device is back
// online. Texts that arrive but fail their checks are a dataset error (the error page), as a core that fails them is.
import { useCallback, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Atlas } from '../data/atlas';
import { DatasetLoadError } from '../data/datasetError';
import { sourceTextsQuery } from '../data/queries';
import type { Sources } from '../data/sourceTexts';
import { useAppStore } from '../store/appStore';
import { useWhenOnline } from '../lib/useWhenOnline';

export interface SourceTextsState {
  /** The checked texts, once here. */
  sources: Sources | null;
  /** Their file could not be fetched (the facts stay; asked for again once online). */
  unreachable: boolean;
  /** Texts that failed their checks: the error that must replace the page. */
  fatal: Error | null;
}

/** Loads the texts once `wanted`. */
export function useSourceTexts(core: Atlas | undefined, wanted: boolean): SourceTextsState {
  const { data, error, refetch } = useQuery(sourceTextsQuery(core, wanted));
  const unreachable = error instanceof DatasetLoadError;
  useEffect(() => { if (unreachable) useAppStore.getState().sourceTextsFailed(!navigator.onLine); }, [unreachable]);
  useWhenOnline(unreachable, useCallback(() => void refetch(), [refetch]));
  return { sources: data ?? null, unreachable, fatal: error && !unreachable ? error : null };
}
