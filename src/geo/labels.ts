// A label point per shape: inside it, far from its edges and clear of small-state markers. Tooltips and keyboard
// focus anchor there, arrow keys measure from there, and each shape's hit box is centred on it (see marks.tsx).
import { geoContains, type GeoProjection } from 'd3';
import type { Geometry, Position } from 'geojson';
import type { Point } from './paths';

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * The best of a grid of candidates over `area` (the largest part's projected bounds) and `seed` (its centroid):
 * inside the geometry, at least `clearance` from every `avoid` point when possible, then farthest from the edge.
 */
export function labelPoint(
  geometry: Geometry, projection: GeoProjection, area: [Point, Point], seed: Point, avoid: readonly Point[] = [], clearance = 0,
  /** other shapes that may overlap this one (110m Israel covers the West Bank): the point stays out of them */
  others: readonly Geometry[] = [],
): Point {
  const edges = rings(geometry).map((ring) => ring.map((c) => projection(c as [number, number]) ?? [NaN, NaN]) as Point[]);
  const edgeDistance = (p: Point) => {
    let d = Infinity;
    for (const ring of edges) for (let i = 1; i < ring.length; i++) {
      // a segment that jumps across the map is the antimeridian cut, not an edge
      if (Math.abs(ring[i][0] - ring[i - 1][0]) < 200) d = Math.min(d, segmentDistance(p, ring[i - 1], ring[i]));
    }
    return d;
  };
  const [[x0, y0], [x1, y1]] = area;
  const candidates: Point[] = [seed];
  const n = 10;
  for (let i = 0; i <= n; i++) for (let j = 0; j <= n; j++) candidates.push([x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n]);
  const scored: { c: Point; lonLat: [number, number]; score: number }[] = [];
  for (const c of candidates) {
    const lonLat = projection.invert?.(c);
    if (!lonLat || !geoContains(geometry, lonLat)) continue;
    const clear = avoid.every((a) => Math.hypot(a[0] - c[0], a[1] - c[1]) >= clearance);
    scored.push({ c, lonLat, score: edgeDistance(c) + (clear ? 1e6 : 0) });
  }
  scored.sort((a, b) => b.score - a.score);
  // overlap tests are costly, so only the best candidates are checked
  return (scored.find((s) => !others.some((o) => geoContains(o, s.lonLat))) ?? scored[0])?.c ?? seed;
}
