// world-atlas countries-110m (Natural Earth 1:110m admin-0, quantised TopoJSON, reduced by geo/reduceTopology.ts)
// → the base-map shapes of each dataset entity. No topojson-client here (the first render runs it); what merges or
// converts shapes is topologyMerge.ts.
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
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

export type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

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
 * Each entity's base-map geometries, in the topology's order: one for most, several where the base map splits what
 * the dataset counts as one (N. Cyprus and Cyprus). `unmatched` names base-map shapes no entity claims.
 */
export function entityGeometries(topo: World, entities: readonly EntityRef[]): { groups: [string, GeometryObject<{ name: string }>[]][]; unmatched: string[] } {
  const groups = new Map<string, GeometryObject<{ name: string }>[]>();
  const unmatched: string[] = [];
  const idOf = geometryIds(topo, entities);
  topo.objects.countries.geometries.forEach((g, i) => {
    const id = idOf[i];
    if (!id) { unmatched.push((g.properties as { name?: string } | undefined)?.name ?? String(g.id)); return; }
    groups.set(id, [...(groups.get(id) ?? []), g]);
  });
  return { groups: [...groups], unmatched };
}
