// The story of one node: who it works with directly, who it reaches through a national body (the Republic of Korea
// reaches the FBI, BKA, EC3 and Microsoft through its Supreme Prosecutors' Office), and an arrangement of that ego
// network round it, in sectors by the state of the relation. Pure.
import type { Point } from './layout';
import type { Graph, GraphLink } from './model';

/** The states the ego network is grouped by, strongest first. */
export const STATE_GROUPS = ['in-force', 'signed', 'negotiating', 'suspended'] as const;
export type StateGroup = (typeof STATE_GROUPS)[number];
export function stateGroupOf(stage: string): StateGroup {
  if (stage === 'signed' || stage === 'invited' || stage === 'deposited') return 'signed';
  if (stage === 'negotiating') return 'negotiating';
  if (stage === 'suspended') return 'suspended';
  return 'in-force';
}

const other = (l: GraphLink, id: string) => (l.source === id ? l.target : l.source);
const linksAt = (g: Graph, id: string, keep?: (l: GraphLink) => boolean) =>
  (g.linksOf.get(id) ?? []).map((lid) => g.linkById.get(lid)!).filter((l) => !keep || keep(l));

/** National bodies of a country (a prosecutors' office, a police agency: nodes that are `part_of` it), which pass
 * their partners through to it. Only countries have them: an agency inside an organisation is the organisation's. */
export function intermediariesOf(g: Graph, id: string, keep?: (l: GraphLink) => boolean): string[] {
  if (g.nodeById.get(id)?.kind !== 'country') return [];
  return linksAt(g, id, keep).filter((l) => l.relation === 'part_of' && l.target === id).map((l) => l.source).sort();
}

export interface Reach {
  /** direct partners and the state group of their strongest relation */
  direct: Map<string, StateGroup>;
  /** partners reached through a national body → that body */
  via: Map<string, string>;
  /** the links that carry the story: centre–partner and body–partner */
  links: Set<string>;
}

/** Direct partners of `id`, and the partners of its national bodies. */
export function reach(g: Graph, id: string, keep?: (l: GraphLink) => boolean): Reach {
  const direct = new Map<string, StateGroup>();
  const links = new Set<string>();
  for (const l of linksAt(g, id, keep)) {
    const o = other(l, id);
    const s = stateGroupOf(l.stage);
    const prev = direct.get(o);
    if (!prev || STATE_GROUPS.indexOf(s) < STATE_GROUPS.indexOf(prev)) direct.set(o, s);
    links.add(l.id);
  }
  const via = new Map<string, string>();
  for (const body of intermediariesOf(g, id, keep))
    for (const l of linksAt(g, body, keep)) {
      const o = other(l, body);
      if (o === id) continue;
      links.add(l.id);
      if (!direct.has(o) && !via.has(o)) via.set(o, body);
    }
  return { direct, via, links };
}

export interface EgoSector { state: StateGroup; angle: number; count: number }
export interface EgoLayout { positions: Map<string, Point>; sectors: EgoSector[]; rings: number[] }

/** Space between neighbours on a ring, layout units. */
const ARC = 30;
const MIN_R = 90;

/** Sorting key inside a sector: bodies and instruments first, then countries; by name. */
const kindRank: Record<string, number> = { organisation: 0, agency: 1, instrument: 2, company: 3, country: 4 };

/** The ego network of `id` at `depth` (1 or 2) round it: direct partners on the inner ring in one sector per state
 * (in force, signed, negotiating, suspended), partners reached through a national body and second-step neighbours
 * on the outer ring beside the node they come through. Deterministic; centred on (0, 0). */
export function egoLayout(g: Graph, id: string, depth: 1 | 2, keep?: (l: GraphLink) => boolean): EgoLayout {
  const r = reach(g, id, keep);
  const name = (n: string) => g.nodeById.get(n)?.label ?? n;
  const inner = [...r.direct.keys()].sort((a, b) =>
    STATE_GROUPS.indexOf(r.direct.get(a)!) - STATE_GROUPS.indexOf(r.direct.get(b)!)
    || (kindRank[g.nodeById.get(a)?.kind ?? 'country'] - kindRank[g.nodeById.get(b)?.kind ?? 'country'])
    || name(a).localeCompare(name(b)));
  const positions = new Map<string, Point>([[id, { x: 0, y: 0 }]]);
  // a gap of one slot between sectors, so the groups read apart
  const states = STATE_GROUPS.filter((s) => inner.some((n) => r.direct.get(n) === s));
  const slots = inner.length + states.length;
  const r1 = Math.max(MIN_R, (slots * ARC) / (2 * Math.PI));
  const angleOf = new Map<string, number>();
  const sectors: EgoSector[] = [];
  let slot = 0;
  for (const s of states) {
    const members = inner.filter((n) => r.direct.get(n) === s);
    const a0 = slot;
    for (const n of members) {
      // start at the top, clockwise
      const a = -Math.PI / 2 + ((slot + 0.5) / slots) * 2 * Math.PI;
      angleOf.set(n, a);
      positions.set(n, { x: r1 * Math.cos(a), y: r1 * Math.sin(a) });
      slot++;
    }
    sectors.push({ state: s, angle: -Math.PI / 2 + (((a0 + slot) / 2) / slots) * 2 * Math.PI, count: members.length });
    slot++;
  }
  // Outer ring: partners through a body, then (depth 2) every neighbour of a direct partner not yet placed.
  const outer: { n: string; a: number }[] = [...r.via].map(([n, body]) => ({ n, a: angleOf.get(body) ?? 0 }));
  if (depth === 2)
    for (const p of inner)
      for (const l of linksAt(g, p, keep)) {
        const o = other(l, p);
        if (!positions.has(o) && !outer.some((x) => x.n === o)) outer.push({ n: o, a: angleOf.get(p)! });
      }
  const rings = [r1];
  if (outer.length) {
    outer.sort((u, v) => u.a - v.a || name(u.n).localeCompare(name(v.n)));
    const r2 = Math.max(r1 + 80, (outer.length * ARC * 0.8) / (2 * Math.PI));
    // spread evenly when crowded, else each run of nodes centred on the node they come through, one step apart
    const step = (ARC * 0.8) / r2;
    const at = (n: string, a: number) => positions.set(n, { x: r2 * Math.cos(a), y: r2 * Math.sin(a) });
    if (outer.length * step > 2 * Math.PI * 0.9) outer.forEach((o, i) => at(o.n, -Math.PI / 2 + ((i + 0.5) / outer.length) * 2 * Math.PI));
    else {
      let prev = -Infinity;
      for (let i = 0; i < outer.length;) {
        let j = i;
        while (j < outer.length && outer[j].a === outer[i].a) j++;
        let a = outer[i].a - ((j - i - 1) * step) / 2;
        for (; i < j; i++, a += step) { a = Math.max(a, prev + step); at(outer[i].n, a); prev = a; }
      }
    }
    rings.push(r2);
  }
  return { positions, sectors, rings };
}
