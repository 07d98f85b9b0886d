// The key of a network slide's links: each family drawn, a short stroke in its colour (theme/families.ts) beside its
// name in the slide's language, then each line style drawn (in force solid, signed dashed, negotiating dotted,
// suspended dash-dot), a dark sample in its dash pattern beside the live legend's name for it. The families lit on
// the slide come first in bold; those drawn only faint (beside a selection's story, or towards a filtered-out node)
// follow in muted regular type, as the legend says a class with nothing shown; a line style drawn only faint is
// muted too. A column (under the legend or beside the network) on a network slide, one or two entries a line; a row
// under the legend row on a map + network slide. Pure layout in slide units (the frame and the .pptx read it) and its SVG.
import type { Rect } from './labelPlace';
import type { LinkKey } from './slideNetwork';
import { charsFor, textLines, textWidth, wrap, r } from './textFit';
import { FAMILY_COLOURS } from '../theme/families';
import { linkDash } from './networkPicture';
import { escapeXml } from '../lib/xmlText';

/** The sample stroke: as wide as a story link (networkPicture.ts), so its colour reads from the back of the room. */
export const KEY_STROKE = 6;
/** A line style's sample: between a plain link (2.6) and a story link (5), its dashes scaled alike (linkDash), so that
 *  its 34 units show two dashes, four dots, or a dash, a dot and the next dash. */
export const KEY_STAGE_STROKE = 3.5;
/** a sample's length, and the room between it and its name */
export const SAMPLE = 34;
export const PAD = 10;
const COL_GAP = 16;
const INK = '#1d2330';
const QUIET_INK = '#5b6475';
/** The row's type, as the legend row's (renderSlide.ts ROW_SIZE). */
export const KEY_ROW_SIZE = 22;
export const ROW_H = 34;
export const LEAD = 1.22;

export interface KeyItem {
  /** a family's entry (its colour) or a line style's (its dash pattern): one of the two is set */
  family: LinkKey['families'][number]['family'] | null; stage: string | null;
  name: string; lit: boolean;
  /** from the key box's reading start (its left edge, its right edge on an Arabic slide) and top; `w` its width */
  dx: number; dy: number; w: number;
  lines: string[];
}
export interface KeyLayout {
  size: number;
  /** entries a line; 0 for a row */
  cols: number;
  h: number; items: KeyItem[]; title: string;
  /** a name did not fit its two lines and was cut */
  cut: boolean;
}

type Entry = Pick<KeyItem, 'family' | 'stage' | 'name' | 'lit'>;
/** The families' entries, then the line styles'. */
const entriesOf = (key: LinkKey): Entry[][] => [
  key.families.map((f) => ({ family: f.family, stage: null, name: f.name, lit: f.lit })),
  key.stages.map((s) => ({ family: null, stage: s.stage, name: s.name, lit: s.lit })),
];

/** The key as a column `w` wide at `size`, in `cols` columns under its heading, each name on up to two lines, `gap`
 *  between entries (less where the network would otherwise be drawn smaller: renderSlide.ts KEY_FORMS). */
export function keyColumn(key: LinkKey, w: number, size: number, cols: number, gap = 8): KeyLayout {
  const colW = (w - (cols - 1) * COL_GAP) / cols;
  const items: KeyItem[] = [];
  let cut = false;
  let y = size * LEAD + gap;
  // the line styles start a line of their own, a little apart from the families
  for (const [g, group] of entriesOf(key).entries()) {
    if (g && group.length && items.length) y += 8;
    for (let i = 0; i < group.length; i += cols) {
      const row = group.slice(i, i + cols).map((e, j) => ({ ...e, dx: j * (colW + COL_GAP), dy: y, w: colW, lines: wrap(e.name, charsFor(colW - SAMPLE - PAD, size, e.lit), 2) }));
      cut ||= row.some((it) => it.lines.some((l) => l.endsWith('…') && !it.name.includes(l)));
      items.push(...row);
      y += Math.max(...row.map((it) => it.lines.length)) * size * LEAD + gap;
    }
  }
  return { size, cols, h: y, items, title: key.title, cut };
}

/** The key as rows `w` wide after its heading, wrapping as the legend row does. */
export function keyRow(key: LinkKey, w: number): KeyLayout {
  const size = KEY_ROW_SIZE;
  const items: KeyItem[] = [];
  let x = textWidth(key.title, size, true) + 20;
  let y = 0;
  for (const e of entriesOf(key).flat()) {
    const iw = SAMPLE + PAD + textWidth(e.name, size, e.lit) + 28;
    if (x && x + iw > w) { x = 0; y += ROW_H; }
    items.push({ ...e, dx: x, dy: y, w: iw, lines: [e.name] });
    x += iw;
  }
  return { size, cols: 0, h: y + ROW_H, items, title: key.title, cut: false };
}

const dashOf = (stage: string) => { const d = linkDash(stage, KEY_STAGE_STROKE); return d ? ` stroke-dasharray="${d}"` : ''; };

/** The key drawn in `box`; on an Arabic slide each entry reads from the right (its stroke right of its name). */
export function keySvg(k: KeyLayout, box: Rect, rtl: boolean): string {
  const x = (dx: number, w = 0) => (rtl ? box.x + box.w - dx - w : box.x + dx);
  const o = { anchor: rtl ? 'end' as const : 'start' as const, rtl };
  const lead = k.size * LEAD;
  // the row's heading sits on the entries' baseline; the column's above them
  const titleY = box.y + (k.cols ? k.size * 0.95 : 23);
  const out = [textLines(x(0), titleY, [k.title], { size: k.size, weight: 700, ...o })];
  for (const it of k.items) {
    const top = box.y + it.dy;
    const mid = k.cols ? top + lead / 2 : top + 16;
    const base = k.cols ? top + k.size * 0.95 : top + 23;
    const [x1, x2] = [r(x(it.dx + 2)), r(x(it.dx + SAMPLE - 2))];
    // a family's stroke in its colour, round-ended; a line style's in ink, its dashes cut square as the links' are
    const sample = it.family
      ? `<line x1="${x1}" y1="${r(mid)}" x2="${x2}" y2="${r(mid)}" stroke="${FAMILY_COLOURS[it.family]}" stroke-width="${KEY_STROKE}" stroke-linecap="round"/>`
      : `<line x1="${x1}" y1="${r(mid)}" x2="${x2}" y2="${r(mid)}" stroke="${it.lit ? INK : QUIET_INK}" stroke-width="${KEY_STAGE_STROKE}"${dashOf(it.stage!)}/>`;
    out.push(`<g ${it.family ? `data-link-family="${escapeXml(it.family)}"` : `data-link-stage="${escapeXml(it.stage!)}"`}${it.lit ? '' : ' data-quiet="true"'}>${sample}`
      + textLines(x(it.dx + SAMPLE + PAD), base, it.lines, { size: k.size, weight: it.lit ? 700 : 400, fill: it.lit ? INK : QUIET_INK, ...o }, lead)
      + '</g>');
  }
  return `<g data-role="link-key">${out.join('')}</g>`;
}
