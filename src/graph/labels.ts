// Which labels to draw: a greedy pass in priority order that skips any label overlapping one already placed,
// so dense clusters show a few readable names instead of a pile.
import type { GraphNode } from './model';

/** Common short names of the network's bodies and instruments (the full names are in the dataset). */
const SHORT: Record<string, string> = {
  budapest: 'Budapest Convention', 'un-convention': 'UN Cybercrime Convention', untoc: 'UNTOC', eu: 'EU', au: 'African Union',
  'arab-league': 'Arab League', cis: 'CIS', sco: 'SCO', oas: 'OAS', 'g7-247': 'G7 24/7 Network', fbi: 'FBI', bka: 'BKA',
  'spo-kor': 'Korea SPO', 'cloud-act': 'US CLOUD Act', malabo: 'Malabo Convention', 'arab-ict': 'Arab IT Offences Convention',
  'cis-2001': 'CIS Agreement 2001', 'cis-2018': 'CIS Agreement 2018', 'sco-2009': 'SCO Agreement 2009',
  'ecowas-dir-2011': 'ECOWAS Directive 2011', 'oas-mla': 'Inter-American MLA Convention',
};
const MAX_CHARS = 24;

/** A label short enough for the graph; the full name stays in aria-label and the tooltip. */
export function shortLabel(node: GraphNode): string {
  if (SHORT[node.id]) return SHORT[node.id];
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(node.label);
  // "European Cybercrime Centre (EC3)" → "EC3"; "Europol (EU Agency …)" → "Europol"
  const text = m ? (/^[A-Z0-9-]{2,8}$/.test(m[2]) ? m[2] : m[1]) : node.label;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

export interface LabelCandidate {
  id: string;
  /** screen-space centre of the node and half the size of its mark */
  x: number; y: number; r: number;
  text: string;
  /** placed even if every side overlaps */
  force: boolean;
  /** drawn bold (the selection), so wider */
  bold?: boolean;
}
export const LABEL_SIDES = ['below', 'above', 'right', 'left'] as const;
/** One line further out: only for a forced label (a hub, the selection) whose four sides are taken. */
const FAR_SIDES = ['below-far', 'above-far'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number] | (typeof FAR_SIDES)[number];
/** How far a far side sits beyond its near one, px. */
export const FAR_STEP = 18;
type Box = [number, number, number, number];

/** The label font size in px (graph.css `.labels .label`). */
const FONT_PX = 11;
const LINE_H = 14;
/** Space kept clear around a label: its white halo (3px stroke) plus a visible gap. */
const GAP = 4;
const BOLD = 1.1;
/** A mark's outline reaches this far past its shape. */
const MARK_STROKE = 1;

/** Advance widths in em of DejaVu Sans, the widest common system-ui fallback, so estimates err on the wide side. */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch === ' ') return 0.32;
  if (/[il|.,:;'!]/.test(ch)) return 0.28;
  if (/[IJ]/.test(ch)) return 0.3;
  if (/[ftr()[\]/-]/.test(ch)) return 0.41;
  if (/[mwMW]/.test(ch)) return 0.99;
  if (ch === '…') return 1;
  if (/[A-Z]/.test(ch)) return 0.76;
  return 0.63;
}

/** Estimated rendered width in px of a label: computed before render, so placement needs no DOM measuring. */
export function labelWidth(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * FONT_PX * (bold ? BOLD : 1);
}

function boxOf(c: LabelCandidate, side: LabelSide): Box {
  const w = labelWidth(c.text, c.bold) + 2 * GAP;
  const h = LINE_H + GAP;
  switch (side) {
    case 'below': return [c.x - w / 2, c.y + c.r + 2, c.x + w / 2, c.y + c.r + 2 + h];
    case 'above': return [c.x - w / 2, c.y - c.r - 2 - h, c.x + w / 2, c.y - c.r - 2];
    case 'right': return [c.x + c.r + 2, c.y - h / 2, c.x + c.r + 2 + w, c.y + h / 2];
    case 'left': return [c.x - c.r - 2 - w, c.y - h / 2, c.x - c.r - 2, c.y + h / 2];
    case 'below-far': return [c.x - w / 2, c.y + c.r + 2 + FAR_STEP, c.x + w / 2, c.y + c.r + 2 + FAR_STEP + h];
    case 'above-far': return [c.x - w / 2, c.y - c.r - 2 - FAR_STEP - h, c.x + w / 2, c.y - c.r - 2 - FAR_STEP];
  }
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Labels to draw and on which side of their node, in priority order: the first side inside the viewport (when
 * given, as [width, height]) that covers neither a placed label nor another candidate's mark, else dropped.
 * A forced label may also sit one line further out, then settles for a side clear of labels only, else below. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport?: readonly [number, number]): Map<string, LabelSide> {
  const boxes: Box[] = [];
  const marks = candidates.map((c): [string, Box] => {
    const e = c.r + MARK_STROKE;
    return [c.id, [c.x - e, c.y - e, c.x + e, c.y + e]];
  });
  const placed = new Map<string, LabelSide>();
  const inside = (b: Box) => !viewport || (b[0] >= 0 && b[2] <= viewport[0] && b[1] >= 0 && b[3] <= viewport[1]);
  const clearOfLabels = (b: Box) => inside(b) && !boxes.some((o) => overlaps(o, b));
  for (const c of candidates) {
    const clear = (b: Box) => clearOfLabels(b) && !marks.some(([id, m]) => id !== c.id && overlaps(m, b));
    const forced = [...LABEL_SIDES, ...FAR_SIDES];
    const side = LABEL_SIDES.find((sd) => clear(boxOf(c, sd)))
      ?? (c.force ? forced.find((sd) => clear(boxOf(c, sd))) ?? forced.find((sd) => clearOfLabels(boxOf(c, sd))) ?? 'below' : undefined);
    if (!side) continue;
    boxes.push(boxOf(c, side));
    placed.set(c.id, side);
  }
  return placed;
}
