// world-atlas countries-110m (Natural Earth 1:110m admin-0, quantised TopoJSON) → one geometry per dataset entity.
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';

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

export const worldTopology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Geometries grouped by dataset id; `unmatched` names base-map shapes that no dataset entity claims. */
export function countryFeatures(
  topo: Topology<{ countries: GeometryCollection<{ name: string }> }>,
  entities: readonly EntityRef[],
): { features: MapFeature[]; unmatched: string[] } {
  const byNumeric = new Map(entities.filter((e) => e.isoNumeric).map((e) => [e.isoNumeric!, e.id]));
  const known = new Set(entities.map((e) => e.id));
  const groups = new Map<string, GeometryObject<{ name: string }>[]>();
  const unmatched: string[] = [];
  for (const g of topo.objects.countries.geometries) {
    const id = (g.id !== undefined && byNumeric.get(String(g.id))) || BY_NAME[g.properties?.name ?? ''];
    if (!id || !known.has(id)) { unmatched.push(g.properties?.name ?? String(g.id)); continue; }
    groups.set(id, [...(groups.get(id) ?? []), g]);
  }
  const features = [...groups].map(([id, geoms]) => ({
    id,
    geometry: geoms.length === 1
      ? feature(topo, geoms[0]).geometry
      : merge(topo, geoms as Parameters<typeof merge>[1]),
  }));
  return { features, unmatched };
}
