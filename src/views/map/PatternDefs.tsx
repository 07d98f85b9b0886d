import { createElement, memo } from 'react';
import { patternId } from '../../theme/palette';
import { PATTERN_SIZE as SIZE, PATTERN_TILES } from '../../theme/patterns';

// SVG attribute names (stroke-width) as React props (strokeWidth)
const camel = (attrs: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]));

/**
 * The pattern fills of every patterned class, ids prefixed so several SVGs can sit on one page.
 * `scale` undoes a zoom applied to the marks, so stripes keep their on-screen size.
 */
export const PatternDefs = memo(function PatternDefs({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  return (
    <defs>
      {PATTERN_TILES.map((p) => (
        <pattern key={p.cls} id={patternId(prefix, p.cls)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse"
          patternTransform={scale === 1 ? undefined : `scale(${scale})`}>
          <rect width={SIZE} height={SIZE} fill={p.fill} />
          {createElement(p.mark.tag, camel(p.mark.attrs))}
        </pattern>
      ))}
    </defs>
  );
});
