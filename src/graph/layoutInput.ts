// What the grouped layout reads of an atlas (graph/layoutSim.ts computes the positions from that alone): the layout
// graph's nodes and links, and the countries' clusters, wedges and link counts. Light, and in the first script: the
// layout worker is sent this, not the dataset.
import type { Atlas } from '../data/atlas';
import { BLOC_ORDER, groupCountries, groupOrder, type Grouping } from './grouping';
import { layoutDegrees, layoutGraph, type Positions } from './layout';
import type { LayoutInput } from './layoutSim';
import { nodeRadius } from './nodeSize';

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
  return {
    clusters: [...groupCountries(atlas, countries, grouping, atlas.asOf).values()].filter((ids) => ids.length)
      .map((ids) => ids.map((id) => ({ id, sub: subOf(id), degree: deg.get(id) ?? 0 }))),
    nodes: g.nodes.map((n) => ({ id: n.id, r: nodeRadius(n) })),
    links: g.links.map((l) => ({ source: l.source, target: l.target, family: l.family, partOf: l.relation === 'part_of' })),
  };
}

/** The positions the layout worker's answer gives (x and y of each node, in the order of `input.nodes`). Here, not
 *  beside the worker's handler: that one imports the simulation (d3-force), which the first script must not carry. */
export function positionsOf(input: LayoutInput, xy: Float64Array): Positions {
  const out = new Map<string, { x: number; y: number }>();
  input.nodes.forEach((n, i) => out.set(n.id, { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}
