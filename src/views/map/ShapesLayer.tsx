import { memo } from 'react';
import type { CountryPath } from '../../geo/paths';
import { CountryShape } from './marks';

export const ShapesLayer = memo(function ShapesLayer({ shapes, focusId }: { shapes: CountryPath[]; focusId: string | null }) {
  return <g className="map-shapes">{shapes.map((s) => <CountryShape key={s.id} id={s.id} d={s.d} box={s.box} focusable={s.id === focusId} />)}</g>;
});
