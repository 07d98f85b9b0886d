// What colours the map: each lens classifies every entity at an as-of date. The pure heart of map, legend,
// filters and the time slider, so they can never disagree.
import type { Atlas } from './atlas';
import { boundMilestone, datedMilestone, dayAfter, endOf, laterDay as max, milestoneAt, monthsBefore, type Milestone } from './history';
import type { Treaty } from './schema';


export const LENS_IDS = ['budapest', 'budapest-p1', 'budapest-p2', 'un-convention', 'unga-74-247', 'unga-73-187'] as const;
export type LensId = (typeof LENS_IDS)[number];

export interface LensDef {
  id: LensId;
  label: string;
  short: string;
  classes: readonly string[];
  classLabels: Record<string, string>;
}

const UNKNOWN_LABEL = 'Unknown at this date';
const TREATY_CLASSES = { party: 'Party', signatory: 'Signatory', invited: 'Invited to accede', none: 'Not party', unknown: UNKNOWN_LABEL, 'no-data': 'No data / not applicable' };
const VOTE_CLASSES = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote', 'not-member': 'Not a UN member', 'no-data': 'No data / not applicable' };

export const LENSES: Record<LensId, LensDef> = {
  budapest: { id: 'budapest', label: 'Budapest Convention (CETS 185)', short: 'Budapest', classes: ['party', 'signatory', 'invited', 'none', 'unknown', 'no-data'], classLabels: TREATY_CLASSES },
  'budapest-p1': { id: 'budapest-p1', label: 'First Protocol, xenophobia and racism (ETS 189)', short: 'ETS 189', classes: ['party', 'signatory', 'none', 'unknown', 'no-data'], classLabels: TREATY_CLASSES },
  // Not in force (three of the five consents it needs, Art. 16(3); data/inForce.ts): its `party` class is the States
  // that have ratified, which the Council of Europe counts as Parties (coe:S01) but are not bound by it yet.
  'budapest-p2': { id: 'budapest-p2', label: 'Second Protocol, e-evidence (CETS 224)', short: 'CETS 224', classes: ['party', 'signatory', 'none', 'unknown', 'no-data'], classLabels: { ...TREATY_CLASSES, party: 'Ratified' } },
  'un-convention': {
    id: 'un-convention', label: 'UN Convention against Cybercrime (2024)', short: 'UN convention',
    classes: ['ratified', 'signatory', 'none', 'unknown', 'no-data'],
    classLabels: { ratified: 'Ratified', signatory: 'Signed', none: 'Not signed', unknown: UNKNOWN_LABEL, 'no-data': 'No data / not applicable' },
  },
  'unga-74-247': { id: 'unga-74-247', label: 'Vote on A/RES/74/247 (2019)', short: '74/247', classes: ['yes', 'no', 'abstain', 'absent', 'not-member', 'no-data'], classLabels: VOTE_CLASSES },
  'unga-73-187': { id: 'unga-73-187', label: 'Vote on A/RES/73/187 (2018)', short: '73/187', classes: ['yes', 'no', 'abstain', 'absent', 'not-member', 'no-data'], classLabels: VOTE_CLASSES },
};

export const isLensId = (v: string): v is LensId => (LENS_IDS as readonly string[]).includes(v);

export const LENS_TREATY: Partial<Record<LensId, Treaty>> = { budapest: 'cets185', 'budapest-p1': 'ets189', 'budapest-p2': 'cets224' };

/** The day each treaty opened for signature (coe:S40, coe:S142, coe:S108): no step of it can be earlier. */
export const TREATY_OPENED: Record<Treaty, string> = { cets185: '2001-11-23', ets189: '2003-01-28', cets224: '2022-05-12' };
/** CETS 185 entered into force on this day (coe:S107); States are invited to accede only after it (Art. 37). */
const CETS185_IN_FORCE = '2004-07-01';

export interface Status {
  cls: string;
  /** The date the entity entered this class, as the source gives it; with `atLatest`, the date of the evidence. */
  date?: string;
  /** The class held by `date` at the latest; the day it began is not recorded. */
  atLatest: boolean;
  sources: string[];
  unverified: boolean;
  /** For `unknown`: the status the evidence shows next, and from when ("Party by 1 June 2011 at the latest"). */
  next?: { cls: string; date: string; atLatest: boolean };
}

const NO_DATA: Status = { cls: 'no-data', sources: [], unverified: false, atLatest: false };
const NONE: Status = { cls: 'none', sources: [], unverified: false, atLatest: false };

/** Status of entity `id` under `lens` on day `t` (yyyy-mm-dd). */
export function statusAt(atlas: Atlas, lens: LensId, id: string, t: string): Status {
  // before its instrument existed a lens says nothing of anyone: "not signed" in 2019 would imply a convention to sign
  const from = lensStartsOn(atlas, lens);
  if (from === null || t < from) return NO_DATA;
  const country = atlas.countryById.get(id);
  if (!country || country.kind === 'territory') {
    if (id === 'eu' && lens === 'un-convention') return fromMilestones(unConventionMilestones(atlas, id), t);
    return NO_DATA;
  }
  const treaty = LENS_TREATY[lens];
  if (treaty) return fromMilestones(treatyMilestones(atlas, treaty, id), t);
  if (lens === 'un-convention') return fromMilestones(unConventionMilestones(atlas, id), t);
  return voteStatus(atlas, lens, id);
}

function fromMilestones(milestones: readonly Milestone[], t: string): Status {
  const at = milestoneAt(milestones, t);
  if (at.kind === 'unknown') {
    const n = at.next;
    return { cls: 'unknown', atLatest: false, sources: n.sources, unverified: n.unverified, next: { cls: n.cls, date: n.date, atLatest: n.atLatest } };
  }
  const m = at.milestone;
  return m ? { cls: m.cls, date: m.date, atLatest: m.atLatest, sources: m.sources, unverified: m.unverified } : NONE;
}

const isCoeMember = (atlas: Atlas, id: string) => (atlas.membershipsByCountry.get(id) ?? []).some((m) => m.bloc === 'coe' && m.status === 'member');

// Memoised per fact: the milestones depend on the dataset only, and the map asks for every State at every date.
const milestoneCache = new WeakMap<object, Milestone[]>();

/**
 * The steps of a treaty fact in the order they happen: invited (accession only), signed, party. `party` is the deposit
 * of the instrument of ratification or accession, as the Council of Europe counts its Parties (officialTotals.ts);
 * the day the treaty binds the State is data/inForce.ts's, shown in the record and on the graph's link. Each step is known
 * from its own date, else from the evidence that bounds it (budapest-evidence.csv known_by, and for the current
 * status the dataset's date). A State that ratifies must have signed first: when the signature date is not
 * recorded, whether it was a signatory before ratifying is unknown from the day the treaty opened (or the
 * recorded not_before). An invitation without a date is not a step: the State is shown not party until it accedes.
 */
export function treatyMilestones(atlas: Atlas, treaty: Treaty, id: string): Milestone[] {
  const f = atlas.treaty[treaty].get(id);
  if (!f) return [];
  const cached = milestoneCache.get(f);
  if (cached) return cached;
  const opened = TREATY_OPENED[treaty];
  const asOf = atlas.asOf;
  const evidence = (kind: string, cls: string) => f.evidence.find((e) => e.kind === kind && e.cls === cls);
  const sourcesOf = (kind: string, cls: string) => evidence(kind, cls) ?? { sources: f.sources, unverified: f.unverified };
  const notBefore = (cls: string) => {
    const e = evidence('not_before', cls);
    return e ? dayAfter(endOf(e.date)) : undefined;
  };
  const order = f.status === 'party' ? ['invited', 'signatory', 'party'] : f.status === 'signatory' ? ['signatory'] : ['invited'];
  const ratifies = treaty === 'cets224' || isCoeMember(atlas, id) || f.signed !== undefined;
  const out: Milestone[] = [];
  let missingSignature = false;
  for (const cls of order) {
    const own = cls === 'invited' ? f.invited : cls === 'signatory' ? f.signed : f.ratified;
    const src = sourcesOf(cls === 'signatory' ? 'signed' : cls === 'invited' ? 'invited' : 'known_by', cls);
    const bound = evidence('known_by', cls);
    // Invitations to accede come after the entry into force (Art. 37).
    const floor = max(cls === 'invited' ? CETS185_IN_FORCE : opened, notBefore(cls) ?? out.at(-1)?.from ?? opened);
    let m: Milestone | undefined;
    if (own) m = datedMilestone(cls, own, floor, asOf, src.sources, src.unverified);
    else if (cls === 'party' && f.inForce) {
      // Entry into force falls on the first day of the fourth month after the deposit (Art. 36, 37).
      m = { ...datedMilestone(cls, f.inForce, floor, asOf, f.sources, f.unverified), earliest: max(monthsBefore(f.inForce, 4), floor) };
    } else if (bound) m = boundMilestone(cls, bound.date, floor, asOf, bound.sources, bound.unverified);
    else if (cls === f.status) m = boundMilestone(cls, asOf, floor, asOf, f.sources, f.unverified);
    else if (cls === 'signatory' && ratifies) missingSignature = true;
    if (!m) continue;
    if (missingSignature && cls === 'party') {
      // It signed before it ratified, on a day not recorded: a signatory by the ratification at the latest.
      out.push({ ...m, cls: 'signatory', earliest: max(opened, notBefore('signatory') ?? opened), atLatest: true });
    }
    out.push(m);
  }
  milestoneCache.set(f, out);
  return out;
}

/** The UN convention opened for signature in Hanoi on this day (un:S06): a signature known only to the month
 * ("2025-10") may date from here, not from the first of the month, when no one could yet have signed. */
export const UN_CONVENTION_OPENED = '2025-10-25';

export function unConventionMilestones(atlas: Atlas, id: string): Milestone[] {
  const f = atlas.unConvention.get(id);
  if (!f) return [];
  const cached = milestoneCache.get(f);
  if (cached) return cached;
  const asOf = atlas.asOf;
  const out: Milestone[] = [];
  if (f.signed) out.push(datedMilestone('signatory', f.signed, UN_CONVENTION_OPENED, asOf, f.sources, f.unverified));
  if (f.ratified) out.push(datedMilestone('ratified', f.ratified, out[0]?.from ?? UN_CONVENTION_OPENED, asOf, f.sources, f.unverified));
  // A row with no date at all is known at the dataset's date.
  if (!out.length) out.push(boundMilestone('signatory', asOf, UN_CONVENTION_OPENED, asOf, f.sources, f.unverified));
  milestoneCache.set(f, out);
  return out;
}

/** The first day anyone can hold a status under `lens`: the treaty's opening for signature, or the day of the
 *  resolution's vote (null: a resolution the dataset does not have). */
export function lensStartsOn(atlas: Atlas, lens: LensId): string | null {
  const treaty = LENS_TREATY[lens];
  if (treaty) return TREATY_OPENED[treaty];
  if (lens === 'un-convention') return UN_CONVENTION_OPENED;
  return atlas.resolutionById.get(lens)?.date ?? null;
}

function voteStatus(atlas: Atlas, lens: LensId, id: string): Status {
  const resolution = atlas.resolutionById.get(lens)!;
  const v = atlas.votes.get(lens)?.get(id);
  if (!v) return { cls: 'not-member', date: resolution.date, sources: resolution.sources, unverified: false, atLatest: false };
  return { cls: v.vote, date: resolution.date, sources: v.sources, unverified: false, atLatest: false };
}

/** Entities the map draws and the legend counts: every country and territory. */
const countCache = new WeakMap<Atlas, Map<string, Readonly<Record<string, number>>>>();
/** How many entities hold each class of `lens` on `t`. Kept per atlas, lens and date: the checks, the official totals,
 *  the time chart (every change day of four series) and the slides ask for the same counts again. */
export function countByClass(atlas: Atlas, lens: LensId, t: string): Readonly<Record<string, number>> {
  let per = countCache.get(atlas);
  if (!per) countCache.set(atlas, (per = new Map()));
  const key = `${lens} ${t}`;
  let counts = per.get(key);
  if (!counts) {
    const fresh: Record<string, number> = Object.fromEntries(LENSES[lens].classes.map((c) => [c, 0]));
    for (const c of atlas.countries) fresh[statusAt(atlas, lens, c.id, t).cls]++;
    per.set(key, (counts = Object.freeze(fresh)));
  }
  return counts;
}
