// scene → SVG text for the map: a pure renderer (no DOM) for exports and rendered-output tests. It draws what the
// live painter draws, with the styles the live page takes from CSS written as attributes, so the file stands alone.
// Coordinates are rounded to `digits` decimals (paths already are, at 1).
import { mapBlocOutline } from '../geo/blocOutline';
import type { MapGeometry } from '../geo/mapGeometry';
import type { EntityRef } from '../geo/topology';
import { MARKER_RADIUS } from '../geo/mapGeometry';
import { markerOnScreen } from '../geo/markers';
import { IDENTITY, type ZoomTransform } from '../zoom/transform';
import { fillOf } from '../theme/palette';
import { patternDefsSvg } from '../theme/patterns';
import { DIMMED_OPACITY, MAP_COLOURS as C, MARKER_PREFIX, SHAPE_PREFIX } from '../theme/mapStyle';
import { attributeText, entityAttributes, escapeXml } from './attributes';
import type { MarkState, Scene } from './scene';

export interface MapSvgOptions {
  /** zoom transform (default: the whole world) */
  t?: ZoomTransform;
  /** decimals kept in coordinates (default 1) */
  digits?: number;
  /** the <svg>'s aria-label */
  title?: string;
  /** the entities that tie base-map shapes to ids (at least the outlined bloc's members): with them, the scene's bloc
   *  outline is drawn as the live painter draws it (the union of the members' shapes on a white casing, rings on
   *  members drawn as markers) */
  entities?: readonly EntityRef[];
  /** the outline's line width in px (the live map's is 2.2; a slide seen from afar takes a bolder one) */
  blocWidth?: number;
}

const NO_MARK: Omit<MarkState, 'id'> = {
  status: 'no-data', selected: false, dimmed: false, highlighted: false, apart: false, flagged: false, changed: false, legendHover: false,
};

function shapeStroke(m: Omit<MarkState, 'id'>): string {
  if (m.changed) return ` stroke="${C.changed}" stroke-width="2"`;
  if (m.flagged) return ` stroke="${C.flagged}" stroke-width="1" stroke-dasharray="3 2"`;
  return ` stroke="${m.status === 'no-data' ? C.noDataBorder : C.border}" stroke-width="0.5"`;
}

function markerStroke(m: Omit<MarkState, 'id'>): string {
  if (m.selected) return ` stroke="${C.selected}" stroke-width="3"`;
  if (m.changed) return ` stroke="${C.changed}" stroke-width="2"`;
  if (m.highlighted || m.legendHover) return ` stroke="${C.highlight}" stroke-width="2.5"`;
  if (m.apart) return ` stroke="${C.apart}" stroke-width="2.5" stroke-dasharray="2 1.5"`;
  return ` stroke="${C.markerStroke}" stroke-width="1"${m.flagged ? ' stroke-dasharray="2 1.5"' : ''}`;
}

const dim = (m: Omit<MarkState, 'id'>) => (m.dimmed ? ` opacity="${DIMMED_OPACITY}"` : '');

/** The whole map as one stand-alone <svg> element. */
export function renderMapSvg(scene: Scene, geo: MapGeometry, { t = IDENTITY, digits = 1, title = 'World map', entities, blocWidth = 2.2 }: MapSvgOptions = {}): string {
  const f = 10 ** digits;
  const n = (v: number) => String(Math.round(v * f) / f);
  const mark = (id: string) => scene.marks.get(id) ?? { ...NO_MARK, id };
  const attrs = (m: MarkState) => attributeText(entityAttributes(m.status, m, scene.marks.has(m.id) ? scene.names.mark(m.id) : m.id));
  const vector = ' vector-effect="non-scaling-stroke"';
  const outline = (id: string, stroke: string, width: number) =>
    `<path d="${geo.shapes.find((s) => s.id === id)!.d}" fill="none" stroke="${stroke}" stroke-width="${width}"${vector}/>`;
  const drawn = new Set(geo.shapes.map((s) => s.id));
  const marks = [...scene.marks.values()].filter((m) => drawn.has(m.id));

  const shapes = geo.shapes.map((s) => {
    const m = mark(s.id);
    return `<g class="map-country" data-iso3="${escapeXml(s.id)}"${attrs(m)}${dim(m)}>`
      + `<path d="${s.d}" fill="${fillOf(m.status, SHAPE_PREFIX)}"${shapeStroke(m)}${vector}/></g>`;
  }).join('');
  // selection last, so no neighbour's outline covers it (as on the live page)
  const outlines = [
    ...marks.filter((m) => m.legendHover).map((m) => outline(m.id, C.legend, 1.6)),
    ...marks.filter((m) => m.apart).map((m) => outline(m.id, C.apart, 2).replace('/>', ' stroke-dasharray="4 3"/>')),
    ...marks.filter((m) => m.highlighted).map((m) => outline(m.id, C.highlight, 2)),
    ...marks.filter((m) => m.selected).map((m) => outline(m.id, C.selected, 3)),
  ].join('');
  const bloc = scene.outline && entities ? mapBlocOutline(geo, entities, scene.outline.members) : null;
  const ringed = new Set(bloc?.markers);
  const blocs = scene.outline && bloc
    ? `<g class="map-bloc-outline" data-bloc="${escapeXml(scene.outline.bloc)}" data-members="${scene.outline.members.size}">${bloc.d
      ? `<path d="${bloc.d}" fill="none" stroke="${C.blocCasing}" stroke-width="${n(blocWidth * 2)}" stroke-linejoin="round" opacity="0.9"${vector}/>`
        + `<path d="${bloc.d}" fill="none" stroke="${C.bloc}" stroke-width="${n(blocWidth)}" stroke-linejoin="round"${vector}/>` : ''}</g>`
    : '';
  const markers = geo.markers.map((mk) => {
    const m = mark(mk.id);
    const [x, y] = markerOnScreen(mk, t);
    const ax = t.k * mk.anchor[0] + t.x, ay = t.k * mk.anchor[1] + t.y;
    const leader = Math.hypot(x - ax, y - ay) > MARKER_RADIUS
      ? `<line x1="${n(ax)}" y1="${n(ay)}" x2="${n(x)}" y2="${n(y)}" stroke="${C.markerStroke}" stroke-width="0.6" opacity="0.6"/>` : '';
    return `<g${dim(m)}>${leader}<circle cx="${n(x)}" cy="${n(y)}" r="${MARKER_RADIUS + 1.5}" fill="#ffffff" opacity="0.85"${ringed.has(mk.id) ? ` stroke="${C.bloc}" stroke-width="${n(blocWidth)}" data-in-bloc="true"` : ''}/>`
      + `<circle class="map-marker" data-iso3="${escapeXml(mk.id)}"${attrs(m)} cx="${n(x)}" cy="${n(y)}" r="${MARKER_RADIUS}"`
      + ` fill="${fillOf(m.status, MARKER_PREFIX)}"${markerStroke(m)}/></g>`;
  }).join('');

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geo.width} ${geo.height}" role="img" aria-label="${escapeXml(title)}">`
    + patternDefsSvg(SHAPE_PREFIX, 1 / t.k) + patternDefsSvg(MARKER_PREFIX)
    + `<g transform="translate(${n(t.x)},${n(t.y)}) scale(${n(t.k)})">`
    + `<path d="${geo.sphere}" fill="${C.sphere}" stroke="${C.sphereStroke}" stroke-width="0.5"${vector}/>`
    + `<g class="map-shapes">${shapes}</g><g class="map-outlines">${outlines}</g>${blocs ? `<g class="map-blocs">${blocs}</g>` : ''}</g>`
    + `<g class="map-markers">${markers}</g></svg>`;
}
