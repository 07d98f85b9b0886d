// The slow part of the map geometry (label points, hit boxes, marker placement, arrow-key table: ~100–250 ms in
// the browser) depends only on the dataset's entities and the fixed viewBox, so it ships precomputed
// (mapLayout.generated.json, written by `npm run map:layout`, its own chunk fetched beside the data chunk) and is
// used when loaded and its key matches; paths stay runtime (written from the arcs, arcPaths.ts: the TopoJSON is far
// smaller than path strings), but for the few polygons at the antimeridian.
import type { CountryPath, Point } from './paths';
import type { PlacedMarker } from './markers';
import type { NeighbourTable } from './neighbours';
import type { Topology } from 'topojson-specification';
import type { FittedProjection } from './projection';
import type { ArcShape, PolygonRecipe } from './arcPaths';

interface KeyEntity { id: string; isoNumeric?: string; marker?: [number, number] }

/** The shipped layout: shapes without their path strings, markers and the arrow-key table, in drawing order; and
 *  what the first render would otherwise need d3-geo or topojson-client for: the projection's fitted scale and
 *  translation, the sphere, the few polygons d3's antimeridian clip redraws (arcPaths.ts), by their arcs
 *  (polygonKey), and the entities drawn as the union of several base-map shapes (Cyprus, Somalia), merged. */
export interface SerialisedMapLayout {
  key: string;
  shapes: [id: string, centroid: Point, bounds: [Point, Point], label: Point, box: [Point, Point]][];
  markers: [id: string, anchor: Point, at: Point][];
  neighbours: [id: string, row: Partial<Record<string, string>>][];
  projection: [scale: number, translate: Point];
  sphere: string;
  clipped: [polygon: string, d: PolygonRecipe | string][];
  merged: [id: string, shape: ArcShape][];
}

/** A hash of everything the layout is computed from (inputs, not code: the freshness test catches code changes). */
export function mapLayoutKey(entities: readonly KeyEntity[], topo: Topology, width: number, height: number, markerRadius: number): string {
  const text = [`${width}x${height}r${markerRadius}a${topo.arcs.length}q${topo.transform?.scale.join(',') ?? ''}`,
    ...entities.map((e) => `${e.id}:${e.isoNumeric ?? ''}:${e.marker?.join(',') ?? ''}`)].join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${entities.length}-${(h >>> 0).toString(16)}`;
}

// 1e-6 of a viewBox unit: invisible, and a third smaller than full doubles
const r6 = ([x, y]: Point): Point => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
const box6 = ([a, b]: [Point, Point]): [Point, Point] => [r6(a), r6(b)];

export function serialiseMapLayout(
  key: string,
  g: { shapes: CountryPath[]; markers: PlacedMarker[]; neighbours: NeighbourTable; projection: FittedProjection; sphere: string },
  clipped: [polygon: string, d: PolygonRecipe | string][],
  merged: [id: string, shape: ArcShape][],
): SerialisedMapLayout {
  return {
    key,
    shapes: g.shapes.map((s) => [s.id, r6(s.centroid), box6(s.bounds), r6(s.label), box6(s.box)]),
    markers: g.markers.map((m) => [m.id, r6(m.anchor), r6(m.at)]),
    neighbours: [...g.neighbours],
    // exact: the runtime projection must be the same numbers as the fitted one
    projection: [g.projection.scale, g.projection.translate],
    sphere: g.sphere,
    clipped,
    merged,
  };
}
