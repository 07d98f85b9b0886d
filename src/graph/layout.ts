// A layout that carries meaning, computed before the first render. Countries sit in one cluster per group (UN
// regional group by default, bloc as an option), the groups round a ring roughly as on a world map; within a
// cluster, countries of the same bloc share a wedge and the most connected sit on the outer edge, where their labels
// have room. Organisations, agencies and instruments settle as hubs between the groups they link (a force
// simulation in which the countries are fixed). One layout per atlas and grouping: the graph at the dataset's as-of
// date with every family, so positions never jump when the date, lens, filters or families change. The default
// grouping ships precomputed (layout.generated.json, written by `npm run graph:layout`) and is used when its key
// matches the atlas; otherwise, and for other groupings, it is computed by graph/forceLayout.ts, in a worker
// (graph/arrange.ts). This module holds what the first paint needs: the key check, the shipped positions, degrees.
import type { Atlas } from '../data/atlas';
import type { Grouping } from './grouping';
import { asOfGraph, type Graph, type GraphNode } from './model';
import precomputed from './layout.generated.json';
import { provenFacts } from '../data/provenCore';

export interface Point { x: number; y: number }
export type Positions = ReadonlyMap<string, Point>;

/** Distance between neighbouring countries in a cluster, in layout units (≈ screen px at zoom 1). */
export const SPACING = 24;

const graphCache = new WeakMap<Atlas, Graph>();
/** The graph the layout is computed on: every link at the as-of date, plus nodes only present at earlier dates. Kept
 * per atlas: the key check and the labels' degrees both read it (at ten times the network it costs ~50 ms). */
export function layoutGraph(atlas: Atlas): Graph {
  let g = graphCache.get(atlas);
  if (!g) graphCache.set(atlas, (g = withEarlierNodes(atlas)));
  return g;
}
function withEarlierNodes(atlas: Atlas): Graph {
  const g = asOfGraph(atlas);
  const extra: GraphNode[] = [];
  const added = new Set<string>();
  for (const e of atlas.edges)
    for (const id of [e.source, e.target]) {
      const c = atlas.countryById.get(id);
      if (c && !g.nodeById.has(id) && !added.has(id)) { added.add(id); extra.push({ id, kind: 'country', label: c.name }); }
    }
  if (!extra.length) return g;
  const nodes = [...g.nodes, ...extra];
  return { ...g, nodes, nodeById: new Map(nodes.map((n) => [n.id, n])) };
}

/** Links per node, without the near-universal families (which say little about who a country works with). */
export function degrees(g: Graph): Map<string, number> {
  const d = new Map<string, number>();
  for (const l of g.links) {
    if (l.family === 'interpol' || l.family === 'untoc') continue;
    for (const id of [l.source, l.target]) d.set(id, (d.get(id) ?? 0) + 1);
  }
  return d;
}

/** Fingerprint of the layout's inputs (nodes, their groups, blocs, links and families): FNV-1a over a canonical string. */
export function layoutKey(atlas: Atlas, grouping: Grouping = 'region'): string {
  const g = layoutGraph(atlas);
  const text = [
    `v2:${grouping}`,
    ...g.nodes.map((n) => `${n.id}@${atlas.countryById.get(n.id)?.regions[0] ?? ''}:${(atlas.membershipsByCountry.get(n.id) ?? []).map((m) => `${m.bloc}/${m.status}/${m.until ?? ''}`).join(',')}`),
    ...g.links.map((l) => `${l.source}>${l.target}:${l.family}`),
  ].join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${sizeOf(g)}${(h >>> 0).toString(16)}`;
}
/** The key's first part: its node and link counts. */
const sizeOf = (g: Graph) => `${g.nodes.length}-${g.links.length}-`;

export interface SerialisedLayout { key: string; /** id → [x, y] */ positions: Record<string, number[]> }
export const serialiseLayout = (key: string, p: Positions): SerialisedLayout =>
  ({ key, positions: Object.fromEntries([...p].map(([id, { x, y }]) => [id, [x, y]])) });

const deserialiseLayout = (s: SerialisedLayout): Positions =>
  new Map(Object.entries(s.positions).map(([id, xy]) => [id, { x: xy[0], y: xy[1] }]));

const cache = new WeakMap<Atlas, Map<Grouping, Positions>>();
/** The layout when it costs nothing: already computed for this atlas and grouping, or the shipped one when it was
 * computed from the same inputs (checked by key). Null when it has to be computed (see graph/arrange.ts). */
export function readyLayout(atlas: Atlas, grouping: Grouping = 'region'): Positions | null {
  let per = cache.get(atlas);
  if (!per) cache.set(atlas, (per = new Map()));
  let p = per.get(grouping);
  if (!p && grouping === 'region') {
    const start = performance.now();
    const shipped: SerialisedLayout = precomputed;
    // The core the build checked comes with its key (data/provenCore.ts): nothing to build or hash. Otherwise counts
    // first: another network (ten times the shipped one) is told apart without hashing it (~25 ms there).
    const proven = provenFacts(atlas)?.layoutKey;
    if (proven !== undefined ? shipped.key === proven : shipped.key.startsWith(sizeOf(layoutGraph(atlas))) && shipped.key === layoutKey(atlas, grouping)) {
      per.set(grouping, (p = deserialiseLayout(shipped)));
      performance.measure('graph:layout', { start, end: performance.now() });
    }
  }
  return p ?? null;
}

/** Keeps a layout computed elsewhere (the layout worker) for this atlas and grouping. */
export function rememberLayout(atlas: Atlas, grouping: Grouping, p: Positions): void {
  let per = cache.get(atlas);
  if (!per) cache.set(atlas, (per = new Map()));
  per.set(grouping, p);
}

const degreeCache = new WeakMap<Atlas, Map<string, number>>();
/** Degrees in the layout graph (every date, near-universal families left out): the label priority of countries. */
export function layoutDegrees(atlas: Atlas): ReadonlyMap<string, number> {
  let d = degreeCache.get(atlas);
  if (!d) degreeCache.set(atlas, (d = degrees(layoutGraph(atlas))));
  return d;
}
