// Everything the map draws (shapes, markers, sphere, arrow-key table), once per (dataset, size), from the layout
// shipped with the app. No d3-geo here: this is the first render's path. When the shipped layout does not match the
// dataset (or failed to load), the geometry is computed by mapGeometryComputed.ts, which the map loads on demand and
// node code (slides, exports, tests, the build script) imports directly.
import { MAP_HEIGHT, MAP_WIDTH, type FittedProjection } from './projection';
import type { CountryPath } from './paths';
import { mapLayoutKey, type SerialisedMapLayout } from './mapLayout';
import type { PlacedMarker } from './markers';
import type { NeighbourTable } from './neighbours';
import { arcPathWriter, fromRecipe, polygonKey } from './arcPaths';
import { entityGeometries, worldTopology, type EntityRef } from './topology';

/** Marker radius in viewBox units (about 3.5 css px when the map is 640 px wide). */
export const MARKER_RADIUS = 5;

export interface MapEntity extends EntityRef {
  marker?: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  /** the projection as numbers (projection.ts pointProjector projects with it; d3Projection.ts makes d3's object) */
  projection: FittedProjection;
  sphere: string;
  shapes: CountryPath[];
  markers: PlacedMarker[];
  neighbours: NeighbourTable;
  /** where each drawn id sits (shape centroid or marker position) */
  centre: Map<string, [number, number]>;
}

export function centreOf(shapes: CountryPath[], markers: PlacedMarker[]) {
  return new Map<string, [number, number]>([
    ...shapes.map((s) => [s.id, s.label] as [string, [number, number]]),
    ...markers.map((m) => [m.id, m.at] as [string, [number, number]]),
  ]);
}

export const mapLayoutKeyOf = (entities: readonly MapEntity[], width = MAP_WIDTH, height = MAP_HEIGHT) =>
  mapLayoutKey(entities, worldTopology, width, height, MARKER_RADIUS);

/** The shipped layout (its own small chunk), or null when it cannot be loaded: the geometry is then computed. */
export const loadShippedMapLayout = (): Promise<SerialisedMapLayout | null> =>
  import('./mapLayout.generated.json?parsed').then((m) => m.default as SerialisedMapLayout, () => null);

/**
 * The geometry from the shipped layout (only path strings are written here), or null when there is none or its key
 * does not match the dataset: the caller then computes it (mapGeometryComputed.ts). The shapes' segments are shorter
 * than the projection's resampling step, so resampling adds no point to them: without it, the same strings
 * (mapLayout.test.ts compares them with the computed ones). Written from the arcs (arcPaths.ts), but for the polygons
 * at ±180°, which the layout tells as geoPath drew them. Shapes merged from several base-map shapes come merged in
 * the layout. A polygon or merged shape it does not tell means it is not this map's layout.
 */
export function fromShippedLayout(entities: readonly MapEntity[], shipped: SerialisedMapLayout | null, width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry | null {
  if (!shipped || shipped.key !== mapLayoutKeyOf(entities, width, height)) return null;
  const projection: FittedProjection = { scale: shipped.projection[0], translate: shipped.projection[1] };
  const clipped = new Map(shipped.clipped);
  let told = true;
  const write = arcPathWriter(worldTopology, projection, (polygon, points) => {
    const recipe = clipped.get(polygonKey(polygon));
    if (recipe === undefined) told = false;
    return recipe === undefined ? '' : fromRecipe(recipe, points);
  });
  const merged = new Map(shipped.merged);
  const shapeById = new Map(entityGeometries(worldTopology, entities).groups.map(([id, geoms]) =>
    [id, geoms.length === 1 ? geoms[0] : merged.get(id)]));
  const shapes = shipped.shapes.map(([id, centroid, bounds, label, box]) => {
    const shape = shapeById.get(id);
    if (!shape) told = false;
    return { id, d: shape ? write(shape) : '', centroid, bounds, label, box };
  });
  if (!told) return null;
  const markers = shipped.markers.map(([id, anchor, at]) => ({ id, anchor, at }));
  return { width, height, projection, sphere: shipped.sphere, shapes, markers, neighbours: new Map(shipped.neighbours), centre: centreOf(shapes, markers) };
}

const NO_LAYOUT = {};
const cache = new WeakMap<readonly MapEntity[], WeakMap<object, Map<string, MapGeometry>>>();

/** The one memo of map geometries, on the entity list's identity, the shipped layout given (or none) and the size:
 *  the result never depends on which of them happened to be asked for first. `make` runs on a miss; null is not kept. */
export function memoGeometry(entities: readonly MapEntity[], shipped: SerialisedMapLayout | null, width: number, height: number,
  make: () => MapGeometry | null): MapGeometry | null {
  const byLayout = cache.get(entities) ?? new WeakMap<object, Map<string, MapGeometry>>();
  cache.set(entities, byLayout);
  const bySize = byLayout.get(shipped ?? NO_LAYOUT) ?? new Map<string, MapGeometry>();
  byLayout.set(shipped ?? NO_LAYOUT, bySize);
  const key = `${width}x${height}`;
  const hit = bySize.get(key);
  if (hit) return hit;
  const made = make();
  if (made) bySize.set(key, made);
  return made;
}

/** The geometries computed without a matching layout (geo/mapGeometryComputed.ts), which share the memo. */
const computedOnes = new WeakSet<MapGeometry>();
export const markComputed = (g: MapGeometry): MapGeometry => { computedOnes.add(g); return g; };

/** The first render's geometry: the shipped layout's when it matches (memoised), else null, also once a computed one
 *  is in the memo: the map then keeps drawing through the computed path (views/map/MapView.tsx) rather than being
 *  mounted again, which lost its zoom. */
export function shippedMapGeometry(entities: readonly MapEntity[], shipped: SerialisedMapLayout | null, width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry | null {
  const g = memoGeometry(entities, shipped, width, height, () => fromShippedLayout(entities, shipped, width, height));
  return g && !computedOnes.has(g) ? g : null;
}
