// Presentation = the app store's `step` is set (1-based, in the URL). Moving between steps only applies views;
// the graph layout is computed once per dataset, so nothing jumps.
import type { Atlas } from '../../data/atlas';
import { useAppStore } from '../../store/appStore';
import { useDeckStore } from '../../briefing/deckStore';
import { applyView } from './applyView';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The step a clicker or keyboard key asks for (arrows, PageUp/PageDown, space, Home, End), or null for other keys.
 *  The audience window and the presenter view share it, so a clicker works in either. */
export function navKey(key: string, n: number, total: number): number | null {
  if (NEXT.has(key)) return Math.min(n + 1, Math.max(total, 1));
  if (PREV.has(key)) return Math.max(n - 1, 1);
  if (key === 'Home') return 1;
  if (key === 'End') return Math.max(total, 1);
  return null;
}

/** Set when we asked for full screen, so leaving full screen (Esc in the browser) also leaves the presentation. */
let ownFullscreen = false;

export function goToStep(atlas: Atlas, n: number): void {
  const steps = useDeckStore.getState().deck.steps;
  if (!steps.length) return;
  const i = Math.min(Math.max(n, 1), steps.length);
  applyView(atlas, steps[i - 1].view, i);
}

export function startPresentation(atlas: Atlas, n = 1): void {
  if (!useDeckStore.getState().deck.steps.length) return;
  goToStep(atlas, n);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) {
    root.requestFullscreen().then(() => { ownFullscreen = true; }, () => { /* refused (no user gesture, iframe): present in the window */ });
  }
}

export function leavePresentation(): void {
  useAppStore.getState().stepChosen(null);
  if (ownFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  ownFullscreen = false;
}

/** Called on `fullscreenchange`: the browser's own Esc ends full screen before we see the key. */
export function fullscreenChanged(): void {
  if (!document.fullscreenElement && ownFullscreen) {
    ownFullscreen = false;
    if (useAppStore.getState().step !== null) useAppStore.getState().stepChosen(null);
  }
}
