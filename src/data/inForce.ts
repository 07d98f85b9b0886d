// When a Budapest treaty binds a State. Under the Vienna Convention on the Law of Treaties a State that has deposited
// its instrument of ratification or accession is a "contracting State" (art. 2(1)(f)); it is a "party" in the strict
// sense once the treaty is in force for it (art. 2(1)(g)). The Council of Europe counts and names "Parties" from the
// deposit: its charts total "ratifications/accessions", its news give the new count on the day of the deposit
// (coe:S01, S11, S109, S146) and its notifications list such a State among the "Contracting States", never among the
// signatories (coe:S64). The map's `party` class follows that count (official-totals.csv); this module says from
// when each treaty, and each State's consent, is in force, by the treaty's own article on entry into force.
import type { Atlas } from './atlas';
import { endOf, monthsAfter } from './history';
import type { Treaty, TreatyFact } from './schema';

/** The articles on entry into force: for the treaty itself, and for a State whose consent comes after it. */
export const EIF_ARTICLES: Record<Treaty, { treaty: string; state: string }> = {
  cets185: { treaty: '36(3)', state: '36(4), 37(2)' },
  ets189: { treaty: '10(1)', state: '10(2), 11(2)' },
  cets224: { treaty: '16(3)', state: '16(4)' },
};
/** Consents each treaty needs before it enters into force (CETS 185 Art. 36(3), ETS 189 Art. 10(1), CETS 224 Art. 16(3)). */
export const EIF_THRESHOLD = 5;
/** The days the treaties entered into force (coe:S107). CETS 224 has none on record: it is derived below from the
 *  recorded deposits, and with three of the five it needs (coe:S02) it is not in force. */
const TREATY_IN_FORCE: Partial<Record<Treaty, string>> = { cets185: '2004-07-01', ets189: '2006-03-01' };

/**
 * "The first day of the month following the expiration of a period of three months after the date of deposit"
 * (CETS 185 Art. 36(4), 37(2); ETS 189 Art. 10(2), 11(2); CETS 224 Art. 16(4)): the first day of the fourth month
 * after the month of the deposit, whatever its day, so a deposit known to the month gives the day. null for a year.
 * The 65 rows of budapest.csv with both a deposit and an entry into force all follow it (data:check). Articles read in
 * the English texts the Netherlands publishes (RESEARCH-LOG, round of 2026-12-07): CETS 185 and ETS 189 in
 * github.com/statengeneraal/laws-markdown (BWBV0001839, BWBV0004845); CETS 224 Art. 16 not found in a stored copy.
 */
export function threeMonthsRule(deposit: string): string | null {
  return deposit.length < 7 ? null : monthsAfter(deposit, 4);
}

export interface TreatyProgress {
  /** Consents recorded as deposited on or before the date. */
  deposited: number;
  needed: number;
  /** The day the treaty entered into force (recorded, or derived from the fifth recorded deposit), else null. */
  inForceFrom: string | null;
}

const progressCache = new WeakMap<Atlas, Map<Treaty, string | null>>();
/** The day `treaty` entered into force: recorded (coe:S107), or the rule applied to the fifth deposit when every
 *  consent recorded has a date to the month (an undated one could be earlier); null while not in force. */
export function treatyInForce(atlas: Atlas, treaty: Treaty): string | null {
  const recorded = TREATY_IN_FORCE[treaty];
  if (recorded) return recorded;
  let per = progressCache.get(atlas);
  if (!per) progressCache.set(atlas, (per = new Map()));
  if (!per.has(treaty)) {
    const parties = [...atlas.treaty[treaty].values()].filter((f) => f.status === 'party');
    const days = parties.map((f) => f.ratified).filter((d): d is string => !!d && d.length >= 7).sort();
    const fifth = parties.length === days.length ? days[EIF_THRESHOLD - 1] : undefined;
    per.set(treaty, fifth ? threeMonthsRule(fifth) : null);
  }
  return per.get(treaty)!;
}

/** How far `treaty` is from entry into force on day t, counted from the recorded deposits. */
export function treatyProgress(atlas: Atlas, treaty: Treaty, t: string): TreatyProgress {
  const deposited = [...atlas.treaty[treaty].values()].filter((f) => f.status === 'party' && f.ratified && endOf(f.ratified) <= t).length;
  const from = treatyInForce(atlas, treaty);
  return { deposited, needed: EIF_THRESHOLD, inForceFrom: from };
}

export interface StateInForce {
  /** The day the treaty is in force for the State. */
  date: string;
  /** Computed from the recorded deposit by the treaty's article (`article`), not read in a source. */
  derived: boolean;
  article?: string;
  /** The day is a bound: in force by then at the latest (the consent itself is known only by a bound). */
  atLatest: boolean;
}

/**
 * The day `treaty` is in force for the State of fact `f`: recorded (budapest.csv, CETS 185), else derived from the
 * recorded deposit by the treaty's article — the treaty's own entry into force for a consent given before it —, else
 * a bound from the dated evidence that it had consented ("Contracting State by 1 June 2011" → in force by 1 October
 * 2011 at the latest). null when nothing gives it: the treaty is not in force, or the deposit is known to the year.
 */
export function stateInForce(atlas: Atlas, treaty: Treaty, f: TreatyFact): StateInForce | null {
  if (f.status !== 'party') return null;
  if (f.inForce) return { date: f.inForce, derived: false, atLatest: false };
  const own = treatyInForce(atlas, treaty);
  if (!own) return null;
  const byArticle = (deposit: string, atLatest: boolean): StateInForce | null => {
    const after = threeMonthsRule(deposit);
    if (!after) return null;
    return after > own
      ? { date: after, derived: true, article: EIF_ARTICLES[treaty].state, atLatest }
      : { date: own, derived: true, article: EIF_ARTICLES[treaty].treaty, atLatest };
  };
  const dated = f.ratified ? byArticle(f.ratified, false) : null;
  if (dated) return dated;
  const bound = f.evidence.find((e) => e.kind === 'known_by' && e.cls === 'party');
  return bound ? byArticle(bound.date, true) : null;
}
