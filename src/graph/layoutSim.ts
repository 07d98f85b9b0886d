// The grouped layout's geometry and force simulation (see graph/layout.ts for what it shows), from plain input that
// graph/layoutInput.ts prepares from the atlas. No dataset here: the layout worker is sent these few arrays, not the
// dataset (at ten times the network, cloning the dataset into the message took ~125 ms of the main thread, and the
// worker then normalised it and built the graph again).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import { SPACING, type Point } from './layout';
import type { EdgeFamily } from './model';
import { forceChargeMoving, forceCollideMoving } from './movingForces';

export interface LayoutInput {
  /** The countries of each cluster, clusters in ring order (empty ones left out): each with its wedge (sub-group)
   *  and its number of links. */
  clusters: ClusterMember[][];
  /** Every node of the layout graph, in its order. */
  ids: string[];
  /** Each node's glyph radius. */
  radii: Float64Array;
  /** Every link of the layout graph, in its order, as numbers (transferred to the worker, not cloned: the ten-times
   *  network's 15,000 link objects took ~70 ms of the main thread to clone): link i joins node `ends[2i]` to node
   *  `ends[2i + 1]` (indices into `ids`), in family `familyNames[families[i]]`; `partOf[i]` is 1 for a body's link to
   *  the country it belongs to. */
  ends: Int32Array;
  families: Uint8Array;
  familyNames: EdgeFamily[];
  partOf: Uint8Array;
}
export interface ClusterMember { id: string; sub: number; degree: number }

/** Radius of the empty middle the hubs settle in. */
const HUB_SPACE = 120;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Near-universal instruments sit apart, in corners, so their few drawn links do not cross the picture. */
const CORNER_HUBS: Record<string, Point> = { interpol: { x: 1, y: 1 }, untoc: { x: -1, y: -1 } };

/** Families that pull a hub towards its partners; the near-universal ones barely do. */
const LINK_STRENGTH: Record<EdgeFamily, number> = {
  budapest: 0.05, 'un-convention': 0.05, interpol: 0, untoc: 0, europol: 0.08, eurojust: 0.08,
  'cloud-act': 0.5, 'contact-points': 0.08, capacity: 0.15, agencies: 0.5, regional: 0.15, structure: 0.6,
};
const TICKS = 200;
const MIN_TICKS = 40;
const TICK_NODES = 500;
/** From this many nodes (the real network has ~230, the bench's ten-fold one 2,543), collision and charge act on the
 * moving nodes only (graph/movingForces.ts): at ten times the network d3's forces over every node took 1.4 s of the
 * 1.6 s. Below it d3's own, with which the shipped layout was computed, so that layout stays as it is. */
export const LARGE = 1000;

/** Slots of a sunflower disc of n points centred on c, one SPACING apart (Vogel's model). */
export function sunflower(n: number, c: Point): Point[] {
  const k = SPACING / Math.sqrt(Math.PI) * 1.05;
  return Array.from({ length: n }, (_, i) => {
    const r = k * Math.sqrt(i + 0.5);
    return { x: c.x + r * Math.cos(i * GOLDEN), y: c.y + r * Math.sin(i * GOLDEN) };
  });
}
const clusterRadius = (n: number) => (SPACING / Math.sqrt(Math.PI)) * 1.05 * Math.sqrt(n);

/** Fills a cluster's slots: one wedge per sub-group (in sub-group order), the most connected outermost in a wedge. */
export function fillCluster(members: readonly ClusterMember[], slots: readonly Point[], centre: Point, outward: number): Map<string, Point> {
  const angle = (p: Point) => {
    // angle round the cluster, starting opposite the outward direction so wedges meet at the inner side
    const a = Math.atan2(p.y - centre.y, p.x - centre.x) - outward - Math.PI;
    return ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  };
  const bySweep = slots.map((p, i) => ({ p, a: angle(p), i })).sort((u, v) => u.a - v.a || u.i - v.i);
  const ordered = [...members].sort((u, v) => u.sub - v.sub || v.degree - u.degree || (u.id < v.id ? -1 : 1));
  const out = new Map<string, Point>();
  let at = 0;
  for (let s = 0; s < ordered.length;) {
    let e = s;
    while (e < ordered.length && ordered[e].sub === ordered[s].sub) e++;
    const wedge = bySweep.slice(at, at + (e - s)).map((w) => w.p);
    at += e - s;
    const dist = (p: Point) => Math.hypot(p.x - centre.x, p.y - centre.y);
    wedge.sort((u, v) => dist(v) - dist(u) || u.x - v.x || u.y - v.y);
    ordered.slice(s, e).forEach((m, i) => out.set(m.id, wedge[i]));
    s = e;
  }
  return out;
}

interface SimNode extends SimulationNodeDatum { id: string; r: number }
type SimLink = SimulationLinkDatum<SimNode> & { strength: number; distance: number };

/** Deterministic: a fixed geometric placement for countries, then a fixed tick count (d3-force's random source is a
 * fixed-seed LCG) for the hubs. Positions as x and y of each node, in the order of `input.ids`, to 0.1 units. */
export function layoutFrom(input: LayoutInput): Float64Array {
  const { ids, ends, partOf } = input;
  const n = ids.length, m = ends.length / 2;
  const strengthOf = (i: number) => LINK_STRENGTH[input.familyNames[input.families[i]]];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  // node → its links, in link order (the hubs' starting points and the lone partners read them)
  const linksOf: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < m; i++) { linksOf[ends[2 * i]].push(i); linksOf[ends[2 * i + 1]].push(i); }
  // Cluster centres round a ring, each at a distance that clears the hub space and its neighbours.
  const radii = input.clusters.map((c) => clusterRadius(c.length));
  const maxR = Math.max(...radii);
  const ring = HUB_SPACE + maxR + SPACING;
  const total = radii.reduce((s, r) => s + r, 0);
  const pos: (Point | undefined)[] = new Array(n);
  let sweep = -Math.PI; // start on the left (west)
  input.clusters.forEach((members, gi) => {
    const share = (radii[gi] / total) * 2 * Math.PI;
    const a = sweep + share / 2;
    sweep += share;
    const centre = { x: ring * Math.cos(a) * 1.15, y: ring * Math.sin(a) };
    const placed = fillCluster(members, sunflower(members.length, centre), centre, a);
    for (const [id, p] of placed) pos[indexOf.get(id)!] = p;
  });
  const extent = ring + maxR;

  // Hubs: start at the mean of their partners (or the middle), then settle with countries fixed. A national body's
  // home is the first country it is part of (one pass over the links, not one per node: at ten times the network
  // that search alone cost a second).
  const homeOf = new Map<number, number>();
  for (let i = 0; i < m; i++) if (partOf[i] && pos[ends[2 * i + 1]] && !homeOf.has(ends[2 * i])) homeOf.set(ends[2 * i], ends[2 * i + 1]);
  const nodes: SimNode[] = ids.map((id, i) => {
    const r = input.radii[i];
    const fixed = pos[i];
    const corner = CORNER_HUBS[id];
    if (fixed) return { id, r, x: fixed.x, y: fixed.y, fx: fixed.x, fy: fixed.y };
    if (corner) return { id, r, x: corner.x * extent, y: corner.y * extent, fx: corner.x * extent * 1.1, fy: corner.y * extent * 0.95 };
    const home = homeOf.get(i);
    if (home !== undefined) { const c = pos[home]!; return { id, r, x: c.x * 0.9, y: c.y * 0.9 }; }
    const partners = linksOf[i].filter((l) => strengthOf(l) > 0)
      .map((l) => pos[ends[2 * l] === i ? ends[2 * l + 1] : ends[2 * l]]).filter((p): p is Point => !!p);
    const mean = partners.length
      ? { x: partners.reduce((s, p) => s + p.x, 0) / partners.length * 0.5, y: partners.reduce((s, p) => s + p.y, 0) / partners.length * 0.5 }
      : { x: 0, y: 0 };
    return { id, r, x: mean.x, y: mean.y };
  });
  // A national body (a prosecutors' office, a police agency) sits beside its country, however far its partners are.
  const national = new Set<number>();
  for (let i = 0; i < m; i++) if (partOf[i] && pos[ends[2 * i + 1]]) national.add(ends[2 * i]);
  // a body's links to partners elsewhere barely pull (a partner with no other tie still follows it)
  const lone = (k: number) => linksOf[k].length <= 1;
  const links: SimLink[] = [];
  for (let i = 0; i < m; i++) {
    if (!(strengthOf(i) > 0)) continue;
    const source = ends[2 * i], target = ends[2 * i + 1];
    const own = !!partOf[i] && national.has(source) && !!pos[target];
    const strength = own ? 1 : (national.has(source) && !lone(target)) || (national.has(target) && !lone(source)) ? 0.01 : strengthOf(i);
    links.push({ source, target, strength, distance: own ? SPACING : SPACING * 2 });
  }
  // A tick budget that shrinks past ~500 nodes: only the hubs move, and at ten times the network 200 full ticks cost
  // seconds of main-thread time for little change in where they settle.
  const ticks = Math.max(MIN_TICKS, Math.round(TICKS * Math.min(1, TICK_NODES / nodes.length)));
  const room = (d: SimNode) => (d.fx === undefined ? d.r + SPACING * 0.9 : d.r + 6);
  const large = nodes.length >= LARGE;
  // links name their ends by index (d3's default id)
  const sim = forceSimulation<SimNode>(nodes)
    .force('link', forceLink<SimNode, SimLink>(links).strength((l) => l.strength).distance((l) => l.distance))
    .force('charge', large ? forceChargeMoving<SimNode>(-120, 160) : forceManyBody<SimNode>().strength(-120).distanceMax(160))
    .force('collide', large ? forceCollideMoving<SimNode>(room, 3) : forceCollide<SimNode>(room).iterations(3))
    .force('x', forceX<SimNode>(0).strength(0.02))
    .force('y', forceY<SimNode>(0).strength(0.02))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  sim.tick(ticks);
  const xy = new Float64Array(2 * n);
  nodes.forEach((d, i) => { xy[2 * i] = Math.round(d.x! * 10) / 10; xy[2 * i + 1] = Math.round(d.y! * 10) / 10; });
  return xy;
}
