// Prints what the dataset says (per-lens class counts, graph size per edge family), so journeys compare the
// page against the data rather than against numbers typed into a test. Run with tsx.
import fs from 'node:fs';
import { normaliseDataset } from '../../../src/data/atlas';
import { LENS_IDS, countByClass, statusAt } from '../../../src/data/lenses';
import { buildGraph } from '../../../src/graph/model';
import type { Dataset } from '../../../src/data/schema';

const atlas = normaliseDataset(JSON.parse(fs.readFileSync(new URL('../../../data/atlas.json', import.meta.url), 'utf8')) as Dataset);
const graph = buildGraph(atlas, atlas.asOf);
const linksByFamily: Record<string, number> = {};
for (const l of graph.links) linksByFamily[l.family] = (linksByFamily[l.family] ?? 0) + 1;
console.log(JSON.stringify({
  asOf: atlas.asOf,
  countries: atlas.countries.length,
  names: Object.fromEntries(atlas.countries.map((c) => [c.id, c.name])),
  /** states too small for the base map, drawn as fixed-size markers */
  markers: atlas.countries.filter((c) => c.marker).map((c) => c.id),
  counts: Object.fromEntries(LENS_IDS.map((l) => [l, countByClass(atlas, l, atlas.asOf)])),
  status: Object.fromEntries(LENS_IDS.map((l) => [l, Object.fromEntries(atlas.countries.map((c) => [c.id, statusAt(atlas, l, c.id, atlas.asOf).cls]))])),
  graphNodes: graph.nodes.length,
  linksByFamily,
}));
