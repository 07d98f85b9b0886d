// One memoised component per country shape and per small-state marker (see useMark for why).
import { memo } from 'react';
import { fillOf } from '../../theme/palette';
import { markAttrs, useMark } from './useMark';

interface ShapeProps {
  id: string;
  d: string;
  /** the box whose centre is the label point (geo/paths boxCentredOn) */
  box: [[number, number], [number, number]];
  focusable: boolean;
}

/**
 * The shape is a <g>: the visible path plus an invisible, non-interactive rect that centres the group's bounding
 * box on the label point. Tools that click "the middle of the element" (assistive tech, test automation) then land
 * inside the country even when its box centre is at sea (France with French Guiana) or on a micro-state marker.
 */
export const CountryShape = memo(function CountryShape({ id, d, box, focusable }: ShapeProps) {
  const m = useMark(id);
  return (
    <g
      className="map-country"
      {...markAttrs(id, m, focusable)}
    >
      <path className="map-shape" d={d} fill={fillOf(m.cls, 'mz')} />
      <rect className="map-hitbox" x={box[0][0]} y={box[0][1]} width={box[1][0] - box[0][0]} height={box[1][1] - box[0][1]} />
    </g>
  );
});

interface MarkerProps {
  id: string;
  x: number;
  y: number;
  /** the true location, when the marker had to be nudged off it */
  ax: number;
  ay: number;
  r: number;
  focusable: boolean;
}

export const SmallStateMarker = memo(function SmallStateMarker({ id, x, y, ax, ay, r, focusable }: MarkerProps) {
  const m = useMark(id);
  const nudged = Math.hypot(x - ax, y - ay) > r;
  return (
    <g className="map-marker-group">
      {nudged && <line className="map-leader" x1={ax} y1={ay} x2={x} y2={y} />}
      {/* a white halo keeps the marker visible on a shape of its own colour */}
      <circle className="map-marker-halo" cx={x} cy={y} r={r + 1.5} />
      <circle
        className="map-marker"
        cx={x}
        cy={y}
        r={r}
        fill={fillOf(m.cls, 'mf')}
        {...markAttrs(id, m, focusable)}
      />
    </g>
  );
});
