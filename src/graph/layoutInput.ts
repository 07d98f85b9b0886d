// What the grouped layout reads of an atlas (graph/layoutSim.ts computes the positions from that alone): the layout
// graph's nodes and links, and the countries' clusters, wedges and link counts. Light, and in the first script: the
// layout worker is sent this, not the dataset.
import type { Atlas } from '../data/atlas';
import { BLOC_ORDER, groupCountries, groupOrder, type Grouping } from './grouping';
import { layoutDegrees, layoutGraph, type Positions } from './layout';
import type { LayoutInput } from './layoutSim';
import { nodeRadius } from './nodeSize';
import type { EdgeFamily } from './model';

export function layoutInput(atlas: Atlas, grouping: Grouping = 'region'): LayoutInput {
  const g = layoutGraph(atlas);
  const deg = layoutDegrees(atlas);
  const countries = g.nodes.filter((n) => n.kind === 'country').map((n) => n.id);
  const subOf = (id: string) => {
    // within a UN group, bloc wedges (EU together); within a bloc, UN groups
    if (grouping === 'region') {
      const b = atlas.membershipsByCountry.get(id)?.filter((m) => m.status !== 'observer' && m.status !== 'withdrawn').map((m) => m.bloc) ?? [];
      const i = BLOC_ORDER.findIndex((x) => b.includes(x));
      return i < 0 ? BLOC_ORDER.length : i;
    }
    const r = atlas.countryById.get(id)?.regions[0];
    const order = groupOrder('region');
    return r && order.includes(r) ? order.indexOf(r) : order.length;
  };
  const familyNames: EdgeFamily[] = [];
  const familyCode = new Map<EdgeFamily, number>();
  const indexOf = new Map(g.nodes.map((n, i) => [n.id, i]));
  const ends = new Int32Array(2 * g.links.length), families = new Uint8Array(g.links.length), partOf = new Uint8Array(g.links.length);
  g.links.forEach((l, i) => {
    let f = familyCode.get(l.family);
    if (f === undefined) { familyCode.set(l.family, (f = familyNames.length)); familyNames.push(l.family); }
    ends[2 * i] = indexOf.get(l.source)!;
    ends[2 * i + 1] = indexOf.get(l.target)!;
    families[i] = f;
    partOf[i] = l.relation === 'part_of' ? 1 : 0;
  });
  return {
    clusters: [...groupCountries(atlas, countries, grouping, atlas.asOf).values()].filter((ids) => ids.length)
      .map((ids) => ids.map((id) => ({ id, sub: subOf(id), degree: deg.get(id) ?? 0 }))),
    ids: g.nodes.map((n) => n.id),
    radii: Float64Array.from(g.nodes, nodeRadius),
    ends, families, familyNames, partOf,
  };
}

/** The buffers of an input's numbers, to transfer rather than clone. */
export const inputBuffers = (input: LayoutInput): ArrayBuffer[] =>
  [input.radii, input.ends, input.families, input.partOf].map((a) => a.buffer as ArrayBuffer);

/** The positions a layout's answer gives (x and y of each node, in the order of `input.ids`). Here, not beside the
 *  simulation: that one imports d3-force, which the first script must not carry. */
export function positionsOf(input: LayoutInput, xy: Float64Array): Positions {
  const out = new Map<string, { x: number; y: number }>();
  input.ids.forEach((id, i) => out.set(id, { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}
