// What merges or converts the base map's shapes with topojson-client: an entity's shape from several base-map shapes,
// GeoJSON features and land borders for the computed geometry, and a bloc's union. Not in the first render, which
// takes the few merged shapes from the shipped layout (mapGeometry.ts).
import { feature, merge, mergeArcs, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import type { ArcShape } from './arcPaths';
import { entityGeometries, geometryIds, type EntityRef, type MapFeature, type World } from './topology';

/**
 * The union of the members' shapes as one geometry: shared borders dissolve (topojson's merge), so a bloc reads as
 * one outline. Members the map draws as markers are left to the caller.
 */
export function mergedShapes(topo: World, entities: readonly EntityRef[], members: ReadonlySet<string>): MultiPolygon {
  const ids = geometryIds(topo, entities);
  const geoms = topo.objects.countries.geometries.filter((_, i) => ids[i] !== undefined && members.has(ids[i]!));
  return merge(topo, geoms as Parameters<typeof merge>[1]);
}

/**
 * Each entity's shape as arcs, in the topology's order: its one geometry, or the union of several (merged arcs,
 * so the border between N. Cyprus and Cyprus dissolves). `unmatched` names base-map shapes no entity claims.
 */
export function entityShapes(topo: World, entities: readonly EntityRef[]): { shapes: [string, ArcShape][]; unmatched: string[] } {
  const { groups, unmatched } = entityGeometries(topo, entities);
  const shapes = groups.map(([id, geoms]): [string, ArcShape] =>
    [id, geoms.length === 1 ? geoms[0] as ArcShape : mergeArcs(topo, geoms as Parameters<typeof mergeArcs>[1])]);
  return { shapes, unmatched };
}

/** The entities whose shape is the union of several base-map shapes (Cyprus, Somalia), merged: the shipped layout
 *  carries them, so that the first render merges nothing. */
export const mergedEntityShapes = (topo: World, entities: readonly EntityRef[]): [string, ArcShape][] => {
  const several = new Set(entityGeometries(topo, entities).groups.filter(([, g]) => g.length > 1).map(([id]) => id));
  return entityShapes(topo, entities).shapes.filter(([id]) => several.has(id));
};

/**
 * Geometries grouped by dataset id; `borders` lists the ids that share a land border (arcs) with each id;
 * `unmatched` names base-map shapes that no dataset entity claims.
 */
export function countryFeatures(
  topo: World,
  entities: readonly EntityRef[],
): { features: MapFeature[]; borders: Map<string, Set<string>>; unmatched: string[] } {
  const { shapes, unmatched } = entityShapes(topo, entities);
  const features = shapes.map(([id, shape]) => ({ id, geometry: (feature(topo, shape) as Feature).geometry }));
  const idOf = geometryIds(topo, entities);
  const borders = new Map<string, Set<string>>();
  neighbors(topo.objects.countries.geometries as Parameters<typeof neighbors>[0]).forEach((list, i) => {
    const a = idOf[i];
    for (const j of list) {
      const b = idOf[j];
      if (a && b && a !== b) borders.set(a, (borders.get(a) ?? new Set()).add(b));
    }
  });
  return { features, borders, unmatched };
}
