// Keeps the address bar and the store in step: restore on load and on back/forward, push on every view change.
import { useEffect } from 'react';
import { useAppStore, pickView } from './appStore';
import { searchFromView, viewFromSearch } from './url';

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
    const unsubscribe = useAppStore.subscribe((s) => {
      const next = searchFromView(pickView(s));
      if (next === last) return;
      last = next;
      history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    });
    const onPop = () => { restore(); last = searchFromView(pickView(useAppStore.getState())); };
    window.addEventListener('popstate', onPop);
    return () => { unsubscribe(); window.removeEventListener('popstate', onPop); };
  }, [atlas]);
}
