// The cooperation network as plain ids: nodes, typed links grouped in families, adjacency. Pure and framework-free.
// Budapest and the UN convention are recorded per country in the dataset; here they become hub nodes.
import { INSTRUMENT_LABELS, entityName, hubExistsAt, type Atlas } from '../data/atlas';
import { statusAt } from '../data/lenses';
import { stateInForce } from '../data/inForce';
import { edgeStageAt } from '../data/edgeStages';
import { unStateInForce } from '../data/unConvention';

export const EDGE_FAMILIES = ['budapest', 'un-convention', 'europol', 'eurojust', 'cloud-act', 'contact-points', 'capacity', 'agencies', 'regional', 'structure', 'interpol', 'untoc'] as const;
export type EdgeFamily = (typeof EDGE_FAMILIES)[number];
/** Near-universal memberships turn the graph into a hairball: off until asked for. */
export const FAMILIES_OFF_BY_DEFAULT: readonly EdgeFamily[] = ['interpol', 'untoc'];

export type NodeKind = 'country' | 'organisation' | 'agency' | 'instrument' | 'company';
export interface GraphNode { id: string; kind: NodeKind; label: string }
export interface GraphLink {
  id: string;
  source: string;
  target: string;
  relation: string;
  stage: string;
  family: EdgeFamily;
  date?: string;
  /** The stage held by `date` at the latest; the day it began is not recorded. */
  atLatest?: boolean;
  unverified: boolean;
  sources: string[];
}

/** Stages that make two nodes partners at a date (lit together); every other stage is shown apart. */
export const ACTIVE_STAGES: ReadonlySet<string> = new Set(['in_force', 'ongoing']);
export const isActive = (l: GraphLink) => ACTIVE_STAGES.has(l.stage);
export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  nodeById: Map<string, GraphNode>;
  linkById: Map<string, GraphLink>;
  /** node id → ids of the links that touch it */
  linksOf: Map<string, string[]>;
}

const EUROPOL = new Set(['europol', 'ec3', 'j-cat']);
/** The 24/7 networks of points of contact for urgent requests (preservation of electronic evidence). */
export const CONTACT_POINT_NETWORKS = new Set(['budapest-247', 'g7-247']);
const AGENCY_RELATIONS = new Set(['regular_meetings', 'engagement', 'partnership']);

export function familyOf(source: string, target: string, relation: string): EdgeFamily {
  if (relation === 'part_of') return 'structure';
  if (relation === 'cloud_act_agreement' || relation === 'enacted' || relation === 'e_evidence_agreement') return 'cloud-act';
  // the INTERPOL family is its membership, counted on its hub ("196 members"); INTERPOL's agreement with Europol
  // is a Europol agreement like the others, so the family's chip counts what the hub counts
  if ((target === 'interpol' || source === 'interpol') && relation === 'member_of') return 'interpol';
  if (target === 'untoc') return 'untoc';
  if (CONTACT_POINT_NETWORKS.has(target)) return 'contact-points';
  if (relation === 'capacity_building') return 'capacity';
  if (EUROPOL.has(target)) return 'europol';
  if (target === 'eurojust') return 'eurojust';
  if (AGENCY_RELATIONS.has(relation)) return 'agencies';
  return 'regional';
}

const asOfGraphs = new WeakMap<Atlas, Graph>();
/** The network at the dataset's as-of date, built once per atlas: the default view shows it and the layout is
 * computed on it (at ten times the network each build costs ~50 ms on the first paint's path). */
export function asOfGraph(atlas: Atlas): Graph {
  let g = asOfGraphs.get(atlas);
  if (!g) asOfGraphs.set(atlas, (g = buildGraph(atlas, atlas.asOf)));
  return g;
}

/** A Party's link to the Convention is in force from the day the Convention is in force for it (recorded, or by
 *  Art. 36-37 from the deposit: data/inForce.ts), not from the deposit: Brazil acceded on 30 November 2022 and is
 *  bound from 1 March 2023 (coe:S45), and no one was bound before the Convention's own entry into force (2004-07-01). */
function partyStage(atlas: Atlas, id: string, t: string): string {
  const f = atlas.treaty.cets185.get(id);
  const eif = f && stateInForce(atlas, 'cets185', f);
  return eif && eif.date <= t ? 'in_force' : 'deposited';
}

/** A ratifier's link to the UN Convention against Cybercrime is in force from the day the convention is in force for
 *  it (art. 65(1): 90 days after the 40th deposit; data/unConvention.ts), not from its deposit: until then, and for an
 *  instrument whose day art. 65(2) would set (not read), it is drawn as deposited, not in force. */
function unRatifierStage(atlas: Atlas, id: string, t: string): string {
  const eif = unStateInForce(atlas, id);
  return eif && eif <= t ? 'in_force' : 'deposited';
}

/** The network on day t: each edge at the stage it had that day (edgeStageAt); absent before its evidence. */
export function buildGraph(atlas: Atlas, t: string): Graph {
  const links: GraphLink[] = [];
  atlas.edges.forEach((e, i) => {
    const at = edgeStageAt(atlas, e, t);
    if (!at) return;
    links.push({
      id: `e${i}`, source: e.source, target: e.target, relation: e.relation, stage: at.cls,
      family: familyOf(e.source, e.target, e.relation), date: at.date, atLatest: at.atLatest, unverified: at.unverified, sources: at.sources,
    });
  });
  for (const c of atlas.countries) {
    const b = statusAt(atlas, 'budapest', c.id, t);
    if (b.cls === 'party' || b.cls === 'signatory' || b.cls === 'invited')
      links.push({ id: `budapest:${c.id}`, source: c.id, target: 'budapest', relation: b.cls === 'party' ? 'party_to' : b.cls, stage: b.cls === 'party' ? partyStage(atlas, c.id, t) : b.cls === 'signatory' ? 'signed' : 'invited', family: 'budapest', date: b.date, atLatest: b.atLatest, unverified: b.unverified, sources: b.sources });
  }
  for (const id of [...atlas.countries.map((c) => c.id), 'eu']) {
    const u = statusAt(atlas, 'un-convention', id, t);
    if (u.cls === 'ratified' || u.cls === 'signatory')
      links.push({ id: `un-convention:${id}`, source: id, target: 'un-convention', relation: u.cls === 'ratified' ? 'party_to' : 'signatory', stage: u.cls === 'ratified' ? unRatifierStage(atlas, id, t) : 'signed', family: 'un-convention', date: u.date, atLatest: u.atLatest, unverified: u.unverified, sources: u.sources });
  }

  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes: GraphNode[] = [
    ...atlas.countries.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, kind: 'country' as const, label: c.name })),
    // a hub is drawn from the day it began, links or not (none can be earlier: model.test)
    ...atlas.dataset.nodes.filter((n) => hubExistsAt(atlas, n.id, t)).map((n) => ({ id: n.id, kind: n.kind, label: n.label })),
    ...Object.keys(INSTRUMENT_LABELS).filter((id) => hubExistsAt(atlas, id, t)).map((id) => ({ id, kind: 'instrument' as const, label: entityName(atlas, id) })),
  ];
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const linksOf = new Map<string, string[]>();
  for (const l of links)
    for (const end of [l.source, l.target]) {
      const ids = linksOf.get(end);
      if (ids) ids.push(l.id);
      else linksOf.set(end, [l.id]);
    }
  return { nodes, links, nodeById, linkById: new Map(links.map((l) => [l.id, l])), linksOf };
}

/** Ids of the nodes within `depth` steps of `id` (the node itself included). */
export function neighbourhood(graph: Graph, id: string, depth = 1, linkFilter?: (l: GraphLink) => boolean): Set<string> {
  let frontier = new Set([id]);
  const seen = new Set([id]);
  for (let d = 0; d < depth; d++) {
    const next = new Set<string>();
    for (const n of frontier)
      for (const lid of graph.linksOf.get(n) ?? []) {
        const l = graph.linkById.get(lid)!;
        if (linkFilter && !linkFilter(l)) continue;
        const other = l.source === n ? l.target : l.source;
        if (!seen.has(other)) { seen.add(other); next.add(other); }
      }
    frontier = next;
  }
  return seen;
}
