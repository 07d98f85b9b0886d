// The layout worker's message handler as a pure function, so a test can check that the worker returns exactly what
// the main thread would compute. The request carries the dataset (plain data, cheap to clone), not the atlas.
import { normaliseDataset } from '../data/atlas';
import type { CoreDataset } from '../data/schema';
import type { Grouping } from './grouping';
import { computeLayout } from './forceLayout';
import { serialiseLayout, type SerialisedLayout } from './layout';

export interface LayoutRequest { dataset: CoreDataset; grouping: Grouping }
export type LayoutResponse = { ok: true; layout: SerialisedLayout; ms: number } | { ok: false; error: string };

export function answerLayoutRequest(req: LayoutRequest): LayoutResponse {
  try {
    const start = performance.now();
    const layout = serialiseLayout(req.grouping, computeLayout(normaliseDataset(req.dataset), req.grouping));
    return { ok: true, layout, ms: performance.now() - start };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
