// The sources' texts follow the first paint (data/sourceTexts.ts). Their file may not arrive: the device went offline
// after the page opened, or a copy of the atlas lacks it. The page then stays: every fact keeps its date and source
// ids, the notices say why the titles and links are missing, and they are asked for again once the device is back
// online. Texts that arrive but fail their checks are a dataset error (the error page), as a core that fails them is.
import { useCallback, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Atlas } from '../data/atlas';
import { DatasetLoadError } from '../data/datasetError';
import { sourceTextsQuery } from '../data/queries';
import { useAppStore } from '../store/appStore';
import { useWhenOnline } from '../lib/useWhenOnline';

/** Loads the texts once `wanted`; returns the error that must replace the page, if any. */
export function useSourceTexts(core: Atlas | undefined, wanted: boolean): Error | null {
  const { error, refetch } = useQuery(sourceTextsQuery(core, wanted));
  const unreachable = error instanceof DatasetLoadError;
  useEffect(() => { if (unreachable) useAppStore.getState().sourceTextsFailed(!navigator.onLine); }, [unreachable]);
  useWhenOnline(unreachable, useCallback(() => void refetch(), [refetch]));
  return error && !unreachable ? error : null;
}
