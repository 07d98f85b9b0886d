// SVG path strings, computed once per (features, size): React only ever renders strings.
import { geoPath, type GeoProjection } from 'd3';
import type { Geometry, Polygon } from 'geojson';
import type { MapFeature } from './topology';

export type Point = [number, number];

export interface CountryPath {
  id: string;
  d: string;
  /** centroid of the largest part, so France sits in Europe rather than between it and French Guiana */
  centroid: Point;
  bounds: [Point, Point];
}

function largestPart(geometry: Geometry, area: (g: Polygon) => number): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon);
  return parts.reduce((a, b) => (area(b) > area(a) ? b : a));
}

export function computeCountryPaths(features: readonly MapFeature[], projection: GeoProjection): CountryPath[] {
  const path = geoPath(projection).digits(1);
  return features.map(({ id, geometry }) => ({
    id,
    d: path(geometry) ?? '',
    centroid: path.centroid(largestPart(geometry, (g) => path.area(g))) as Point,
    bounds: path.bounds(geometry) as [Point, Point],
  }));
}

export function spherePath(projection: GeoProjection): string {
  return geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '';
}
