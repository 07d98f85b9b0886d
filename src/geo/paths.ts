// SVG path strings, computed once per (features, size): React only ever renders strings.
import { geoPath, type GeoProjection } from 'd3';
import type { Geometry, Polygon } from 'geojson';
import type { MapFeature } from './topology';
import { labelPoint, projectShape } from './labels';

export type Point = [number, number];

export interface CountryPath {
  id: string;
  d: string;
  /** centroid of the largest part, so France sits in Europe rather than between it and French Guiana */
  centroid: Point;
  bounds: [Point, Point];
  /** interior point clear of markers (see labels.ts) */
  label: Point;
  /** `bounds` grown just enough to be centred on `label` */
  box: [Point, Point];
}

/** The smallest box containing `bounds` whose centre is `p`. */
export function boxCentredOn([[x0, y0], [x1, y1]]: [Point, Point], p: Point): [Point, Point] {
  return [[Math.min(x0, 2 * p[0] - x1), Math.min(y0, 2 * p[1] - y1)], [Math.max(x1, 2 * p[0] - x0), Math.max(y1, 2 * p[1] - y0)]];
}

function largestPart(geometry: Geometry, area: (g: Polygon) => number): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon);
  return parts.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** The path generator for country shapes (also used with the shipped layout, so both draw the same strings). */
export const shapePath = (projection: GeoProjection) => geoPath(projection).digits(1);

/** `avoid`: points (marker positions) that label points keep `clearance` away from where the shape allows. */
export function computeCountryPaths(
  features: readonly MapFeature[], projection: GeoProjection, avoid: readonly Point[] = [], clearance = 0,
): CountryPath[] {
  const path = shapePath(projection);
  const shapes = features.map((f) => projectShape(f.geometry, projection, path.bounds(f.geometry) as [Point, Point]));
  const overlaps = (a: [Point, Point], b: [Point, Point]) => a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
  return features.map(({ id, geometry }, i) => {
    const main = largestPart(geometry, (g) => path.area(g));
    const centroid = path.centroid(main) as Point;
    const bounds = shapes[i].bounds;
    const others = shapes.filter((o, j) => j !== i && overlaps(bounds, o.bounds));
    const label = labelPoint(shapes[i], path.bounds(main) as [Point, Point], centroid, avoid, clearance, others);
    return { id, d: path(geometry) ?? '', centroid, bounds, label, box: boxCentredOn(bounds, label) };
  });
}

export function spherePath(projection: GeoProjection): string {
  return geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '';
}
