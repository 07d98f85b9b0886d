// Which labels to draw: a greedy pass in priority order that skips any label overlapping one already placed,
// so dense clusters show a few readable names instead of a pile.
import type { GraphNode } from './model';
import { ownTable } from '../lib/ownTable';

/** Short names of countries in English: the short forms the UN itself uses in running text, for the longest official
 *  names. (The bodies' and instruments' short forms, in the six languages, are in the catalogues: i18n/names.ts.) */
const SHORT: Readonly<Record<string, string>> = ownTable({
  GBR: 'United Kingdom', USA: 'United States', PRK: "DPR Korea", LAO: 'Lao PDR', COD: 'DR Congo', TZA: 'Tanzania',
  VCT: 'Saint Vincent and Gren.', BIH: 'Bosnia and Herzegovina',
});
const MAX_CHARS = 24;

/** A label short enough for the graph; the full name stays in aria-label and the tooltip. */
export function shortLabel(node: GraphNode): string {
  if (SHORT[node.id]) return SHORT[node.id];
  const m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(node.label);
  // "European Cybercrime Centre (EC3)" → "EC3"; "Europol (EU Agency …)" → "Europol"; "欧洲网络犯罪中心（EC3）" → "EC3"
  const text = m ? (/^[\p{Lu}0-9-]{2,8}$/u.test(m[2]) ? m[2] : m[1]) : node.label;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

/** A country's label in a language other than English: its UN name there (no sourced short forms exist), cut to fit. */
export function countryLabel(name: string): string {
  return name.length > MAX_CHARS ? `${name.slice(0, MAX_CHARS - 1).trimEnd()}…` : name;
}

export interface LabelCandidate {
  id: string;
  /** screen-space centre of the node and half the size of its mark */
  x: number; y: number; r: number;
  text: string;
  /** must be placed: may move further out (with a leader line) until it finds room */
  force: boolean;
  /** drawn bold (the selection), so wider; it stays beside its node, over unforced neighbours' marks if need be */
  bold?: boolean;
}
/** Where a label went: its box on screen and the text's anchor point relative to the node centre. */
export interface LabelPlacement {
  box: Box;
  dx: number; dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** placed away from its node: draw a leader line */
  leader: boolean;
}
export type Box = readonly [number, number, number, number];

/** The label font size in px (graph.css `.labels .label`). */
export const FONT_PX = 11;
const LINE_H = 14;
/** Space kept clear around a label: its white halo (3px stroke) plus a visible gap. */
const GAP = 4;
const BOLD = 1.1;
/** A mark's outline reaches this far past its shape. */
const MARK_STROKE = 1;
/** How far each ring of leader positions sits beyond the one before, px. */
export const FAR_STEP = 16;
const FAR_RINGS = 8;
/** An optional label may also sit this many rings out, just past its neighbours. */
const OPTIONAL_RINGS = 2;

/** Advance widths in em of DejaVu Sans, the widest common system-ui fallback, so estimates err on the wide side. */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch === ' ') return 0.32;
  if (/[il|.,:;'!]/.test(ch)) return 0.28;
  if (/[IJ]/.test(ch)) return 0.3;
  if (/[ftr()[\]/-]/.test(ch)) return 0.41;
  if (/[mwMW]/.test(ch)) return 0.99;
  if (ch === '…') return 1;
  // Chinese characters (and other full-width forms) take a whole em
  if (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.76;
  return 0.63;
}

/** Estimated rendered width in px of a label: computed before render, so placement needs no DOM measuring. */
export function labelWidth(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * FONT_PX * (bold ? BOLD : 1);
}

/** Directions tried round a node, nearest first: below, above, right, left, then the diagonals. */
const DIRS: readonly [number, number][] = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]];

/** The label box for a direction at distance d beyond the mark: touching the point at distance d in that direction. */
function place(c: LabelCandidate, [ux, uy]: readonly [number, number], d: number, textWidth = labelWidth(c.text, c.bold)): LabelPlacement {
  const w = textWidth + 2 * GAP;
  const h = LINE_H + GAP;
  const px = c.x + ux * (c.r + d);
  const py = c.y + uy * (c.r + d);
  const x0 = ux > 0 ? px : ux < 0 ? px - w : px - w / 2;
  const y0 = uy > 0 ? py : uy < 0 ? py - h : py - h / 2;
  const box: Box = [x0, y0, x0 + w, y0 + h];
  const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
  const tx = anchor === 'start' ? x0 + GAP : anchor === 'end' ? x0 + w - GAP : x0 + w / 2;
  // baseline: the box's middle plus a third of the font size
  const ty = y0 + h / 2 + FONT_PX * 0.35;
  return { box, dx: tx - c.x, dy: ty - c.y, anchor, leader: d > 2 };
}

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Boxes bucketed in square cells, so "does this box overlap any of them?" looks at a few cells, not every box
 *  (hundreds of candidates, each trying up to 72 positions, at ten times the network). */
export class BoxIndex {
  private readonly cells = new Map<number, number[]>();
  readonly boxes: Box[] = [];
  /** cells of CELL px; a cell (i, j) is the number i·2²¹ + j + 2²⁰, exact for any coordinate on a screen */
  private static readonly CELL = 48;
  private each(b: Box, f: (key: number) => void) {
    const C = BoxIndex.CELL;
    for (let i = Math.floor(b[0] / C); i <= Math.floor(b[2] / C); i++)
      for (let j = Math.floor(b[1] / C); j <= Math.floor(b[3] / C); j++) f(i * 2097152 + j + 1048576);
  }
  add(b: Box): number {
    const n = this.boxes.push(b) - 1;
    this.each(b, (k) => { const l = this.cells.get(k); if (l) l.push(n); else this.cells.set(k, [n]); });
    return n;
  }
  /** Whether `b` overlaps a box in the index other than number `except`. */
  hits(b: Box, except = -1): boolean {
    let hit = false;
    this.each(b, (k) => {
      if (hit) return;
      for (const n of this.cells.get(k) ?? []) if (n !== except && overlaps(this.boxes[n], b)) { hit = true; return; }
    });
    return hit;
  }
}

/** Labels to draw, in priority order: the first position inside the viewport (when given, as [width, height]) that
 * covers neither a placed label, an obstacle nor another candidate's mark; else dropped. A forced label also tries
 * rings further out (drawn with a leader line), then settles for a position clear of labels only; it is dropped only
 * when no position at all is clear of placed labels, so placed labels never overlap. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport?: readonly [number, number], obstacles: readonly Box[] = []): Map<string, LabelPlacement> {
  const steps = placeLabelsStepwise(candidates, viewport, obstacles);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** placeLabels one candidate at a time: it yields after each, so a caller can spread a long placement over several
 *  tasks (at ten times the network, 400 candidates in code not yet optimised by the engine take 100 ms and more). */
export function* placeLabelsStepwise(candidates: readonly LabelCandidate[], viewport?: readonly [number, number], obstacles: readonly Box[] = []): Generator<void, Map<string, LabelPlacement>> {
  const labels = new BoxIndex();
  for (const o of obstacles) labels.add(o);
  // candidate i's mark is box number i of `marks`
  const marks = new BoxIndex();
  for (const c of candidates) {
    const e = c.r + MARK_STROKE;
    marks.add([c.x - e, c.y - e, c.x + e, c.y + e]);
  }
  const forcedMarks = candidates.flatMap((c, i) => (c.force ? [i] : []));
  const placed = new Map<string, LabelPlacement>();
  const inside = (b: Box) => !viewport || (b[0] >= 0 && b[2] <= viewport[0] && b[1] >= 0 && b[3] <= viewport[1]);
  const clearOfLabels = (b: Box) => inside(b) && !labels.hits(b);
  const placeOne = (c: LabelCandidate, self: number) => {
    const clearOfMarks = (b: Box) => !marks.hits(b, self);
    const clear = (p: LabelPlacement) => clearOfLabels(p.box) && clearOfMarks(p.box) && (!p.leader || leaderClear(p));
    // a leader line may not run over another node's mark: it would point at the wrong node
    const leaderClear = (p: LabelPlacement) => {
      const ex = Math.min(Math.max(c.x, p.box[0]), p.box[2]), ey = Math.min(Math.max(c.y, p.box[1]), p.box[3]);
      const len = Math.hypot(ex - c.x, ey - c.y);
      for (let d = c.r + 1; d < len; d += 3) {
        const x = c.x + ((ex - c.x) * d) / len, y = c.y + ((ey - c.y) * d) / len;
        if (!clearOfMarks([x - 0.5, y - 0.5, x + 0.5, y + 0.5])) return false;
      }
      return true;
    };
    // an optional label whose own mark lies under a label already placed would name a hidden node
    if (!c.force && labels.hits(marks.boxes[self])) return;
    // measured once per candidate, not once per position tried (the estimate walks the text)
    const tw = labelWidth(c.text, c.bold);
    const near = DIRS.map((u) => place(c, u, 2, tw));
    // the selection keeps its label beside it, over the marks of unforced neighbours if need be (they then go unlabelled)
    const clearOfForced = (b: Box) => forcedMarks.every((i) => i === self || !overlaps(marks.boxes[i], b));
    let best = near.find(clear) ?? (c.bold ? near.find((p) => clearOfLabels(p.box) && clearOfForced(p.box)) : undefined);
    if (!best) {
      const far: LabelPlacement[] = [];
      for (let ring = 1; ring <= (c.force ? FAR_RINGS : OPTIONAL_RINGS); ring++) for (const u of DIRS) far.push(place(c, u, 2 + ring * FAR_STEP, tw));
      const all = [...near, ...far];
      best = far.find(clear)
        ?? (c.force
          ? far.find((p) => clearOfLabels(p.box) && clearOfMarks(p.box))
            ?? all.find((p) => clearOfLabels(p.box) && clearOfForced(p.box)) ?? all.find((p) => clearOfLabels(p.box))
          : undefined);
    }
    if (!best) return;
    labels.add(best.box);
    placed.set(c.id, best);
  };
  for (const [self, c] of candidates.entries()) {
    placeOne(c, self);
    yield;
  }
  return placed;
}
