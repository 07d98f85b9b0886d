// Keeps the address bar and the store in step: the linked view arrives once the atlas is here (one update, so a deep
// link never paints the default view first), back/forward restore, and view changes are written to the address after
// the frame that shows them is painted (a history write costs several ms that a click should not wait for).
import { useEffect } from 'react';
import type { Atlas } from '../data/atlas';
import { useAppStore, pickView, VIEW_KEYS, type AppState } from './appStore';
import { searchFromView, viewFromSearch } from './url';
import { loadCatalogue } from '../i18n/catalogue';
import { afterPaint } from '../lib/afterPaint';

const COALESCE_MS = 600;
const urlFor = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;
const sameView = (a: AppState, b: AppState) => VIEW_KEYS.every((k) => a[k] === b[k]);

let searched: { state: AppState; search: string } | null = null;
/** The address's query for the store's view; computed again only when the view changed (the store changes on every
 *  hover too, and the printed handout's link reads this on each change). */
export function selectSearch(s: AppState): string {
  if (!searched || (searched.state !== s && !sameView(searched.state, s))) searched = { state: s, search: searchFromView(pickView(s)) };
  return searched.search;
}

/** While above 0 the store's view changes are not written to the address (see withAddressKept). */
let keepAddress = 0;
/** While above 0 they replace the current entry instead of adding one (see withAddressReplaced). */
let replaceAddress = 0;

/**
 * Runs a store update that only normalises the view just loaded (the map settling a linked zoom): loading a link
 * never adds a history entry, so Back still leaves the page.
 */
export function withAddressReplaced(job: () => void): void {
  replaceAddress += 1;
  try { job(); } finally { replaceAddress -= 1; }
}

/**
 * Runs a job that changes the view only to put it back afterwards (the .pptx export renders each step on the live
 * page): the address and history are left alone, so Back does not walk through the steps it rendered.
 */
export async function withAddressKept<T>(job: () => Promise<T>): Promise<T> {
  keepAddress += 1;
  try { return await job(); } finally { keepAddress -= 1; }
}

/** The atlas is here (in react-query's cache): the store takes the view the address names, in one update. */
export function atlasArrived(atlas: Atlas): void {
  const { view, notices } = viewFromSearch(atlas, window.location.search);
  useAppStore.getState().viewArrived(view, notices);
  // Canonicalise the address without a history entry (e.g. dropped garbage parameters).
  const search = searchFromView(view);
  if (search !== window.location.search) history.replaceState(history.state, '', urlFor(search));
}


/** Whether the person has interacted with the page yet: until then, address writes (a zoom restored from the link,
 *  a normalised value) replace the entry the link opened rather than push one. */
const hasGesture = () => (typeof navigator !== 'undefined' && navigator.userActivation ? navigator.userActivation.hasBeenActive : true);

/** Keeps address and view in step once `atlas` is given (after atlasArrived). */
export function useUrlSync(atlas: Atlas | null): void {
  useEffect(() => {
    if (!atlas) return;
    let last = selectSearch(useAppStore.getState());
    // A gesture (dragging the date slider, playing the timeline, zooming) makes one history entry, not one per frame.
    let lastPush = 0;
    let cancel: (() => void) | null = null;
    const write = () => {
      cancel = null;
      if (keepAddress) return;
      const next = selectSearch(useAppStore.getState());
      if (next === last) return;
      last = next;
      if (replaceAddress) { history.replaceState(null, '', urlFor(next)); return; }
      const now = performance.now();
      if (now - lastPush < COALESCE_MS || !hasGesture()) history.replaceState(null, '', urlFor(next));
      else history.pushState(null, '', urlFor(next));
      lastPush = now;
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (keepAddress || sameView(s, prev) || cancel) return;
      cancel = afterPaint(write);
    });
    const onPop = () => {
      cancel?.();
      cancel = null;
      const search = window.location.search;
      const { view } = viewFromSearch(atlas, search);
      last = searchFromView(view); // set first: restoring must not push the entry we just went back to
      // The language's messages first, so the restored view (and its notices) never show another language's words.
      void loadCatalogue(view.lang).catch(() => undefined).finally(() => {
        const { notices } = viewFromSearch(atlas, search);
        useAppStore.getState().viewRestored(view, notices);
      });
    };
    window.addEventListener('popstate', onPop);
    return () => { cancel?.(); unsubscribe(); window.removeEventListener('popstate', onPop); };
  }, [atlas]);
}
