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
  /** screen-space centre of the node and its radius */
  x: number; y: number; r: number;
  text: string;
  /** placed (below) even if every side overlaps */
  force: boolean;
}
export const LABEL_SIDES = ['below', 'above', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];
type Box = [number, number, number, number];

const CHAR_W = 6.2;
const LINE_H = 14;
/** Space kept clear between neighbouring labels. */
const GAP = 3;

function boxOf(c: LabelCandidate, side: LabelSide): Box {
  const w = c.text.length * CHAR_W + GAP;
  switch (side) {
    case 'below': return [c.x - w / 2, c.y + c.r + 2, c.x + w / 2, c.y + c.r + 2 + LINE_H];
    case 'above': return [c.x - w / 2, c.y - c.r - 2 - LINE_H, c.x + w / 2, c.y - c.r - 2];
    case 'right': return [c.x + c.r + 2, c.y - LINE_H / 2, c.x + c.r + 2 + w, c.y + LINE_H / 2];
    case 'left': return [c.x - c.r - 2 - w, c.y - LINE_H / 2, c.x - c.r - 2, c.y + LINE_H / 2];
  }
}

/** Labels to draw and on which side of their node, in priority order: the first free side inside the viewport
 * (when given, as [width, height]), else dropped. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport?: readonly [number, number]): Map<string, LabelSide> {
  const boxes: Box[] = [];
  const placed = new Map<string, LabelSide>();
  const inside = (b: Box) => !viewport || (b[0] >= 0 && b[2] <= viewport[0] && b[1] >= 0 && b[3] <= viewport[1]);
  const free = (b: Box) => inside(b) && !boxes.some((o) => o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]);
  for (const c of candidates) {
    const side = LABEL_SIDES.find((sd) => free(boxOf(c, sd))) ?? (c.force ? 'below' : undefined);
    if (!side) continue;
    boxes.push(boxOf(c, side));
    placed.set(c.id, side);
  }
  return placed;
}
