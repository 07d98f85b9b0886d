// A label point per shape: inside it, far from its edges and clear of small-state markers. Tooltips and keyboard
// focus anchor there, arrow keys measure from there, and each shape's hit box is centred on it (see marks.tsx).
import { geoPath, type GeoProjection } from 'd3';
import type { Geometry } from 'geojson';
import type { Point } from './paths';

/** A shape as drawn: its projected rings (clipped at the antimeridian, as geoPath clips them) and bounds. */
export interface ProjectedShape {
  rings: Point[][];
  bounds: [Point, Point];
}

/** Records the rings geoPath draws, so point tests see exactly the drawn shape. */
export function projectShape(geometry: Geometry, projection: GeoProjection, bounds: [Point, Point]): ProjectedShape {
  const rings: Point[][] = [];
  const recorder = {
    beginPath: () => {},
    moveTo: (x: number, y: number) => { rings.push([[x, y]]); },
    lineTo: (x: number, y: number) => { rings[rings.length - 1].push([x, y]); },
    closePath: () => { const r = rings[rings.length - 1]; r.push(r[0]); },
    arc: () => {},
  };
  geoPath(projection, recorder)(geometry);
  return { rings, bounds };
}

export function containsPoint(shape: ProjectedShape, p: Point): boolean {
  const [[x0, y0], [x1, y1]] = shape.bounds;
  if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) return false;
  let inside = false; // even-odd over all rings, so holes (Lesotho in South Africa) count as outside
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * `seed` (the largest part's centroid) if it is inside the shape, outside `others` (110m Israel covers the West
 * Bank) and at least `clearance` from every `avoid` point; otherwise the best of a grid over `area` (that part's
 * projected bounds): inside, outside `others`, clear when possible, then farthest from the edge.
 */
export function labelPoint(
  shape: ProjectedShape, area: [Point, Point], seed: Point,
  avoid: readonly Point[] = [], clearance = 0, others: readonly ProjectedShape[] = [],
): Point {
  const distanceTo = (p: Point, s: ProjectedShape) => {
    let d = Infinity;
    for (const ring of s.rings) for (let i = 1; i < ring.length; i++) d = Math.min(d, segmentDistance(p, ring[i - 1], ring[i]));
    return d;
  };
  // Far from its own edge and from the edges of shapes drawn over it, whose strokes would take the click.
  const edgeDistance = (p: Point) => others.reduce((d, o) => Math.min(d, distanceTo(p, o)), distanceTo(p, shape));
  const clearOf = (c: Point) => avoid.every((a) => Math.hypot(a[0] - c[0], a[1] - c[1]) >= clearance);
  // most shapes: the centroid already qualifies (a unit inside, clear of neighbours' strokes), and the grid is skipped
  if (containsPoint(shape, seed) && clearOf(seed) && !others.some((o) => containsPoint(o, seed)) && edgeDistance(seed) >= 1) return seed;
  const [[x0, y0], [x1, y1]] = area;
  const candidates: Point[] = [];
  const n = 10;
  for (let i = 0; i <= n; i++) for (let j = 0; j <= n; j++) candidates.push([x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n]);
  const scored: { c: Point; score: number }[] = [];
  for (const c of candidates) {
    if (!containsPoint(shape, c)) continue;
    scored.push({ c, score: edgeDistance(c) + (clearOf(c) ? 1e6 : 0) });
  }
  scored.sort((a, b) => b.score - a.score);
  // overlap with other shapes is rare, so it is checked from the best candidate down
  return (scored.find(({ c }) => !others.some((o) => containsPoint(o, c))) ?? scored[0])?.c ?? seed;
}
