import { REGION_PRESETS, fitBox, IDENTITY } from '../../geo/zoom';
import type { MapGeometry } from '../../geo/mapGeometry';
import type { MapZoom } from './useMapZoom';

export const ZOOM_STEP = 1.6;

export function ZoomControls({ zoom, geo }: { zoom: MapZoom; geo: MapGeometry }) {
  return (
    <div className="map-controls" role="toolbar" aria-label="Map zoom">
      <button type="button" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">+</button>
      <button type="button" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">−</button>
      <button type="button" onClick={() => zoom.zoomTo(IDENTITY)} title="Whole world (0)">World</button>
      {REGION_PRESETS.map((r) => (
        <button key={r.id} type="button" onClick={() => zoom.zoomTo(fitBox(geo.projection, r.box, geo.width, geo.height))}>
          {r.label}
        </button>
      ))}
    </div>
  );
}
