import { memo } from 'react';
import { CLASS_STYLES, patternId, type PatternKind } from './palette';

const SIZE = 6;
const MARKS: Record<Exclude<PatternKind, 'solid'>, (ink: string) => React.ReactNode> = {
  stripes: (ink) => <path d={`M0,${SIZE} L${SIZE},0 M-1,1 L1,-1 M${SIZE - 1},${SIZE + 1} L${SIZE + 1},${SIZE - 1}`} stroke={ink} strokeWidth={1.3} />,
  dots: (ink) => <circle cx={SIZE / 2} cy={SIZE / 2} r={1.2} fill={ink} />,
  hlines: (ink) => <path d={`M0,${SIZE / 2} H${SIZE}`} stroke={ink} strokeWidth={1.1} />,
  vlines: (ink) => <path d={`M${SIZE / 2},0 V${SIZE}`} stroke={ink} strokeWidth={1.1} />,
  hatch: (ink) => <path d={`M0,${SIZE} L${SIZE},0 M0,0 L${SIZE},${SIZE}`} stroke={ink} strokeWidth={0.6} />,
};

/**
 * The pattern fills of every patterned class, ids prefixed so several SVGs can sit on one page.
 * `scale` undoes a zoom applied to the marks, so stripes keep their on-screen size.
 */
export const PatternDefs = memo(function PatternDefs({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  return (
    <defs>
      {Object.entries(CLASS_STYLES).map(([cls, s]) =>
        s.pattern === 'solid' ? null : (
          <pattern key={cls} id={patternId(prefix, cls)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse"
            patternTransform={scale === 1 ? undefined : `scale(${scale})`}>
            <rect width={SIZE} height={SIZE} fill={s.fill} />
            {MARKS[s.pattern](s.ink)}
          </pattern>
        ),
      )}
    </defs>
  );
});
