// A bloc's outline on the map at a date: the boundary of the union of its members' shapes (inner borders dissolved)
// and the members drawn as markers (Malta, Luxembourg, Singapore…), which the painter rings. Pure. It needs d3-geo and
// topojson's merge, so the map painter loads it when an outline is first asked for; the SVG renderer imports it.
import type { MultiPolygon } from 'geojson';
import type { MapGeometry } from './mapGeometry';
import { d3Projection } from './d3Projection';
import { shapePath } from './paths';
import { worldTopology, type EntityRef } from './topology';
import { mergedShapes } from './topologyMerge';

export interface MapBlocOutline {
  /** SVG path of the union of the members' shapes ('' when no member has a shape) */
  d: string;
  /** the union as a geometry (lon/lat), for tests and exports */
  geometry: MultiPolygon;
  /** members drawn as markers */
  markers: string[];
}

export function mapBlocOutline(geo: MapGeometry, entities: readonly EntityRef[], members: ReadonlySet<string>): MapBlocOutline {
  const shaped = new Set(geo.shapes.filter((s) => members.has(s.id)).map((s) => s.id));
  const geometry = mergedShapes(worldTopology, entities, shaped);
  return {
    d: geometry.coordinates.length ? shapePath(d3Projection(geo.projection))(geometry) ?? '' : '',
    geometry,
    markers: geo.markers.filter((m) => members.has(m.id)).map((m) => m.id),
  };
}
