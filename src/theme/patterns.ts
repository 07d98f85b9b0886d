// The marks inside each pattern tile, as data: the React <defs> (live page) and the string renderers (exports,
// snapshots) draw the same tiles from here.
import { CLASS_STYLES, patternId, type PatternKind } from './palette';

export const PATTERN_SIZE = 6;
const S = PATTERN_SIZE;

export interface TileMark { tag: 'path' | 'circle'; attrs: Record<string, string | number> }

const MARKS: Record<Exclude<PatternKind, 'solid'>, (ink: string) => TileMark> = {
  stripes: (ink) => ({ tag: 'path', attrs: { d: `M0,${S} L${S},0 M-1,1 L1,-1 M${S - 1},${S + 1} L${S + 1},${S - 1}`, stroke: ink, 'stroke-width': 1.3 } }),
  dots: (ink) => ({ tag: 'circle', attrs: { cx: S / 2, cy: S / 2, r: 1.2, fill: ink } }),
  hlines: (ink) => ({ tag: 'path', attrs: { d: `M0,${S / 2} H${S}`, stroke: ink, 'stroke-width': 1.1 } }),
  vlines: (ink) => ({ tag: 'path', attrs: { d: `M${S / 2},0 V${S}`, stroke: ink, 'stroke-width': 1.1 } }),
  hatch: (ink) => ({ tag: 'path', attrs: { d: `M0,${S} L${S},0 M0,0 L${S},${S}`, stroke: ink, 'stroke-width': 0.6 } }),
};

export interface PatternTile { cls: string; fill: string; mark: TileMark }

/** One tile per patterned class. */
export const PATTERN_TILES: readonly PatternTile[] = Object.entries(CLASS_STYLES).flatMap(([cls, s]) =>
  s.pattern === 'solid' ? [] : [{ cls, fill: s.fill, mark: MARKS[s.pattern](s.ink) }]);

/** The <defs> as SVG text, ids prefixed as in the live page; `scale` undoes a zoom applied to the marks. */
export function patternDefsSvg(prefix: string, scale = 1): string {
  const transform = scale === 1 ? '' : ` patternTransform="scale(${scale})"`;
  return `<defs>${PATTERN_TILES.map((p) => `<pattern id="${patternId(prefix, p.cls)}" width="${S}" height="${S}" patternUnits="userSpaceOnUse"${transform}>`
    + `<rect width="${S}" height="${S}" fill="${p.fill}"/><${p.mark.tag}${Object.entries(p.mark.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}/></pattern>`).join('')}</defs>`;
}
