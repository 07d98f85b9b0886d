// The validated dataset, normalised for lookups: maps by id and per-family indexes. Views never read raw JSON.
import { onOrBefore } from './dates';
import { endOf } from './history';
import { blocOfSel } from './blocIds';
import type {
  AccessionRequest, Bloc, CoreDataset, Country, Names, Edge, Membership, OrgNode, Resolution, SourceDate, Treaty, TreatyFact,
  UnConventionFact, VoteFact,
} from './schema';
import { ownTable } from '../lib/ownTable';

export interface Atlas {
  /** Every fact, its sources by id and date. The sources' texts are not here: they arrive after the first paint as
   *  their own query's result (data/sourceTexts.ts `Sources`), so nothing changes this object once it is cached. */
  dataset: CoreDataset;
  version: string;
  asOf: string;
  countries: Country[];
  countryById: Map<string, Country>;
  /** UN names in the five languages other than English, by entity id (data/raw/names.csv). */
  namesById: Map<string, Names>;
  nodeById: Map<string, OrgNode>;
  /** When each source was on record: known from the first paint (undated facts are dated by it). */
  sourceDates: Map<string, SourceDate>;
  treaty: Record<Treaty, Map<string, TreatyFact>>;
  /** Requests to be invited to accede, by State: events beside the treaty facts, never a status. */
  requestsByCountry: Map<string, AccessionRequest[]>;
  resolutionById: Map<string, Resolution>;
  votes: Map<string, Map<string, VoteFact>>;
  sponsors: Map<string, string[]>;
  unConvention: Map<string, UnConventionFact>;
  blocs: Bloc[];
  membershipsByCountry: Map<string, Membership[]>;
  edges: Edge[];
}

const groupBy = <T, K>(list: T[], key: (t: T) => K) => {
  const m = new Map<K, T[]>();
  for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
};

/** The atlas of a dataset's core (a whole dataset is one too: its sources' texts are then simply not read). */
export function normaliseDataset(d: CoreDataset): Atlas {
  const treaty: Atlas['treaty'] = { cets185: new Map(), ets189: new Map(), cets224: new Map() };
  for (const f of d.treaties) treaty[f.treaty].set(f.country, f);
  const votes = new Map<string, Map<string, VoteFact>>();
  for (const v of d.votes) {
    if (!votes.has(v.resolution)) votes.set(v.resolution, new Map());
    votes.get(v.resolution)!.set(v.country, v);
  }
  const sponsors = new Map<string, string[]>();
  for (const s of d.sponsors) sponsors.set(s.country, [...(sponsors.get(s.country) ?? []), ...s.sources]);
  return {
    dataset: d,
    version: d.version,
    asOf: d.asOf,
    countries: d.countries,
    countryById: new Map(d.countries.map((c) => [c.id, c])),
    namesById: new Map(d.names.map((n) => [n.id, n])),
    nodeById: new Map(d.nodes.map((n) => [n.id, n])),
    sourceDates: new Map(d.sources.map((s) => [s.id, s])),
    treaty,
    requestsByCountry: groupBy(d.requests, (r) => r.country),
    resolutionById: new Map(d.resolutions.map((r) => [r.id, r])),
    votes,
    sponsors,
    unConvention: new Map(d.unConvention.map((u) => [u.country, u])),
    blocs: d.blocs,
    membershipsByCountry: groupBy(d.memberships, (m) => m.country),
    edges: d.edges,
  };
}

/** Display name of any entity id: a country's UN name, an organisation's label or a selected bloc's name. */
export function entityName(atlas: Atlas, id: string): string {
  const bloc = blocOfSel(id);
  return atlas.countryById.get(id)?.name ?? atlas.nodeById.get(id)?.label ?? INSTRUMENT_LABELS[id]
    ?? (bloc !== null ? atlas.blocs.find((b) => b.id === bloc)?.name : undefined) ?? id;
}

/** The two treaty instruments the dataset records per country rather than as network rows. */
export const INSTRUMENT_LABELS: Readonly<Record<string, string>> = ownTable({
  budapest: 'Budapest Convention on Cybercrime (CETS 185)',
  'un-convention': 'UN Convention against Cybercrime (2024)',
});
/** The day each of those two began: the Budapest Convention opened for signature (coe:S40, coe:S07), the UN
 *  convention adopted by GA res. 79/243 (un:S06). */
export const INSTRUMENT_SINCE: Readonly<Record<string, { date: string; sources: string[] }>> = ownTable({
  budapest: { date: '2001-11-23', sources: ['coe:S40', 'coe:S07'] },
  'un-convention': { date: '2024-12-24', sources: ['un:S06'] },
});

/** Whether a hub (organisation, agency, instrument) exists on day t: not before its sourced adoption, opening or
 *  founding date (a partial date from the period's last day: "No status before its evidence"). A hub with no such
 *  date is drawn at every date. */
export function hubExistsAt(atlas: Atlas, id: string, t: string): boolean {
  const since = INSTRUMENT_SINCE[id]?.date ?? atlas.nodeById.get(id)?.since;
  return since === undefined || endOf(since) <= t;
}

/** A membership row in effect on day t (yyyy-mm-dd). A `withdrawn` row is the membership that ended on `until`.
 *  A partial date holds from its last day, as every status does (history.ts): a row "since 2022" (Timor-Leste, ASEAN
 *  observer) is not shown before 31 December 2022, and a row "until 2017" holds until that day. */
export function isMembershipAt(m: Membership, t: string): boolean {
  if (m.since && endOf(m.since) > t) return false;
  if (m.until && endOf(m.until) <= t) return false;
  return m.status !== 'withdrawn' || m.until !== undefined;
}

/** What a membership row says at any date: a `withdrawn` row with `until` is the membership that ended on `until`
 *  (its `since` is the day the State joined), so it reads "member, since …, until …"; "withdrawn, since <the day it
 *  joined>" would show the withdrawal years before it happened (Russia and the Council of Europe in 2003). */
export const membershipStatus = (m: Membership): Membership['status'] => (m.status === 'withdrawn' && m.until ? 'member' : m.status);

/** Memberships in effect on day t, observers and suspended members included (the record shows which). */
export function currentMemberships(atlas: Atlas, id: string, t: string): Membership[] {
  return (atlas.membershipsByCountry.get(id) ?? []).filter((m) => isMembershipAt(m, t));
}

/** The State's requests to be invited that had been made by day t (none is shown before its date). */
export function requestsAt(atlas: Atlas, id: string, t: string): AccessionRequest[] {
  return (atlas.requestsByCountry.get(id) ?? []).filter((r) => onOrBefore(r.date, t));
}
