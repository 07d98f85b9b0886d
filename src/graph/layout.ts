// Deterministic force layout, run to completion before the first render. One layout per atlas: the graph at the
// dataset's as-of date with every family, so positions never jump when the date, lens, filters or families change
// (nodes absent at an earlier date are hidden, not moved). The result ships precomputed (layout.generated.json,
// written by `npm run graph:layout`) and is used when its key matches the atlas; otherwise it is computed here.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { Atlas } from '../data/atlas';
import { buildGraph, type EdgeFamily, type Graph, type GraphNode } from './model';
import { isHub, nodeRadius } from './nodeSize';
import precomputed from './layout.generated.json';

export interface Point { x: number; y: number }
export type Positions = ReadonlyMap<string, Point>;

/** UN regional groups placed round a ring, roughly as on a world map, so the graph and the map read alike. */
const REGION_CENTRES: Record<string, Point> = {
  'un-weog': { x: -190, y: -60 },
  'un-eastern-european': { x: -10, y: -185 },
  'un-asia-pacific': { x: 200, y: -20 },
  'un-african': { x: 80, y: 175 },
  'un-grulac': { x: -185, y: 145 },
};
const NO_REGION: Point = { x: 0, y: 230 };
/** The universal hubs sit where most of their parties are, apart from each other, so their labels never collide. */
const HUB_ANCHORS: Record<string, Point> = {
  budapest: { x: -110, y: 20 }, 'un-convention': { x: 120, y: 80 }, interpol: { x: 260, y: 240 }, untoc: { x: -260, y: -220 },
};

/** Universal families would pull every node to one point: they barely tug. Bloc-like families tug the most. */
const LINK_STRENGTH: Record<EdgeFamily, number> = {
  budapest: 0.03, 'un-convention': 0.03, interpol: 0.002, untoc: 0.002, europol: 0.06, eurojust: 0.06,
  'cloud-act': 0.4, agencies: 0.4, regional: 0.12, structure: 0.5,
};
// A good start (region spirals) settles in fewer ticks than the default 300; alphaDecay is matched to the count.
const TICKS = 150;

interface SimNode extends SimulationNodeDatum { id: string; anchor: Point | null; hub: boolean; r: number }
type SimLink = SimulationLinkDatum<SimNode> & { family: EdgeFamily };

const regionOf = (atlas: Atlas, id: string): Point | null => {
  if (HUB_ANCHORS[id]) return HUB_ANCHORS[id];
  const c = atlas.countryById.get(id);
  return c ? REGION_CENTRES[c.regions[0]] ?? NO_REGION : null;
};

/** The graph the layout is computed on: every link at the as-of date, plus nodes only present at earlier dates. */
export function layoutGraph(atlas: Atlas): Graph {
  const g = buildGraph(atlas, atlas.asOf);
  const extra: GraphNode[] = [];
  for (const e of atlas.edges)
    for (const id of [e.source, e.target]) {
      const c = atlas.countryById.get(id);
      if (c && !g.nodeById.has(id) && !extra.some((n) => n.id === id)) extra.push({ id, kind: 'country', label: c.name });
    }
  if (!extra.length) return g;
  const nodes = [...g.nodes, ...extra];
  return { ...g, nodes, nodeById: new Map(nodes.map((n) => [n.id, n])) };
}

/** Runs the simulation synchronously (fixed tick count; d3-force's default random source is a fixed-seed LCG). */
export function computeLayout(atlas: Atlas): Map<string, Point> {
  const g = layoutGraph(atlas);
  // Start from a deterministic spiral round each node's region centre (or its partners' centres for organisations).
  const anchorOf = new Map<string, Point | null>(g.nodes.map((n) => [n.id, regionOf(atlas, n.id)]));
  const inRegion = new Map<Point, number>();
  const nodes: SimNode[] = g.nodes.map((n) => {
    let anchor = anchorOf.get(n.id) ?? null;
    let start = anchor;
    if (!start) {
      const partners = (g.linksOf.get(n.id) ?? []).map((lid) => g.linkById.get(lid)!).map((l) => anchorOf.get(l.source === n.id ? l.target : l.source)).filter((p): p is Point => !!p);
      start = partners.length
        ? { x: partners.reduce((s, p) => s + p.x, 0) / partners.length, y: partners.reduce((s, p) => s + p.y, 0) / partners.length }
        : { x: 0, y: 0 };
      anchor = null;
    }
    const k = inRegion.get(start) ?? 0;
    inRegion.set(start, k + 1);
    const angle = k * 2.399963; // golden angle: an even spiral with no random numbers
    const dist = 12 * Math.sqrt(k);
    return { id: n.id, anchor, hub: isHub(n.id), r: nodeRadius(n), x: start.x + dist * Math.cos(angle), y: start.y + dist * Math.sin(angle) };
  });
  const links: SimLink[] = g.links.map((l) => ({ source: l.source, target: l.target, family: l.family }));

  const sim = forceSimulation<SimNode>(nodes)
    .force('link', forceLink<SimNode, SimLink>(links).id((d) => d.id)
      .strength((l) => LINK_STRENGTH[l.family])
      .distance((l) => (l.family === 'structure' || l.family === 'cloud-act' ? 30 : 50)))
    .force('charge', forceManyBody<SimNode>().strength((d) => (d.hub ? -300 : d.anchor ? -30 : -60)).distanceMax(220))
    .force('collide', forceCollide<SimNode>((d) => d.r + 3.5).iterations(2))
    .force('x', forceX<SimNode>((d) => d.anchor?.x ?? 0).strength((d) => (d.anchor ? 0.07 : 0.015)))
    .force('y', forceY<SimNode>((d) => d.anchor?.y ?? 0).strength((d) => (d.anchor ? 0.07 : 0.015)))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop();
  sim.tick(TICKS);

  return new Map(nodes.map((n) => [n.id, { x: Math.round(n.x! * 10) / 10, y: Math.round(n.y! * 10) / 10 }]));
}

/** Fingerprint of the layout's inputs (nodes, their regions, links and families): FNV-1a over a canonical string. */
export function layoutKey(atlas: Atlas): string {
  const g = layoutGraph(atlas);
  const text = [
    ...g.nodes.map((n) => `${n.id}@${atlas.countryById.get(n.id)?.regions[0] ?? ''}`),
    ...g.links.map((l) => `${l.source}>${l.target}:${l.family}`),
  ].join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${g.nodes.length}-${g.links.length}-${(h >>> 0).toString(16)}`;
}

export interface SerialisedLayout { key: string; /** id → [x, y] */ positions: Record<string, number[]> }
export const serialiseLayout = (key: string, p: Positions): SerialisedLayout =>
  ({ key, positions: Object.fromEntries([...p].map(([id, { x, y }]) => [id, [x, y]])) });

const cache = new WeakMap<Atlas, Map<string, Point>>();
/** The layout of an atlas: the shipped one when it was computed from the same inputs, else computed once. */
export function layoutOf(atlas: Atlas): Positions {
  let p = cache.get(atlas);
  if (!p) {
    const start = performance.now();
    const shipped: SerialisedLayout = precomputed;
    p = shipped.key === layoutKey(atlas)
      ? new Map(Object.entries(shipped.positions).map(([id, xy]) => [id, { x: xy[0], y: xy[1] }]))
      : computeLayout(atlas);
    cache.set(atlas, p);
    performance.measure('graph:layout', { start, end: performance.now() });
  }
  return p;
}
