// The network part of a slide as an SVG string: the shipped layout fitted to the box, links coloured by family,
// node glyphs by kind filled by class, dimmed as in the live graph, the important nodes named.
import { fitTransform } from '../graph/fit';
import { glyphPath } from '../graph/shapes';
import { FAMILY_COLOURS, STAGE_DASH } from '../theme/families';
import { fillOf } from '../theme/palette';
import { placeLabels, type Rect } from './labelPlace';
import type { NetworkModel } from './slideNetwork';
import { FONT, r } from './textFit';
import { escapeXml } from '../lib/xmlText';

export const NET_LABEL_SIZE = 20;
/** Glyphs are sized for a screen panel; a slide is seen from further away. */
const GLYPH_SCALE = 1.5;

export function networkPicture(net: NetworkModel, box: Rect, clipId: string): string {
  const t = fitTransform(net.nodes.map((n) => ({ x: n.x, y: n.y })), box.w, box.h, 36, 3);
  const at = (x: number, y: number): [number, number] => [box.x + t.k * x + t.x, box.y + t.k * y + t.y];
  const anyActive = net.links.some((l) => l.active);
  const links = net.links.map((l) => {
    const [x1, y1] = at(l.x1, l.y1);
    const [x2, y2] = at(l.x2, l.y2);
    const dash = STAGE_DASH[l.stage];
    const quiet = l.dimmed || (anyActive && !l.active);
    return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${FAMILY_COLOURS[l.family]}" stroke-width="${quiet ? 0.8 : l.active ? 2.2 : 1.4}" stroke-opacity="${quiet ? 0.12 : l.active ? 0.8 : 0.45}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  }).join('');
  // dimmed first, so the lit nodes are drawn over them
  const order = [...net.nodes].sort((a, b) => Number(b.dimmed) - Number(a.dimmed) || Number(a.selected) - Number(b.selected));
  const nodes = order.map((n) => {
    const [x, y] = at(n.x, n.y);
    return `<path transform="translate(${r(x)},${r(y)})" d="${glyphPath(n.kind, n.r * GLYPH_SCALE)}" data-node-id="${escapeXml(n.id)}" fill="${fillOf(n.cls, 'sl')}" stroke="${n.selected ? '#000000' : n.near ? '#e69f00' : '#1d2330'}" stroke-width="${n.selected ? 3.5 : n.near ? 2.5 : 1}"${n.dimmed ? ' opacity="0.2"' : ''}/>`;
  }).join('');
  const { placed } = placeLabels(
    net.nodes.filter((n) => n.labelled).map((n) => ({ id: n.id, text: n.name, at: at(n.x, n.y), small: false })),
    box, NET_LABEL_SIZE, [], true,
  );
  const labels = placed.map((p) => {
    const ty = p.y + p.h / 2 + NET_LABEL_SIZE * 0.36;
    const tx = p.anchor === 'start' ? p.x + 3 : p.x + p.w - 3;
    const edge = p.anchor === 'start' ? p.x : p.x + p.w;
    const leader = p.leader ? `<line x1="${r(p.at[0])}" y1="${r(p.at[1])}" x2="${r(edge)}" y2="${r(p.y + p.h / 2)}" stroke="#1d2330" stroke-width="1.4"/>` : '';
    return `<g data-role="network-label">${leader}<text x="${r(tx)}" y="${r(ty)}" font-size="${NET_LABEL_SIZE}" font-weight="700" font-family="${FONT}" fill="#1d2330"${p.anchor === 'end' ? ' text-anchor="end"' : ''} stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${escapeXml(p.text)}</text></g>`;
  }).join('');
  return `<g data-role="network"><clipPath id="${clipId}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}"/></clipPath>`
    + `<g clip-path="url(#${clipId})">${links}${nodes}</g>${labels}</g>`;
}
