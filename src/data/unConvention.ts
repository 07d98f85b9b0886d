// The UN Convention against Cybercrime enters into force on the ninetieth day after the deposit of the fortieth
// instrument of ratification, acceptance, approval or accession (art. 65(1), read on the UN Treaty Collection page,
// un:S06). An instrument of a regional economic integration organisation is "not counted as additional to those
// deposited by member States of that organization", so the European Union never counts towards the 40.
import type { Atlas } from './atlas';
import { addDays } from './dates';
import { endOf } from './history';

export const UN_CONVENTION_THRESHOLD = 40;
const EIF_DELAY_DAYS = 90;

export interface UnConventionProgress {
  /** States whose instrument is recorded as deposited on or before the date. */
  deposited: number;
  needed: number;
  /** The entry-into-force date once 40 instruments are recorded as deposited, else null. */
  inForceFrom: string | null;
}

/** How far the convention is from entry into force at date t, counted from the recorded deposits. */
export function unConventionProgress(atlas: Atlas, t: string): UnConventionProgress {
  const days = atlas.dataset.unConvention
    // a deposit known only to the month counts from the month's last day, as its status does (history.ts)
    .filter((f) => f.country !== 'eu' && f.ratified && endOf(f.ratified) <= t)
    .map((f) => f.ratified!)
    .sort();
  const fortieth = days[UN_CONVENTION_THRESHOLD - 1];
  // A deposit known only to the month or year gives no day to count the 90 days from.
  const inForceFrom = fortieth?.length === 10 ? addDays(fortieth, EIF_DELAY_DAYS) : null;
  return { deposited: days.length, needed: UN_CONVENTION_THRESHOLD, inForceFrom };
}

/**
 * The day the convention is in force for the State (or the EU) of a recorded deposit, or null. Art. 65(1) (un:S06)
 * gives one day, 90 days after the 40th deposit, for the instruments deposited by then. A later instrument is in force
 * for its State by art. 65(2), which no stored copy gives (RESEARCH-LOG): its day is not computed, so its State is
 * never shown bound. A deposit known only to the month or year counts from the period's last day, as its status does.
 */
export function unStateInForce(atlas: Atlas, country: string): string | null {
  const own = atlas.unConvention.get(country)?.ratified;
  if (!own) return null;
  const { fortieth, from } = fortiethDeposit(atlas);
  return from && fortieth && endOf(own) <= fortieth ? from : null;
}

/** The 40th deposit (its period's last day) and the day art. 65(1) puts the convention in force: the same for every
 *  State, so worked out once per dataset rather than for each ratifier each time the network is built for a date. */
const fortiethCache = new WeakMap<Atlas, { fortieth?: string; from: string | null }>();
function fortiethDeposit(atlas: Atlas) {
  let hit = fortiethCache.get(atlas);
  if (!hit) {
    const days = atlas.dataset.unConvention.filter((f) => f.country !== 'eu' && f.ratified).map((f) => endOf(f.ratified!)).sort();
    const fortieth = days[UN_CONVENTION_THRESHOLD - 1];
    fortiethCache.set(atlas, (hit = { fortieth, from: unConventionProgress(atlas, fortieth ?? '0000-01-01').inForceFrom }));
  }
  return hit;
}
