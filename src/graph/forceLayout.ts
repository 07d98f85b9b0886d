// The grouped layout of an atlas computed on the main thread (graph/layoutInput.ts, then graph/layoutSim.ts). Kept
// out of the first script: the page uses the shipped layout, and computes another one in the layout worker
// (graph/layout.worker.ts) or, failing that, on demand.
import type { Atlas } from '../data/atlas';
import type { Grouping } from './grouping';
import { readyLayout, rememberLayout, type Positions } from './layout';
import { layoutInput, positionsOf } from './layoutInput';
import { layoutFrom } from './layoutSim';

/** The grouped layout computed here (tests, the layout script, and where no worker can run). */
export function computeLayout(atlas: Atlas, grouping: Grouping = 'region'): Positions {
  const input = layoutInput(atlas, grouping);
  return positionsOf(input, layoutFrom(input));
}

/** The layout of an atlas, computed here on the main thread when it is not ready (exports, tests). */
export function layoutOf(atlas: Atlas, grouping: Grouping = 'region'): Positions {
  const ready = readyLayout(atlas, grouping);
  if (ready) return ready;
  const start = performance.now();
  const p = computeLayout(atlas, grouping);
  rememberLayout(atlas, grouping, p);
  performance.measure('graph:layout', { start, end: performance.now() });
  return p;
}

