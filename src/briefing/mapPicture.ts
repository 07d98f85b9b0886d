// The map part of a slide as an SVG string: the shared scene renderer (src/scene/mapSvg: fills by class, filtered
// states dimmed, the selection outlined, as on the live page) placed in the picture box, and over it, in slide
// units so that they stay legible, the names of the selected and filtered states (leader lines for small states)
// and a callout pinned to a country.
import { MARKER_RADIUS, type MapGeometry } from '../geo/mapGeometry';
import { parseZoom } from '../geo/zoom';
import { renderMapSvg } from '../scene/mapSvg';
import { fillOf } from '../theme/palette';
import { patternDefsSvg } from '../theme/patterns';
import { placeLabels, type Obstacle, type Rect } from './labelPlace';
import type { SlideModel } from './slideModel';
import { charsFor, FONT, r, textLines, textWidth, wrap } from './textFit';
import { escapeXml } from '../lib/xmlText';

/** Legend swatches' patterns (ids `sl-pat-…`), for the slide's own legend. */
export const slidePatternDefs = () => patternDefsSvg('sl');

/** A state too small to name inside: a marker, or a shape under this many square units at world scale. */
const SMALL_AREA = 60;

export const LABEL_SIZE = 22;
/** The dot a name marks its state's place with. */
const DOT_R = 3.5;
const CALLOUT_SIZE = 24;

/** The map drawn into `box` (slide units, aspect kept, centred); the labels it could not place are counted. */
export function mapPicture(geo: MapGeometry, m: SlideModel, box: Rect, idPrefix: string): { svg: string; dropped: number } {
  const { frame, zoom, callout, labels, dropped } = mapLabels(geo, m, box);
  // One picture on the slide, described by the slide's own title and alt text: the marks' names and roles, which
  // the live map needs for keyboard and screen reader, are left out here.
  const mapSvg = renderMapSvg(m.scene, geo, { t: zoom, title: m.alt, entities: m.outline?.members, blocWidth: 2.8 })
    .replace(/ (aria-label|role)="[^"]*"/g, '')
    // its pattern ids made its own: on the stage the live map (hidden under it) has the same ones, and a url(#id)
    // takes the first in the document
    .replace(/\b(mz|mf)-pat-/g, `${idPrefix}-$1-pat-`)
    .replace('<svg ', `<svg x="${r(frame.x)}" y="${r(frame.y)}" width="${r(frame.w)}" height="${r(frame.h)}" aria-hidden="true" `);
  return { svg: `<g data-role="map">${mapSvg}${callout}${labels}</g>`, dropped };
}

/** How many of the names a map drawn into `box` cannot place (mapPicture's count, without drawing the map): the slide
 *  model asks before the legend's notes are laid out, so the legend keeps room for "+N more not labelled" only when
 *  it will be drawn. */
export const mapLabelsDropped = (geo: MapGeometry, m: SlideModel, box: Rect) => mapLabels(geo, m, box).dropped;

/** The map's frame in `box`, its callout and its names (as SVG), and the count of names not placed. */
function mapLabels(geo: MapGeometry, m: SlideModel, box: Rect) {
  const zoom = parseZoom(m.zoom) ?? { k: 1, x: 0, y: 0 };
  const s = Math.min(box.w / geo.width, box.h / geo.height);
  const ox = box.x + (box.w - geo.width * s) / 2;
  const oy = box.y + (box.h - geo.height * s) / 2;
  const frame: Rect = { x: ox, y: oy, w: geo.width * s, h: geo.height * s };
  /** map point → slide point */
  const toSlide = (p: [number, number]): [number, number] => [ox + s * (zoom.k * p[0] + zoom.x), oy + s * (zoom.k * p[1] + zoom.y)];
  const byId = new Map(geo.shapes.map((sh) => [sh.id, sh]));

  // Names: where a state sits on the slide, and whether it is small enough to need a leader line.
  const markerAt = new Map(geo.markers.map((mk) => {
    const [x, y] = toSlide(mk.anchor);
    return [mk.id, [x + (mk.at[0] - mk.anchor[0]) * s, y + (mk.at[1] - mk.anchor[1]) * s] as [number, number]];
  }));
  const pointOf = (id: string) => markerAt.get(id) ?? (byId.has(id) ? toSlide(byId.get(id)!.label) : null);
  const areaOf = (id: string) => { const b = byId.get(id)?.bounds; return b ? (b[1][0] - b[0][0]) * (b[1][1] - b[0][1]) * zoom.k * zoom.k : 0; };
  const inFrame = (p: [number, number]) => p[0] >= frame.x && p[0] <= frame.x + frame.w && p[1] >= frame.y && p[1] <= frame.y + frame.h;
  const wanted = m.labels.map((l) => ({ ...l, at: pointOf(l.id) })).filter((l): l is typeof l & { at: [number, number] } => !!l.at && inFrame(l.at));

  // The callout first, so names keep clear of it.
  let callout = '';
  const blocked: Rect[] = [];
  if (m.callout) {
    const at = pointOf(m.callout.id);
    const lines = wrap(m.callout.text, charsFor(330, CALLOUT_SIZE), 4);
    const w = Math.max(...lines.map((l) => textWidth(l, CALLOUT_SIZE))) + 28;
    const h = lines.length * CALLOUT_SIZE * 1.22 + 22;
    const p = at && inFrame(at) ? at : [frame.x + 20, frame.y + 20] as [number, number];
    // above-right of the country when there is room, else wherever the frame allows
    const options: [number, number][] = [[p[0] + 40, p[1] - h - 40], [p[0] - w - 40, p[1] - h - 40], [p[0] + 40, p[1] + 40], [p[0] - w - 40, p[1] + 40]];
    const fits = ([x, y]: [number, number]) => x >= frame.x && y >= frame.y && x + w <= frame.x + frame.w && y + h <= frame.y + frame.h;
    const [cx, cy] = options.find(fits) ?? [Math.min(Math.max(frame.x, p[0] - w / 2), frame.x + frame.w - w), Math.min(Math.max(frame.y, p[1] + 40), frame.y + frame.h - h)];
    blocked.push({ x: cx, y: cy, w, h });
    const ex = Math.min(Math.max(p[0], cx), cx + w);
    const ey = Math.min(Math.max(p[1], cy), cy + h);
    callout = `<g data-role="callout">${at ? `<line x1="${r(p[0])}" y1="${r(p[1])}" x2="${r(ex)}" y2="${r(ey)}" stroke="#1d2330" stroke-width="2.5"/><circle cx="${r(p[0])}" cy="${r(p[1])}" r="5" fill="#1d2330"/>` : ''}`
      + `<rect x="${r(cx)}" y="${r(cy)}" width="${r(w)}" height="${r(h)}" rx="8" fill="#fffbe6" stroke="#1d2330" stroke-width="2.5"/>`
      + textLines(cx + 14, cy + 11 + CALLOUT_SIZE, lines, { size: CALLOUT_SIZE, weight: 600 }) + '</g>';
  }

  // The marks a name must read apart from: every small state's marker (with its white halo) and every named state's
  // dot, markers first so that a named small state's own mark is its marker.
  const around = ([x, y]: [number, number], e: number) => ({ x: x - e, y: y - e, w: 2 * e, h: 2 * e });
  const marks: Obstacle[] = [
    ...[...markerAt].filter(([, p]) => inFrame(p)).map(([id, p]) => ({ id, ...around(p, (MARKER_RADIUS + 1.5) * s) })),
    ...wanted.map((l) => ({ id: l.id, ...around(l.at, DOT_R + 0.75) })),
  ];
  const { placed, dropped } = placeLabels(
    wanted.map((l) => ({ id: l.id, text: l.name, at: l.at, small: markerAt.has(l.id) || areaOf(l.id) < SMALL_AREA })),
    frame, LABEL_SIZE, [...blocked, ...marks], true,
  );
  const labels = placed.map((p) => {
    const ty = p.y + p.h / 2 + LABEL_SIZE * 0.36;
    const tx = p.anchor === 'start' ? p.x + 3 : p.x + p.w - 3;
    const edge = p.anchor === 'start' ? p.x : p.x + p.w;
    const leader = p.leader ? `<line x1="${r(p.at[0])}" y1="${r(p.at[1])}" x2="${r(edge)}" y2="${r(p.y + p.h / 2)}" stroke="#1d2330" stroke-width="1.8"/>` : '';
    return `<g data-role="map-label" data-label-for="${escapeXml(p.id)}">${leader}<circle cx="${r(p.at[0])}" cy="${r(p.at[1])}" r="${DOT_R}" fill="#1d2330" stroke="#ffffff" stroke-width="1.5"/>`
      + `<text x="${r(tx)}" y="${r(ty)}" font-size="${LABEL_SIZE}" font-weight="700" font-family="${FONT}" fill="#1d2330"${p.anchor === 'end' ? ' text-anchor="end"' : ''} stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${escapeXml(p.text)}</text></g>`;
  }).join('');

  return { frame, zoom, callout, labels, dropped: dropped.length + (m.labels.length - wanted.length) };
}

/** A legend swatch's fill (patterns from `patternDefs('sl')`). */
export const swatchFill = (cls: string) => fillOf(cls, 'sl');
