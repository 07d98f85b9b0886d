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
  /** Every node of the layout graph, in its order, with its glyph's radius. */
  nodes: { id: string; r: number }[];
  /** Every link of the layout graph, in its order; `partOf`: a body's link to the country it belongs to. */
  links: { source: string; target: string; family: EdgeFamily; partOf: boolean }[];
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
type SimLink = SimulationLinkDatum<SimNode> & { family: EdgeFamily; strength: number; distance: number };

/** Deterministic: a fixed geometric placement for countries, then a fixed tick count (d3-force's random source is a
 * fixed-seed LCG) for the hubs. */
export function layoutFrom(input: LayoutInput): Map<string, Point> {
  // node id → its links, in link order (the hubs' starting points and the lone partners read them)
  const linksOf = new Map<string, LayoutInput['links']>();
  for (const l of input.links)
    for (const end of [l.source, l.target]) {
      const ls = linksOf.get(end);
      if (ls) ls.push(l);
      else linksOf.set(end, [l]);
    }
  // Cluster centres round a ring, each at a distance that clears the hub space and its neighbours.
  const radii = input.clusters.map((c) => clusterRadius(c.length));
  const maxR = Math.max(...radii);
  const ring = HUB_SPACE + maxR + SPACING;
  const total = radii.reduce((s, r) => s + r, 0);
  const pos = new Map<string, Point>();
  let sweep = -Math.PI; // start on the left (west)
  input.clusters.forEach((members, gi) => {
    const share = (radii[gi] / total) * 2 * Math.PI;
    const a = sweep + share / 2;
    sweep += share;
    const centre = { x: ring * Math.cos(a) * 1.15, y: ring * Math.sin(a) };
    const placed = fillCluster(members, sunflower(members.length, centre), centre, a);
    for (const [id, p] of placed) pos.set(id, p);
  });
  const extent = ring + maxR;

  // Hubs: start at the mean of their partners (or the middle), then settle with countries fixed. A national body's
  // home is the first country it is part of (one pass over the links, not one per node: at ten times the network
  // that search alone cost a second).
  const homeOf = new Map<string, string>();
  for (const l of input.links) if (l.partOf && pos.has(l.target) && !homeOf.has(l.source)) homeOf.set(l.source, l.target);
  const nodes: SimNode[] = input.nodes.map((n) => {
    const fixed = pos.get(n.id);
    const corner = CORNER_HUBS[n.id];
    if (fixed) return { id: n.id, r: n.r, x: fixed.x, y: fixed.y, fx: fixed.x, fy: fixed.y };
    if (corner) return { id: n.id, r: n.r, x: corner.x * extent, y: corner.y * extent, fx: corner.x * extent * 1.1, fy: corner.y * extent * 0.95 };
    const home = homeOf.get(n.id);
    if (home) { const c = pos.get(home)!; return { id: n.id, r: n.r, x: c.x * 0.9, y: c.y * 0.9 }; }
    const partners = (linksOf.get(n.id) ?? []).filter((l) => LINK_STRENGTH[l.family] > 0)
      .map((l) => pos.get(l.source === n.id ? l.target : l.source)).filter((p): p is Point => !!p);
    const mean = partners.length
      ? { x: partners.reduce((s, p) => s + p.x, 0) / partners.length * 0.5, y: partners.reduce((s, p) => s + p.y, 0) / partners.length * 0.5 }
      : { x: 0, y: 0 };
    return { id: n.id, r: n.r, x: mean.x, y: mean.y };
  });
  // A national body (a prosecutors' office, a police agency) sits beside its country, however far its partners are.
  const national = new Set(input.links.filter((l) => l.partOf && pos.has(l.target)).map((l) => l.source));
  const links: SimLink[] = input.links.filter((l) => LINK_STRENGTH[l.family] > 0).map((l) => {
    const own = l.partOf && national.has(l.source) && pos.has(l.target);
    // a body's links to partners elsewhere barely pull (a partner with no other tie still follows it)
    const lone = (id: string) => (linksOf.get(id)?.length ?? 0) <= 1;
    const strength = own ? 1 : (national.has(l.source) && !lone(l.target)) || (national.has(l.target) && !lone(l.source)) ? 0.01 : LINK_STRENGTH[l.family];
    return { source: l.source, target: l.target, family: l.family, strength, distance: own ? SPACING : SPACING * 2 };
  });
  // A tick budget that shrinks past ~500 nodes: only the hubs move, and at ten times the network 200 full ticks cost
  // seconds of main-thread time for little change in where they settle.
  const ticks = Math.max(MIN_TICKS, Math.round(TICKS * Math.min(1, TICK_NODES / nodes.length)));
  const room = (d: SimNode) => (d.fx === undefined ? d.r + SPACING * 0.9 : d.r + 6);
  const large = nodes.length >= LARGE;
  const sim = forceSimulation<SimNode>(nodes)
    .force('link', forceLink<SimNode, SimLink>(links).id((d) => d.id).strength((l) => l.strength).distance((l) => l.distance))
    .force('charge', large ? forceChargeMoving<SimNode>(-120, 160) : forceManyBody<SimNode>().strength(-120).distanceMax(160))
    .force('collide', large ? forceCollideMoving<SimNode>(room, 3) : forceCollide<SimNode>(room).iterations(3))
    .force('x', forceX<SimNode>(0).strength(0.02))
    .force('y', forceY<SimNode>(0).strength(0.02))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  sim.tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: Math.round(n.x! * 10) / 10, y: Math.round(n.y! * 10) / 10 }]));
}

