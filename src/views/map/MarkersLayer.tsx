// Small states as fixed-size circles: outside the zoomed <g>, placed at the zoomed position, so they keep their
// size (and their nudge away from each other stays a few pixels) at every zoom.
import { memo } from 'react';
import { markerOnScreen, type PlacedMarker } from '../../geo/markers';
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
  const ring = markers.find((m) => m.id === ringId);
  const ringAt = ring && markerOnScreen(ring, t);
  return (
    <g className="map-markers">
      {ringAt && <circle className="marker-focus-ring" cx={ringAt[0]} cy={ringAt[1]} r={r + 4} aria-hidden="true" />}
      {markers.map((m) => {
        const [x, y] = markerOnScreen(m, t);
        return (
          <SmallStateMarker key={m.id} id={m.id} r={r} x={x} y={y}
            ax={t.k * m.anchor[0] + t.x} ay={t.k * m.anchor[1] + t.y} focusable={m.id === focusId} />
        );
      })}
    </g>
  );
});
