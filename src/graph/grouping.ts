// Which group each country belongs to in the network picture: its UN regional group (the default) or one bloc.
// Pure; the layout places each group as one cluster, so the picture reads like the map.
import { currentMemberships, type Atlas } from '../data/atlas';
import { blocRoster } from '../data/blocs';

export const GROUPINGS = ['region', 'bloc'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const isGrouping = (v: string): v is Grouping => (GROUPINGS as readonly string[]).includes(v);

/** Round the ring in this order, roughly as on a world map: the Americas and Europe on the left, Asia on the right. */
export const REGION_ORDER = ['un-weog', 'un-eastern-european', 'un-asia-pacific', 'un-african', 'un-grulac'] as const;
/** A country's bloc for grouping: the first of these it belongs to (the most tightly integrated first). */
export const BLOC_ORDER = ['eu', 'coe', 'cis', 'sco', 'asean', 'arab-league', 'au', 'oas'] as const;
/** Countries with no group (territories, non-members of every listed bloc). */
export const OTHER = 'other';

/** Group id of a country at day t; OTHER when none applies. Observers do not count as members. */
export function groupOf(atlas: Atlas, id: string, grouping: Grouping, t: string): string {
  const c = atlas.countryById.get(id);
  if (!c) return OTHER;
  if (grouping === 'region') return c.regions.find((r) => (REGION_ORDER as readonly string[]).includes(r)) ?? OTHER;
  const blocs = new Set(currentMemberships(atlas, id, t).filter((m) => m.status !== 'observer').map((m) => m.bloc));
  return BLOC_ORDER.find((b) => blocs.has(b)) ?? OTHER;
}

/** The group ids in ring order, OTHER last. */
export const groupOrder = (grouping: Grouping): readonly string[] => [...(grouping === 'region' ? REGION_ORDER : BLOC_ORDER), OTHER];

/** Countries by group, each list in the given order. */
export function groupCountries(atlas: Atlas, ids: readonly string[], grouping: Grouping, t: string): Map<string, string[]> {
  const out = new Map<string, string[]>(groupOrder(grouping).map((g) => [g, []]));
  for (const id of ids) out.get(groupOf(atlas, id, grouping, t))!.push(id);
  return out;
}

/** Members of a bloc (or UN group) at day t: observers excluded, suspended members and members who later left
 * included while they were members (the same rule as the `bloc` filter; one home: data/blocs.ts). */
export const blocMembersAt = (atlas: Atlas, bloc: string, t: string): Set<string> => new Set(blocRoster(atlas, bloc, t).map((r) => r.country));
