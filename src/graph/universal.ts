// Near-universal memberships (INTERPOL, UNTOC): almost every State is in them, so the network draws them as a count
// on the hub rather than ~390 lines, and each country carries them as a badge (record, node aria-label). Pure.
import type { Atlas } from '../data/atlas';
import { edgeUnknownAt } from '../data/edgeStages';
import type { Graph, GraphLink } from './model';

export const NEAR_UNIVERSAL = ['interpol', 'untoc'] as const;
export type NearUniversal = (typeof NEAR_UNIVERSAL)[number];

/** A membership of the hub itself, in force at the graph's date (not a working arrangement with it). */
const isMembership = (l: GraphLink, hub: NearUniversal) =>
  l.family === hub && l.stage === 'in_force' && (l.relation === 'member_of' || l.relation === 'party_to');

/** The near-universal bodies a country belongs to at the graph's date, in NEAR_UNIVERSAL order. */
export function nearUniversalOf(graph: Graph, id: string): NearUniversal[] {
  const links = (graph.linksOf.get(id) ?? []).map((lid) => graph.linkById.get(lid)!);
  return NEAR_UNIVERSAL.filter((hub) => links.some((l) => isMembership(l, hub) && l.source === id && l.target === hub));
}

/** How many belong to a hub at the graph's date (the hub's caption). */
export const nearUniversalCount = (graph: Graph, hub: NearUniversal): number =>
  (graph.linksOf.get(hub) ?? []).filter((lid) => isMembership(graph.linkById.get(lid)!, hub)).length;

/** Whether some members of a hub may already belong on day t though the network cannot show them yet: a membership
 *  whose date no source gives is drawn from its evidence's date, and before that it is unknown. The hub's count is
 *  then a floor ("at least 151 members" in 2015), never said as the whole number. */
export const nearUniversalFloor = (atlas: Atlas, hub: NearUniversal, t: string): boolean =>
  atlas.edges.some((e) => e.target === hub && (e.relation === 'member_of' || e.relation === 'party_to') && edgeUnknownAt(atlas, e, t));
