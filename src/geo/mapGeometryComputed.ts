// The map's geometry computed from the topology with d3-geo: the build script (npm run map:layout), node code
// (slides, exports, tests) and, loaded on demand, the map when the shipped layout does not match the dataset.
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { d3Projection, fittedOf, makeProjection } from './d3Projection';
import { computeCountryPaths, shapePath, spherePath } from './paths';
import type { SerialisedMapLayout } from './mapLayout';
import { placeMarkers } from './markers';
import { neighbourTable } from './neighbours';
import { arcPathWriter, polygonKey, polygonRecipe, type ArcPolygon, type PolygonRecipe } from './arcPaths';
import { worldTopology } from './topology';
import { countryFeatures, entityShapes } from './topologyMerge';
import { centreOf, fromShippedLayout, markComputed, MARKER_RADIUS, memoGeometry, type MapEntity, type MapGeometry } from './mapGeometry';

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
  return { width, height, projection: fittedOf(projection), sphere: spherePath(projection), shapes, markers, neighbours, centre: centreOf(shapes, markers) };
}

/** A polygon of the topology as geoPath draws it (geoPath(projection) with precision 0, digits 1: paths.ts's shapePath). */
export const geoPathOf = (topo: Topology, path: (g: Geometry) => string | null) =>
  (polygon: ArcPolygon) => path((feature(topo, polygon) as Feature).geometry) ?? '';

/** The polygons of the drawn shapes that d3's antimeridian clip redraws, as geoPath draws them, told as recipes
 *  (shipped in the layout, so that the first render runs no geoPath: ~10 ms of cold code for Chukotka and Antarctica). */
export function clippedPolygons(entities: readonly MapEntity[], width = MAP_WIDTH, height = MAP_HEIGHT): [string, PolygonRecipe | string][] {
  const out: [string, PolygonRecipe | string][] = [];
  const fitted = fittedOf(makeProjection(width, height));
  const viaGeoPath = geoPathOf(worldTopology, shapePath(d3Projection(fitted).precision(0)));
  const write = arcPathWriter(worldTopology, fitted, (polygon, points) => {
    const d = viaGeoPath(polygon);
    out.push([polygonKey(polygon), polygonRecipe(d, points)]);
    return d;
  });
  const withMarker = new Set(entities.filter((e) => e.marker).map((e) => e.id));
  for (const [id, shape] of entityShapes(worldTopology, entities).shapes) if (!withMarker.has(id)) write(shape);
  return out;
}

/** The shipped layout's geometry when it matches, else the computed one; memoised with the first render's
 *  (mapGeometry.ts memoGeometry), so the live map and the slides share one. */
export const mapGeometry = (entities: readonly MapEntity[], shipped: SerialisedMapLayout | null = null, width = MAP_WIDTH, height = MAP_HEIGHT): MapGeometry =>
  memoGeometry(entities, shipped, width, height,
    () => fromShippedLayout(entities, shipped, width, height) ?? markComputed(computeMapGeometry(entities, width, height)))!;
