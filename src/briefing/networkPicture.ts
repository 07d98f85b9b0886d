// The network part of a slide as an SVG string: the layout fitted to the box, the outlined bloc's hull under
// everything, links coloured by family, node glyphs by kind filled by class, dimmed as in the live graph, the
// important nodes named beside their glyphs, clear of every other glyph and label.
import { fitTransform } from '../graph/fit';
import { discsPath, type Disc } from '../graph/hulls';
import { isHub } from '../graph/nodeSize';
import { glyphExtent, glyphPath } from '../graph/shapes';
import { FAMILY_COLOURS, STAGE_DASH } from '../theme/families';
import { BLOC_OUTLINE, fillOf } from '../theme/palette';
import { hit, placeLabels, type LabelIn, type Obstacle, type Placed, type Rect } from './labelPlace';
import type { LinkLook, NetNode, NetworkModel } from './slideNetwork';
import { charsFor, FONT, MIN_READABLE, r, textWidth, wrap } from './textFit';
import { escapeXml } from '../lib/xmlText';

export const NET_LABEL_SIZE = 20;
/** Glyphs are sized for a screen panel; a slide is seen from further away. */
const GLYPH_SCALE = 1.5;

/** Link strokes in slide units. A slide is drawn at 0.64 of its size on a 1024×768 projector, 1.2 at 1920×1080: a
 *  plain link is about 1.7 px there, a story link 3.2 px; quiet links stay thin and faint so the story reads. */
export const LINK_STROKE: Record<LinkLook, { width: number; opacity: number }> = {
  quiet: { width: 1.6, opacity: 0.22 },
  plain: { width: 2.6, opacity: 0.6 },
  story: { width: 5, opacity: 0.95 },
};
/** The stage dashes (theme/families.ts) were drawn for lines 1.4 units wide: wider lines stretch them alike, so a
 *  dotted line stays dotted rather than a row of touching squares. */
const DASH_AT = 1.4;
export const linkDash = (stage: string, width: number) =>
  STAGE_DASH[stage]?.split(' ').map((d) => r((Number(d) * width) / DASH_AT)).join(' ');
/** Quiet links under plain ones, the story on top. */
const LOOK_ORDER: Record<LinkLook, number> = { quiet: 0, plain: 1, story: 2 };

const strokeOf = (n: NetNode) => (n.selected ? 3.5 : n.near ? 2.5 : 1);

/** Where everything goes in slide units: pure, so a test can check the labels against the glyphs. */
export interface NetworkDrawing {
  at: (x: number, y: number) => [number, number];
  /** each node's glyph box, its stroke included */
  glyphs: (Obstacle & { id: string })[];
  labels: Placed[];
  /** names that found no room beside their glyphs: a number beside the glyph (among `labels`) and the number with
   *  the name in a corner of the box clear of every glyph and label */
  keys: { id: string; text: string; lines: string[]; x: number; y: number; w: number; h: number }[];
  /** the hull's discs in slide units */
  hull: Disc[];
}

/** The layout fitted to a box `w` by `h`: its scale `k` is the size the network is drawn at. */
export const networkFit = (net: NetworkModel, w: number, h: number) => fitTransform(net.nodes.map((n) => ({ x: n.x, y: n.y })), w, h, 36, 3);

/** A key line: the slide's smallest readable size, which fits a corner more often than a name's size. */
const KEY_LINE = MIN_READABLE * 1.15;

export function networkDrawing(net: NetworkModel, box: Rect): NetworkDrawing {
  const first = drawingIn(net, box, null);
  if (!first.unkeyed) return first.drawing;
  // a name with no room beside its glyph and no free corner for its key: the network drawn a little shorter, the
  // keys listed in a strip under it, rather than the name left out
  const strip = first.forced * KEY_LINE + 6;
  return drawingIn(net, { ...box, h: box.h - strip }, { x: box.x, y: box.y + box.h - strip + 6 }).drawing;
}

/** The drawing in `box`; keys with no free corner go to the lines of `strip` (from its top left), or are counted in
 *  `unkeyed` without one. `forced`: the names that must be shown and found no room beside their glyphs. */
function drawingIn(net: NetworkModel, box: Rect, strip: { x: number; y: number } | null) {
  const keys: NetworkDrawing['keys'] = [];
  const t = networkFit(net, box.w, box.h);
  const at = (x: number, y: number): [number, number] => [box.x + t.k * x + t.x, box.y + t.k * y + t.y];
  const extent = (n: NetNode) => glyphExtent(n.kind, n.r * GLYPH_SCALE) + strokeOf(n) / 2;
  const glyphs = net.nodes.map((n) => {
    const [x, y] = at(n.x, n.y);
    const e = extent(n);
    return { id: n.id, x: x - e, y: y - e, w: 2 * e, h: 2 * e };
  });
  const named = net.nodes.filter((n) => n.labelled).map((n) => ({ id: n.id, text: n.name, at: at(n.x, n.y), small: false, r: extent(n), force: n.selected || isHub(n.id) }));
  const { placed, dropped } = placeLabels(named, box, NET_LABEL_SIZE, glyphs, true);
  const hull = (net.hull?.discs ?? []).map((d) => { const [x, y] = at(d.x, d.y); return { x, y, r: d.r * t.k }; });
  const missing = named.filter((l) => l.force && dropped.includes(l.id));
  const marks = keyed(missing, placed, glyphs, box, keys, strip, net.dir === 'rtl');
  // (`forced`: the key lines they take, a long name on two or three)
  const forced = missing.reduce((n, l, i) => n + keyLines(keyText(i + 1, l.text), box.w).length, 0);
  return { drawing: { at, glyphs, labels: [...placed, ...marks], hull, keys }, forced, unkeyed: missing.length - keys.length };
}

/** A name that must be shown (the selection, a hub) with no room beside its glyph (Brazil's UN convention hexagon
 *  between its partners' names) is keyed rather than left out: a number beside the glyph, placed as a name is, and
 *  "1 – UN Cybercrime Convention" in the first corner of the box clear of every glyph and name, else on the next
 *  line of `strip`. No room for the number either: the name is left out. An Arabic slide's key reads from the right:
 *  the right-hand corners first, the strip's lines at its right end (and the line itself right to left, in the picture). */
function keyed(missing: readonly LabelIn[], placed: readonly Placed[], glyphs: readonly Obstacle[], box: Rect, keys: NetworkDrawing['keys'], strip: { x: number; y: number } | null, rtl: boolean): Placed[] {
  const out: Placed[] = [];
  let line = 0;
  for (const l of missing) {
    const n = String(keys.length + 1);
    const text = keyText(keys.length + 1, l.text);
    // on as many lines as the box's width asks ("1 – Соединенное Королевство Великобритании и Северной Ирландии" ran
    // past the slide's right edge on one)
    const lines = keyLines(text, box.w);
    const w = Math.max(...lines.map((x) => textWidth(x, MIN_READABLE, true))) + 6;
    const h = lines.length * KEY_LINE;
    const taken = [...glyphs, ...placed, ...out, ...keys];
    const [near, far] = rtl ? [box.x + box.w - w, box.x] : [box.x, box.x + box.w - w];
    const corners = [[near, box.y], [far, box.y], [near, box.y + box.h - h], [far, box.y + box.h - h]];
    // corners taken by earlier keys are tried one line further in
    const spot = corners.flatMap(([x, y]) => [0, 1, 2].map((i) => ({ x, y: y === box.y ? y + i * KEY_LINE : y - i * KEY_LINE, w, h })))
      .find((rect) => !taken.some((t) => hit(rect, t))) ?? (strip ? { x: rtl ? box.x + box.w - w : strip.x, y: strip.y + line * KEY_LINE, w, h } : null);
    if (!spot) continue;
    const mark = placeLabels([{ ...l, text: n }], box, NET_LABEL_SIZE, [...glyphs, ...[...placed, ...out, ...keys].map(({ x, y, w, h }) => ({ x, y, w, h })), spot], true).placed[0];
    if (!mark) continue;
    if (spot.y >= box.y + box.h) line += lines.length;
    out.push(mark);
    keys.push({ id: l.id, text, lines, ...spot });
  }
  return out;
}

const keyText = (n: number, name: string) => `${n} – ${name}`;
/** A key's lines in the network's width (at most three; a name longer still is cut with "…"). */
const keyLines = (text: string, w: number) => wrap(text, charsFor(w - 6, MIN_READABLE, true), 3);

export function networkPicture(net: NetworkModel, box: Rect, clipId: string): string {
  const { at, labels: placed, hull, keys } = networkDrawing(net, box);
  const outline = net.hull && hull.length
    ? `<g data-role="network-outline" data-bloc="${escapeXml(net.hull.bloc)}" data-members="${hull.length}"><path d="${discsPath(hull, 2.5)}" fill="${BLOC_OUTLINE.hullRim}" opacity="0.55"/><path d="${discsPath(hull)}" fill="${BLOC_OUTLINE.hullFill}"/></g>`
    : '';
  const links = [...net.links].sort((a, b) => LOOK_ORDER[a.look] - LOOK_ORDER[b.look]).map((l) => {
    const [x1, y1] = at(l.x1, l.y1);
    const [x2, y2] = at(l.x2, l.y2);
    const { width, opacity } = LINK_STROKE[l.look];
    const dash = linkDash(l.stage, width);
    return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${FAMILY_COLOURS[l.family]}" stroke-width="${width}" stroke-opacity="${opacity}"${dash ? ` stroke-dasharray="${dash}"` : ''} data-edge-family="${l.family}" data-edge-stage="${escapeXml(l.stage)}"/>`;
  }).join('');
  // dimmed first, so the lit nodes are drawn over them
  const order = [...net.nodes].sort((a, b) => Number(b.dimmed) - Number(a.dimmed) || Number(a.selected) - Number(b.selected));
  const nodes = order.map((n) => {
    const [x, y] = at(n.x, n.y);
    return `<path transform="translate(${r(x)},${r(y)})" d="${glyphPath(n.kind, n.r * GLYPH_SCALE)}" data-node-id="${escapeXml(n.id)}" fill="${fillOf(n.cls, 'sl')}" stroke="${n.selected ? '#000000' : n.near ? '#e69f00' : '#1d2330'}" stroke-width="${strokeOf(n)}"${n.dimmed ? ' opacity="0.2"' : ''}/>`;
  }).join('');
  const labels = placed.map((p) => {
    const ty = p.y + p.h / 2 + NET_LABEL_SIZE * 0.36;
    const tx = p.anchor === 'start' ? p.x + 3 : p.x + p.w - 3;
    const edge = p.anchor === 'start' ? p.x : p.x + p.w;
    const leader = p.leader ? `<line x1="${r(p.at[0])}" y1="${r(p.at[1])}" x2="${r(edge)}" y2="${r(p.y + p.h / 2)}" stroke="#1d2330" stroke-width="1.4"/>` : '';
    return `<g data-role="network-label" data-label-for="${escapeXml(p.id)}">${leader}<text x="${r(tx)}" y="${r(ty)}" font-size="${NET_LABEL_SIZE}" font-weight="700" font-family="${FONT}" fill="#1d2330"${p.anchor === 'end' ? ' text-anchor="end"' : ''} stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${escapeXml(p.text)}</text></g>`;
  }).join('');
  // "1 – name" from its number: on an Arabic slide right to left, from the key's right end
  const rtl = net.dir === 'rtl';
  // a key on several lines: a line each, the space that joined them kept at the end of a line, so the text reads as
  // the key's words (its line breaks are where wrap split it)
  const key = keys.map((k) => {
    const x = r(rtl ? k.x + k.w - 3 : k.x + 3);
    const lines = k.lines.length === 1 ? escapeXml(k.text) : k.lines.map((line, i) => `<tspan x="${x}" y="${r(k.y + KEY_LINE * i + KEY_LINE / 2 + MIN_READABLE * 0.36)}">${escapeXml(i < k.lines.length - 1 ? `${line} ` : line)}</tspan>`).join('');
    return `<text data-role="network-key" data-key-for="${escapeXml(k.id)}" x="${x}" y="${r(k.y + KEY_LINE / 2 + MIN_READABLE * 0.36)}" font-size="${MIN_READABLE}" font-weight="700" font-family="${FONT}" fill="#1d2330"${rtl ? ' direction="rtl"' : ''}>${lines}</text>`;
  }).join('');
  return `<g data-role="network"><clipPath id="${clipId}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}"/></clipPath>`
    + `<g clip-path="url(#${clipId})">${outline}${links}${nodes}</g>${labels}${key}</g>`;
}
