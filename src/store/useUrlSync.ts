// Keeps the address bar and the store in step: the linked view arrives with the atlas (one update, so a deep link
// never paints the default view first), back/forward restore, and every view change is pushed.
import { useEffect } from 'react';
import type { Atlas } from '../data/atlas';
import { useAppStore, pickView, type AppState } from './appStore';
import { searchFromView, viewFromSearch } from './url';

const COALESCE_MS = 600;
const urlFor = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;
const VIEW_KEYS = ['lens', 'filters', 'sel', 't', 'cmp', 'focus', 'zoom', 'step'] as const;
const sameView = (a: AppState, b: AppState) => VIEW_KEYS.every((k) => a[k] === b[k]);

/** While above 0 the store's view changes are not written to the address (see withAddressKept). */
let keepAddress = 0;

/**
 * Runs a job that changes the view only to put it back afterwards (the .pptx export renders each step on the live
 * page): the address and history are left alone, so Back does not walk through the steps it rendered.
 */
export async function withAddressKept<T>(job: () => Promise<T>): Promise<T> {
  keepAddress += 1;
  try { return await job(); } finally { keepAddress -= 1; }
}

/** Stores the atlas together with the view the address names. */
export function atlasArrived(atlas: Atlas): void {
  const { view, notices } = viewFromSearch(atlas, window.location.search);
  useAppStore.setState({ atlas, ...view, notices });
  // Canonicalise the address without a history entry (e.g. dropped garbage parameters).
  const search = searchFromView(view);
  if (search !== window.location.search) history.replaceState(history.state, '', urlFor(search));
}

export function useUrlSync(): void {
  const atlas = useAppStore((s) => s.atlas);
  useEffect(() => {
    if (!atlas) return;
    let last = searchFromView(pickView(useAppStore.getState()));
    // A gesture (dragging the date slider, playing the timeline, zooming) makes one history entry, not one per frame.
    let lastPush = 0;
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (keepAddress || sameView(s, prev)) return;
      const next = searchFromView(pickView(s));
      if (next === last) return;
      last = next;
      const now = performance.now();
      if (now - lastPush < COALESCE_MS) history.replaceState(null, '', urlFor(next));
      else history.pushState(null, '', urlFor(next));
      lastPush = now;
    });
    const onPop = () => {
      const { view, notices } = viewFromSearch(atlas, window.location.search);
      last = searchFromView(view); // set first: restoring must not push the entry we just went back to
      useAppStore.getState().viewRestored(view, notices);
    };
    window.addEventListener('popstate', onPop);
    return () => { unsubscribe(); window.removeEventListener('popstate', onPop); };
  }, [atlas]);
}
