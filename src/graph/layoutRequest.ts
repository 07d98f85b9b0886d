// The layout worker's message handler as a pure function, so a test can check that the worker returns exactly what
// the main thread would compute. The request carries the layout's input (graph/layoutSim.ts), not the dataset; the
// answer the positions as numbers in the input's node order (transferred, not cloned: 2,543 nodes at ten times).
import { layoutFrom, type LayoutInput } from './layoutSim';

export interface LayoutRequest { input: LayoutInput }
/** `xy`: x and y of each node, in the order of the request's `input.ids` */
export type LayoutResponse = { ok: true; xy: Float64Array; ms: number } | { ok: false; error: string };

export function answerLayoutRequest(req: LayoutRequest): LayoutResponse {
  try {
    const start = performance.now();
    const xy = layoutFrom(req.input);
    return { ok: true, xy, ms: performance.now() - start };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
