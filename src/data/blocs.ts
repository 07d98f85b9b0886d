// A bloc (the EU, the AU, the Council of Europe…) as something a person can select (`sel=bloc:eu`, see blocIds.ts)
// and outline on the map and the network. Pure.
import { currentMemberships, type Atlas } from './atlas';
import type { Membership } from './schema';

export { blocOfSel, blocSel } from './blocIds';

/** Blocs that can be outlined and selected: the dataset's blocs, not the UN regional groups (they have the `region`
 *  filter and group the network by default). */
export const outlineBlocs = (atlas: Atlas) => atlas.blocs.filter((b) => b.kind === 'bloc');

export const isOutlineBloc = (atlas: Atlas, id: string) => atlas.blocs.some((b) => b.id === id && b.kind === 'bloc');

/** A member at day t with the row of blocs.csv that makes it one (join date, status, sources). */
export interface RosterEntry { country: string; membership: Membership }

/**
 * Members of a bloc at day t with their membership rows, in the dataset's country order: observers left out,
 * suspended members kept (as the `bloc` filter and the network's grouping count them).
 */
export function blocRoster(atlas: Atlas, bloc: string, t: string): RosterEntry[] {
  const out: RosterEntry[] = [];
  for (const c of atlas.countries) {
    const m = currentMemberships(atlas, c.id, t).find((x) => x.bloc === bloc && x.status !== 'observer');
    if (m) out.push({ country: c.id, membership: m });
  }
  return out;
}
