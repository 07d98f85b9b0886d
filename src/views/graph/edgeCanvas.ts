// The network's links as a draw list (pure: which links, in which stroke) and its painting on a 2D canvas. Links are
// batched by stroke so a repaint is a few dozen strokes whatever the number of links; widths and dashes are screen
// pixels, as the SVG lines' non-scaling strokes were.
import type { ZoomTransform } from '../../zoom/transform';
import type { Point } from '../../graph/layout';
import type { EdgeState } from '../../scene/scene';
import { FAMILY_COLOURS, STAGE_DASH } from '../../theme/families';

export interface EdgeStroke {
  colour: string;
  /** dash pattern in screen px, empty for solid */
  dash: readonly number[];
  width: number;
  alpha: number;
}
export interface EdgeBatch extends EdgeStroke { edges: EdgeState[] }

/** Every shown link, readable yet under the nodes (one pixel at 0.5: 2.1:1 on white for the median family; it was
 *  0.8 px at 0.35, a haze whose colours could not be named); what touches the hovered node or carries the selection's
 *  story, again on top, over twice as wide. One pixel, not more: wider lines leave the canvas's fast path for thin
 *  lines (at ten times the network, 1.2 px took the graph's first paint from 1.8 to 2.5 s). tests/unit/linkStrokes.test.ts
 *  holds the figures. */
export const BASE = { width: 1, alpha: 0.5, unverifiedAlpha: 0.26 } as const;
export const ACTIVE = { width: 2.2, alpha: 0.95, unverifiedAlpha: 0.5 } as const;
/** While a node is hovered or selected the base layer fades to this share, so the active links stand out. */
export const QUIET = 0.3;

const dashOf = (stage: string): readonly number[] => STAGE_DASH[stage]?.split(' ').map(Number) ?? [];

export function edgeStroke(e: EdgeState, layer: EdgeLayer, quiet: boolean): EdgeStroke {
  const s = layer === 'active' ? ACTIVE : BASE;
  const alpha = (e.unverified ? s.unverifiedAlpha : s.alpha) * (layer === 'base' && quiet ? QUIET : 1);
  return { colour: FAMILY_COLOURS[e.family], dash: dashOf(e.stage), width: s.width, alpha };
}

export type EdgeLayer = 'base' | 'active';
const BOTH: readonly EdgeLayer[] = ['base', 'active'];

/** Batches in drawing order: the base layer, then the active layer (or only the `layers` asked for); within a layer,
 *  strokes in order of first use. */
export function edgeDrawList(edges: readonly EdgeState[], quiet: boolean, layers: readonly EdgeLayer[] = BOTH): EdgeBatch[] {
  const out: EdgeBatch[] = [];
  for (const layer of layers) {
    const byKey = new Map<string, EdgeBatch>();
    // a link's stroke follows from its family, stage and verification alone: looked up by those (no string built per
    // link; 15,000 links at ten times the network, on every full repaint)
    const byLook = new Map<string, Map<string, [EdgeBatch | undefined, EdgeBatch | undefined]>>();
    for (const e of edges) {
      if (layer === 'active' && !e.active) continue;
      let stages = byLook.get(e.family);
      if (!stages) byLook.set(e.family, (stages = new Map()));
      let pair = stages.get(e.stage);
      if (!pair) stages.set(e.stage, (pair = [undefined, undefined]));
      const u = e.unverified ? 1 : 0;
      let b = pair[u];
      if (!b) {
        const s = edgeStroke(e, layer, quiet);
        const key = `${s.colour}|${s.dash.join(',')}|${s.width}|${s.alpha}`;
        b = byKey.get(key);
        if (!b) { b = { ...s, edges: [] }; byKey.set(key, b); out.push(b); }
        pair[u] = b;
      }
      b.edges.push(e);
    }
  }
  return out;
}

/** For a drag: the links that move with node `id` (repainted on each move, on their own canvas) and the rest
 * (painted once when the drag starts). */
export function splitEdges(edges: readonly EdgeState[], id: string): { moving: EdgeState[]; still: EdgeState[] } {
  const moving: EdgeState[] = [], still: EdgeState[] = [];
  for (const e of edges) (e.source === id || e.target === id ? moving : still).push(e);
  return { moving, still };
}

/** What a dashed link costs to rasterise, in solid links: Chromium's canvas strokes one-pixel solid lines on a fast
 *  path and dashed ones as paths (3,000 links of 20–140 px: 2.5 against 25 ms; at ten times the network a piece of
 *  936 dashed links took 46 ms where 1,500 solid ones took 2–6). */
export const DASHED_COST = 10;

/** The draw list cut into pieces of at most `n` units (a solid link one, a dashed one DASHED_COST; at least one link
 *  a piece; batches split where needed), drawn one after the other in the same order: a large repaint spread over
 *  several tasks gives the same picture. */
export function sliceDrawList(list: readonly EdgeBatch[], n: number): EdgeBatch[][] {
  const out: EdgeBatch[][] = [];
  let piece: EdgeBatch[] = [], room = n;
  for (const b of list) {
    const cost = b.dash.length ? DASHED_COST : 1;
    for (let i = 0; i < b.edges.length;) {
      if (room < cost && piece.length) { out.push(piece); piece = []; room = n; }
      const take = Math.min(Math.max(1, Math.floor(room / cost)), b.edges.length - i);
      piece.push({ ...b, edges: b.edges.slice(i, i + take) });
      i += take;
      room -= take * cost;
    }
  }
  if (piece.length) out.push(piece);
  return out;
}

/** The part of CanvasRenderingContext2D the painter uses (tests pass a recording stub). */
export type EdgeContext = Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'setLineDash' | 'drawImage' | 'getImageData'>
  & { strokeStyle: CanvasRenderingContext2D['strokeStyle']; lineWidth: number; globalAlpha: number };

/** Clears the canvas (unless `clear` is false) and strokes each batch once, in screen coordinates; links wholly off
 *  one side are skipped. */
export function drawEdges(ctx: EdgeContext, list: readonly EdgeBatch[], at: (id: string) => Point | undefined, t: ZoomTransform,
  size: { width: number; height: number }, dpr: number, clear = true): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (clear) ctx.clearRect(0, 0, size.width, size.height);
  const { width: w, height: h } = size;
  for (const b of list) {
    ctx.beginPath();
    let any = false;
    for (const e of b.edges) {
      const p = at(e.source), q = at(e.target);
      if (!p || !q) continue;
      const x1 = p.x * t.k + t.x, y1 = p.y * t.k + t.y, x2 = q.x * t.k + t.x, y2 = q.y * t.k + t.y;
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > w && x2 > w) || (y1 > h && y2 > h)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      any = true;
    }
    if (!any) continue;
    ctx.strokeStyle = b.colour;
    ctx.lineWidth = b.width;
    ctx.globalAlpha = b.alpha;
    ctx.setLineDash(b.dash as number[]);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
