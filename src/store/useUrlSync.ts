// Keeps the address bar and the store in step: restore on load and on back/forward, push on every view change.
import { useEffect } from 'react';
import { useAppStore, pickView } from './appStore';
import { searchFromView, viewFromSearch } from './url';

const COALESCE_MS = 600;

export function useUrlSync(): void {
  const atlas = useAppStore((s) => s.atlas);
  useEffect(() => {
    if (!atlas) return;
    const restore = () => {
      const { view, notices } = viewFromSearch(atlas, window.location.search);
      useAppStore.getState().viewRestored(view, notices);
    };
    restore();
    let last = searchFromView(pickView(useAppStore.getState()));
    // Canonicalise the address without adding a history entry (e.g. dropped garbage parameters).
    if (last !== window.location.search) history.replaceState(history.state, '', `${window.location.pathname}${last}${window.location.hash}`);
    // A gesture (dragging the date slider, playing the timeline, zooming) makes one history entry, not one per frame.
    let lastPush = 0;
    const unsubscribe = useAppStore.subscribe((s) => {
      const next = searchFromView(pickView(s));
      if (next === last) return;
      last = next;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      const now = performance.now();
      if (now - lastPush < COALESCE_MS) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      lastPush = now;
    });
    const onPop = () => { restore(); last = searchFromView(pickView(useAppStore.getState())); };
    window.addEventListener('popstate', onPop);
    return () => { unsubscribe(); window.removeEventListener('popstate', onPop); };
  }, [atlas]);
}
