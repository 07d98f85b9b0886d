// world-atlas countries-110m (Natural Earth 1:110m admin-0, quantised TopoJSON, reduced by geo/reduceTopology.ts)
// → one geometry per dataset entity.
import { feature, merge, mergeArcs, neighbors } from 'topojson-client';
import type { ArcShape } from './arcPaths';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiPolygon } from 'geojson';
import world from './world110m.generated.json';

export interface MapFeature {
  id: string;
  geometry: Geometry;
}

export interface EntityRef {
  id: string;
  isoNumeric?: string;
}

/**
 * Base-map shapes without an ISO numeric id. Kosovo keeps its own shape (XKX, as the dataset records it).
 * 'N. Cyprus' and 'Somaliland' are merged into Cyprus and Somalia: UN usage treats both as part of those
 * states, so the map draws no border for them (the merge dissolves it).
 */
const BY_NAME: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

/** The shipped file stores arcs flat (see geo/reduceTopology.ts); TopoJSON wants [dx, dy] pairs. */
export const worldTopology = {
  ...world,
  arcs: world.arcs.map((flat) => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]])),
} as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The dataset id of each base-map geometry (undefined where no entity claims it), in the topology's order. */
export function geometryIds(topo: World, entities: readonly EntityRef[]): (string | undefined)[] {
  const byNumeric = new Map(entities.filter((e) => e.isoNumeric).map((e) => [e.isoNumeric!, e.id]));
  const known = new Set(entities.map((e) => e.id));
  return topo.objects.countries.geometries.map((g) => {
    const name = (g.properties as { name?: string } | undefined)?.name ?? String(g.id);
    const id = (g.id !== undefined && byNumeric.get(String(g.id))) || BY_NAME[name];
    return id && known.has(id) ? id : undefined;
  });
}

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
  const groups = new Map<string, GeometryObject<{ name: string }>[]>();
  const unmatched: string[] = [];
  const idOf = geometryIds(topo, entities);
  topo.objects.countries.geometries.forEach((g, i) => {
    const id = idOf[i];
    if (!id) { unmatched.push((g.properties as { name?: string } | undefined)?.name ?? String(g.id)); return; }
    groups.set(id, [...(groups.get(id) ?? []), g]);
  });
  const shapes = [...groups].map(([id, geoms]): [string, ArcShape] =>
    [id, geoms.length === 1 ? geoms[0] as ArcShape : mergeArcs(topo, geoms as Parameters<typeof mergeArcs>[1])]);
  return { shapes, unmatched };
}

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
