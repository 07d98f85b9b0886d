// The grouped layout of an atlas computed on the main thread (graph/layoutInput.ts, then graph/layoutSim.ts). Kept
// out of the first script: the page uses the shipped layout, and computes another one in the layout worker
// (graph/layout.worker.ts) or, failing that, on demand.
import type { Atlas } from '../data/atlas';
import type { Grouping } from './grouping';
import { readyLayout, rememberLayout, type Point, type Positions } from './layout';
import { layoutInput } from './layoutInput';
import { layoutFrom } from './layoutSim';

export const computeLayout = (atlas: Atlas, grouping: Grouping = 'region'): Map<string, Point> => layoutFrom(layoutInput(atlas, grouping));

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

