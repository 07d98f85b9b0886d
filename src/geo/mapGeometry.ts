// Everything the map draws, computed once per (dataset, size): shapes, markers, sphere, arrow-key table.
import type { GeoProjection } from 'd3';
import { fittedProjection, makeProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { computeCountryPaths, shapePath, spherePath, type CountryPath } from './paths';
import { mapLayoutKey, type SerialisedMapLayout } from './mapLayout';
import { placeMarkers, type PlacedMarker } from './markers';
import { neighbourTable, type NeighbourTable } from './neighbours';
import { arcPathWriter, fromRecipe, geoPathOf, polygonKey, polygonRecipe, type PolygonRecipe } from './arcPaths';
import { countryFeatures, entityShapes, worldTopology, type EntityRef } from './topology';

/** Marker radius in viewBox units (about 3.5 css px when the map is 640 px wide). */
export const MARKER_RADIUS = 5;

export interface MapEntity extends EntityRef {
  marker?: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  projection: GeoProjection;
  sphere: string;
  shapes: CountryPath[];
  markers: PlacedMarker[];
  neighbours: NeighbourTable;
  /** where each drawn id sits (shape centroid or marker position) */
  centre: Map<string, [number, number]>;
}

/** Computes everything from the topology (the build script, and the fallback when the shipped layout is stale). */
export function computeMapGeometry(entities: readonly MapEntity[], width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry {
  const projection = makeProjection(width, height);
  // an entity with a marker is drawn as the marker only, even if the base map has a sliver of it
  const withMarker = new Set(entities.filter((e) => e.marker).map((e) => e.id));
  const { features, borders } = countryFeatures(worldTopology, entities);
  const markerInputs = entities.filter((e) => e.marker).map((e) => ({ id: e.id, lonLat: e.marker! }));
  // label points keep clear of markers' true positions; markers then move off the few label points they still cover
  const anchors = markerInputs.map((m) => projection(m.lonLat)!);
  const shapes = computeCountryPaths(features.filter((f) => !withMarker.has(f.id)), projection, anchors, MARKER_RADIUS * 2);
  const markers = placeMarkers(markerInputs, projection, MARKER_RADIUS, 1, shapes.map((s) => s.label));
  const neighbours = neighbourTable([...centreOf(shapes, markers)].map(([id, at]) => ({ id, at })), borders);
  return assemble(width, height, projection, shapes, markers, neighbours);
}

function centreOf(shapes: CountryPath[], markers: PlacedMarker[]) {
  return new Map<string, [number, number]>([
    ...shapes.map((s) => [s.id, s.label] as [string, [number, number]]),
    ...markers.map((m) => [m.id, m.at] as [string, [number, number]]),
  ]);
}

function assemble(width: number, height: number, projection: GeoProjection, shapes: CountryPath[], markers: PlacedMarker[], neighbours: NeighbourTable): MapGeometry {
  return { width, height, projection, sphere: spherePath(projection), shapes, markers, neighbours, centre: centreOf(shapes, markers) };
}

export const mapLayoutKeyOf = (entities: readonly MapEntity[], width = MAP_WIDTH, height = MAP_HEIGHT) =>
  mapLayoutKey(entities, worldTopology, width, height, MARKER_RADIUS);

/** The shipped layout (its own small chunk), or null when it cannot be loaded: the geometry is then computed. */
export const loadShippedMapLayout = (): Promise<SerialisedMapLayout | null> =>
  import('./mapLayout.generated.json').then((m) => m.default as SerialisedMapLayout, () => null);

/** The polygons of the drawn shapes that d3's antimeridian clip redraws, as geoPath draws them, told as recipes
 *  (shipped in the layout, so that the first render runs no geoPath: ~10 ms of cold code for Chukotka and Antarctica). */
export function clippedPolygons(entities: readonly MapEntity[], width = MAP_WIDTH, height = MAP_HEIGHT): [string, PolygonRecipe | string][] {
  const out: [string, PolygonRecipe | string][] = [];
  const viaGeoPath = geoPathOf(worldTopology, shapePath(makeProjection(width, height).precision(0)));
  const write = arcPathWriter(worldTopology, makeProjection(width, height), (polygon, points) => {
    const d = viaGeoPath(polygon);
    out.push([polygonKey(polygon), polygonRecipe(d, points)]);
    return d;
  });
  const withMarker = new Set(entities.filter((e) => e.marker).map((e) => e.id));
  for (const [id, shape] of entityShapes(worldTopology, entities).shapes) if (!withMarker.has(id)) write(shape);
  return out;
}

/** The shipped layout when its key matches (only path strings are written here), else computeMapGeometry. */
export function buildMapGeometry(entities: readonly MapEntity[], shipped: SerialisedMapLayout | null, width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry {
  if (shipped?.key !== mapLayoutKeyOf(entities, width, height)) return computeMapGeometry(entities, width, height);
  const projection = fittedProjection(...shipped.projection);
  // The shapes' segments are shorter than the projection's resampling step, so resampling adds no point to them:
  // without it, the same strings (mapLayout.test.ts compares them with computeMapGeometry's). Written from the arcs
  // (arcPaths.ts), but for the polygons at ±180°, which the layout tells as geoPath drew them.
  const clipped = new Map(shipped.clipped);
  let viaGeoPath: ReturnType<typeof geoPathOf> | undefined;
  const write = arcPathWriter(worldTopology, projection, (polygon, points) => {
    const recipe = clipped.get(polygonKey(polygon));
    return recipe !== undefined ? fromRecipe(recipe, points)
      : (viaGeoPath ??= geoPathOf(worldTopology, shapePath(fittedProjection(...shipped.projection).precision(0))))(polygon);
  });
  const shapeById = new Map(entityShapes(worldTopology, entities).shapes);
  const shapes = shipped.shapes.map(([id, centroid, bounds, label, box]) =>
    ({ id, d: write(shapeById.get(id)!), centroid, bounds, label, box }));
  const markers = shipped.markers.map(([id, anchor, at]) => ({ id, anchor, at }));
  return { width, height, projection, sphere: shipped.sphere, shapes, markers, neighbours: new Map(shipped.neighbours), centre: centreOf(shapes, markers) };
}

const NO_LAYOUT = {};
const cache = new WeakMap<readonly MapEntity[], WeakMap<object, Map<string, MapGeometry>>>();

/** Memoised on the entity list's identity, the shipped layout given (or none) and the size: the result never
 *  depends on which of them happened to be asked for first. */
export function mapGeometry(entities: readonly MapEntity[], shipped: SerialisedMapLayout | null = null, width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry {
  const byLayout = cache.get(entities) ?? new WeakMap<object, Map<string, MapGeometry>>();
  cache.set(entities, byLayout);
  const bySize = byLayout.get(shipped ?? NO_LAYOUT) ?? new Map<string, MapGeometry>();
  byLayout.set(shipped ?? NO_LAYOUT, bySize);
  const key = `${width}x${height}`;
  if (!bySize.has(key)) bySize.set(key, buildMapGeometry(entities, shipped, width, height));
  return bySize.get(key)!;
}
