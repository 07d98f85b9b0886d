// Computes a layout that is not ready (a grouping other than the shipped one, a network the shipped layout was not
// computed for) without blocking the page: in a Web Worker, the same pure function (graph/layoutRequest.ts), so the
// positions are the ones the main thread would compute. Where a worker cannot run (the single-file build opened
// from disk, where browsers refuse workers; a browser or test environment without Worker; a worker that fails), it
// runs here after the caller has had a frame to say it is arranging.
import type { Atlas } from '../data/atlas';
import type { Grouping } from './grouping';
import { rememberLayout, type Positions } from './layout';
import type { LayoutRequest, LayoutResponse } from './layoutRequest';
import { inputBuffers, layoutInput, positionsOf } from './layoutInput';

const workerAllowed = () => typeof Worker !== 'undefined' && import.meta.env.MODE !== 'single' && location.protocol !== 'file:';

/** Starts computing; calls `done` once with the positions (also kept for `readyLayout`). Returns a cancel function. */
export function arrangeLayout(atlas: Atlas, grouping: Grouping, done: (p: Positions) => void): () => void {
  const start = performance.now();
  let cancelled = false;
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (p: Positions) => {
    worker?.terminate();
    if (cancelled) return;
    rememberLayout(atlas, grouping, p);
    performance.measure('graph:layout', { start, end: performance.now() });
    done(p);
  };
  const onMainThread = () => {
    // a frame first, so "Arranging the network…" is painted before the long computation
    timer = setTimeout(() => {
      if (!cancelled) import('./forceLayout').then(({ computeLayout }) => { if (!cancelled) finish(computeLayout(atlas, grouping)); });
    }, 30);
  };
  if (workerAllowed()) {
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      const input = layoutInput(atlas, grouping);
      worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
        if (e.data.ok) finish(positionsOf(input, e.data.xy));
        else { console.warn(`graph layout worker: ${e.data.error}; computing on the main thread`); worker?.terminate(); onMainThread(); }
      };
      worker.onerror = (e) => { console.warn(`graph layout worker failed (${e.message}); computing on the main thread`); worker?.terminate(); e.preventDefault(); onMainThread(); };
      worker.postMessage({ input } satisfies LayoutRequest, inputBuffers(input));
    } catch {
      worker = null;
      onMainThread();
    }
  } else onMainThread();
  return () => { cancelled = true; clearTimeout(timer); worker?.terminate(); };
}
