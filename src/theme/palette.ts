// Class → colour and pattern, shared by the map, the legend, the graph and the exports.
// Okabe–Ito colours (safe for the common colour-vision deficiencies) plus a pattern per class, so that classes of
// similar lightness (e.g. Yes and No) still differ in greyscale print. "no-data" is a pale hatch, never a colour.
import { LENSES, type LensId } from '../data/lenses';

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'hlines' | 'vlines' | 'hatch';

export interface ClassStyle {
  /** background colour */
  fill: string;
  /** colour of the pattern's marks */
  ink: string;
  pattern: PatternKind;
}

export const OKABE_ITO = {
  orange: '#E69F00', skyBlue: '#56B4E9', green: '#009E73', yellow: '#F0E442', blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7',
} as const;

/** One style per class id: a class means the same thing (and looks the same) under every lens that has it. */
export const CLASS_STYLES = {
  party: { fill: OKABE_ITO.blue, ink: OKABE_ITO.blue, pattern: 'solid' },
  ratified: { fill: OKABE_ITO.blue, ink: OKABE_ITO.blue, pattern: 'solid' },
  signatory: { fill: '#A9D8F3', ink: '#0A5A8C', pattern: 'stripes' },
  invited: { fill: '#F6CF7A', ink: '#8A5A00', pattern: 'dots' },
  none: { fill: '#D8D2C4', ink: '#D8D2C4', pattern: 'solid' },
  yes: { fill: OKABE_ITO.green, ink: OKABE_ITO.green, pattern: 'solid' },
  no: { fill: OKABE_ITO.vermillion, ink: '#6B2A00', pattern: 'stripes' },
  abstain: { fill: OKABE_ITO.yellow, ink: '#7A6F00', pattern: 'dots' },
  absent: { fill: '#E3B3CF', ink: '#7D3A62', pattern: 'hlines' },
  'not-member': { fill: '#9A9A9A', ink: '#4D4D4D', pattern: 'vlines' },
  // Unknown at the date: a mid grey with crosses, distinct from "not party" (beige) and "no data" (pale hatch).
  unknown: { fill: '#B8B8C8', ink: '#4A4A66', pattern: 'hatch' },
  'no-data': { fill: '#FAFAFA', ink: '#B9B9B9', pattern: 'hatch' },
} as const satisfies Record<string, ClassStyle>;

export type StyledClass = keyof typeof CLASS_STYLES;

export const classStyle = (cls: string): ClassStyle => CLASS_STYLES[cls as StyledClass] ?? CLASS_STYLES['no-data'];

export interface PaletteEntry extends ClassStyle {
  cls: string;
  label: string;
}

/** The legend of each lens, in the lens's class order. */
export const PALETTES = Object.fromEntries(
  Object.values(LENSES).map((lens) => [lens.id, lens.classes.map((cls) => ({ cls, label: lens.classLabels[cls], ...classStyle(cls) }))]),
) as Record<LensId, PaletteEntry[]>;

/** Outlines of the selection's relations on the map: in force at the date, and not in force (shown apart). */
export const RELATION_OUTLINES = { active: { stroke: '#e69f00' }, apart: { stroke: '#0072b2', dash: '4 3' } } as const;

/** A bloc's outline on the map (a line with a white casing, rings round member markers) and its soft hull on the
 *  network: one purple, apart from every class colour and from the relation outlines. */
export const BLOC_OUTLINE = { stroke: '#7b3294', casing: '#ffffff', hullFill: '#f2e6f7', hullRim: '#7b3294' } as const;

/** Matrix cells by relation state: the live matrix's backgrounds and inks (views/graph/graph.css) and the slide's. */
export const MATRIX_CELL = {
  'in-force': { fill: '#2f6db5', ink: '#ffffff' }, signed: { fill: '#a9c4e6', ink: '#1d2330' }, negotiating: { fill: '#e6eef8', ink: '#1d2330' },
  suspended: { fill: '#f2d0c4', ink: '#7a2e12' }, unknown: { fill: '#f4f4f4', ink: '#6b7280' },
} as const;

/** A count's grey pill after a heading ("Signed 72"): the record's and live matrix's `.count` (record.css, graph.css)
 *  and the matrix slide's, in SVG and .pptx. */
export const COUNT_MARK = { ground: '#e8ebf1' } as const;

/** Outline for a fact that is unverified. */
export const FLAGGED_OUTLINE = { stroke: '#1d2330', dash: '3 2' } as const;

export const patternId = (prefix: string, cls: string) => `${prefix}-pat-${cls}`;

/** The `fill` attribute of a mark of class `cls`, given the prefix of the pattern <defs> in the same SVG. */
export function fillOf(cls: string, prefix: string): string {
  const s = classStyle(cls);
  return s.pattern === 'solid' ? s.fill : `url(#${patternId(prefix, cls)})`;
}
