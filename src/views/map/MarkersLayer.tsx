// Small states as fixed-size circles: outside the zoomed <g>, placed at the zoomed position, so they keep their
// size (and their nudge away from each other stays a few pixels) at every zoom.
import { memo } from 'react';
import type { PlacedMarker } from '../../geo/markers';
import type { ZoomTransform } from '../../geo/zoom';
import { SmallStateMarker } from './marks';

interface Props {
  markers: PlacedMarker[];
  t: ZoomTransform;
  r: number;
  focusId: string | null;
  /** marker with visible keyboard focus: a ring larger than the marker, so it shows at world scale */
  ringId: string | null;
}

export const MarkersLayer = memo(function MarkersLayer({ markers, t, r, focusId, ringId }: Props) {
  const place = (m: PlacedMarker) => [t.k * m.anchor[0] + t.x + m.at[0] - m.anchor[0], t.k * m.anchor[1] + t.y + m.at[1] - m.anchor[1]];
  const ring = markers.find((m) => m.id === ringId);
  return (
    <g className="map-markers">
      {ring && <circle className="marker-focus-ring" cx={place(ring)[0]} cy={place(ring)[1]} r={r + 4} aria-hidden="true" />}
      {markers.map((m) => {
        const ax = t.k * m.anchor[0] + t.x;
        const ay = t.k * m.anchor[1] + t.y;
        return (
          <SmallStateMarker key={m.id} id={m.id} r={r} ax={ax} ay={ay}
            x={ax + m.at[0] - m.anchor[0]} y={ay + m.at[1] - m.anchor[1]} focusable={m.id === focusId} />
        );
      })}
    </g>
  );
});
