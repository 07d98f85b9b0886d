// The layout worker's message handler as a pure function, so a test can check that the worker returns exactly what
// the main thread would compute. The request carries the layout's input (graph/layoutSim.ts), not the dataset.
import type { Grouping } from './grouping';
import { serialiseLayout, type SerialisedLayout } from './layout';
import { layoutFrom, type LayoutInput } from './layoutSim';

export interface LayoutRequest { input: LayoutInput; grouping: Grouping }
export type LayoutResponse = { ok: true; layout: SerialisedLayout; ms: number } | { ok: false; error: string };

export function answerLayoutRequest(req: LayoutRequest): LayoutResponse {
  try {
    const start = performance.now();
    const layout = serialiseLayout(req.grouping, layoutFrom(req.input));
    return { ok: true, layout, ms: performance.now() - start };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
