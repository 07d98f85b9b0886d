// The map's colours beyond the class palette, and the stylesheet that colours live marks by their data-status:
// a lens change then rewrites data-status only, never a fill. The string renderer (exports, snapshots) writes the
// same colours as attributes, from the same tables.
import { BLOC_OUTLINE, CLASS_STYLES, FLAGGED_OUTLINE, RELATION_OUTLINES, classStyle, fillOf } from './palette';

export const MAP_COLOURS = {
  sphere: '#eef3f8', sphereStroke: '#c9d3df', border: '#ffffff', noDataBorder: '#c4c4c4', markerStroke: '#1d2330',
  flagged: FLAGGED_OUTLINE.stroke, changed: '#c2541b', highlight: '#e69f00', apart: RELATION_OUTLINES.apart.stroke, selected: '#000000', legend: '#1d2330',
  bloc: BLOC_OUTLINE.stroke, blocCasing: BLOC_OUTLINE.casing,
} as const;
export const DIMMED_OPACITY = 0.22;

/** Pattern <defs> prefixes of the live map: shapes sit in the zoomed group ("mz"), markers do not ("mf"). */
export const SHAPE_PREFIX = 'mz', MARKER_PREFIX = 'mf';

/** The theme's map colours as CSS custom properties, so map.css strokes come from this one table. */
const colourVariables = () =>
  `:root{${Object.entries(MAP_COLOURS).map(([k, v]) => `--map-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`).join(';')};--map-dimmed:${DIMMED_OPACITY}}`;

/** CSS rules giving every class its fill on map shapes and markers and on the network's glyphs (a class without a
 *  style of its own is drawn as "no data", as classStyle does), plus the colour variables map.css uses.
 *  No rule has the status in its last compound (a marker's is on its group, `data-fill`): Chromium restyles the
 *  element itself on every change of an attribute that any rule tests there, so `.map-marker[data-status=…]` made a
 *  lens change restyle all ~360 marks and nodes besides the shapes and glyphs whose fill changes. */
export function statusFillCss(): string {
  return colourVariables() + '\n' + `.gnode>.glyph{fill:${classStyle('no-data').fill}}\n` + Object.keys(CLASS_STYLES).map((cls) =>
    `.map-country[data-status="${cls}"]>.map-shape{fill:${fillOf(cls, SHAPE_PREFIX)}}`
    + `.map-marker-group[data-fill="${cls}"]>.map-marker{fill:${fillOf(cls, MARKER_PREFIX)}}`
    + `.gnode[data-status="${cls}"]>.glyph{fill:${classStyle(cls).fill}}`).join('\n');
}

const STYLE_ID = 'atlas-status-fills';
/** The class → fill rules, once per document (the map's and the network's hosts both ask; either may be alone). */
export function installStatusStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = statusFillCss();
  document.head.appendChild(style);
}
