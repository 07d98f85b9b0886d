// What colours the map: each lens classifies every entity at an as-of date. The pure heart of map, legend,
// filters and the time slider, so they can never disagree.
import type { Atlas } from './atlas';
import { onOrBefore } from './dates';
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

const TREATY_CLASSES = { party: 'Party', signatory: 'Signatory', invited: 'Invited to accede', none: 'Not party', 'no-data': 'No data / not applicable' };
const VOTE_CLASSES = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote', 'not-member': 'Not a UN member', 'no-data': 'No data / not applicable' };

export const LENSES: Record<LensId, LensDef> = {
  budapest: { id: 'budapest', label: 'Budapest Convention (CETS 185)', short: 'Budapest', classes: ['party', 'signatory', 'invited', 'none', 'no-data'], classLabels: TREATY_CLASSES },
  'budapest-p1': { id: 'budapest-p1', label: 'First Protocol, xenophobia and racism (ETS 189)', short: 'ETS 189', classes: ['party', 'signatory', 'none', 'no-data'], classLabels: TREATY_CLASSES },
  'budapest-p2': { id: 'budapest-p2', label: 'Second Protocol, e-evidence (CETS 224)', short: 'CETS 224', classes: ['party', 'signatory', 'none', 'no-data'], classLabels: TREATY_CLASSES },
  'un-convention': {
    id: 'un-convention', label: 'UN Convention against Cybercrime (2024)', short: 'UN convention',
    classes: ['ratified', 'signatory', 'none', 'no-data'],
    classLabels: { ratified: 'Ratified', signatory: 'Signed', none: 'Not signed', 'no-data': 'No data / not applicable' },
  },
  'unga-74-247': { id: 'unga-74-247', label: 'Vote on A/RES/74/247 (2019)', short: '74/247', classes: ['yes', 'no', 'abstain', 'absent', 'not-member', 'no-data'], classLabels: VOTE_CLASSES },
  'unga-73-187': { id: 'unga-73-187', label: 'Vote on A/RES/73/187 (2018)', short: '73/187', classes: ['yes', 'no', 'abstain', 'absent', 'not-member', 'no-data'], classLabels: VOTE_CLASSES },
};

export const isLensId = (v: string): v is LensId => (LENS_IDS as readonly string[]).includes(v);

export const LENS_TREATY: Partial<Record<LensId, Treaty>> = { budapest: 'cets185', 'budapest-p1': 'ets189', 'budapest-p2': 'cets224' };

export interface Status {
  cls: string;
  /** The date the entity entered this class, when the source gives one. */
  date?: string;
  sources: string[];
  unverified: boolean;
  /** The class holds today but the data has no date for it, so at earlier dates it is shown with a mark. */
  undated: boolean;
}

const NO_DATA: Status = { cls: 'no-data', sources: [], unverified: false, undated: false };
const none = (): Status => ({ cls: 'none', sources: [], unverified: false, undated: false });

/** Status of entity `id` under `lens` on day `t` (yyyy-mm-dd). */
export function statusAt(atlas: Atlas, lens: LensId, id: string, t: string): Status {
  const country = atlas.countryById.get(id);
  if (!country || country.kind === 'territory') {
    if (id === 'eu' && lens === 'un-convention') return unConventionStatus(atlas, id, t);
    return NO_DATA;
  }
  const treaty = LENS_TREATY[lens];
  if (treaty) return treatyStatus(atlas, treaty, id, t);
  if (lens === 'un-convention') return unConventionStatus(atlas, id, t);
  return voteStatus(atlas, lens, id, t);
}

function treatyStatus(atlas: Atlas, treaty: Treaty, id: string, t: string): Status {
  const f = atlas.treaty[treaty].get(id);
  if (!f) return none();
  const base = { sources: f.sources, unverified: f.unverified };
  const undatedBefore = t < atlas.asOf;
  const signed = f.signed && onOrBefore(f.signed, t);
  if (f.signed && !signed) return none();
  if (f.status === 'party') {
    const joined = f.ratified ?? f.inForce;
    if (joined) {
      if (onOrBefore(joined, t)) return { cls: 'party', date: joined, ...base, undated: false };
      return signed ? { cls: 'signatory', date: f.signed, ...base, undated: false } : none();
    }
    return { cls: 'party', ...base, undated: undatedBefore };
  }
  if (f.status === 'signatory') return { cls: 'signatory', date: f.signed, ...base, undated: !f.signed && undatedBefore };
  return { cls: f.status, ...base, undated: undatedBefore };
}

/** The UN convention opened for signature in Hanoi on this day (un:S06): a signature known only to the month
 * ("2025-10") counts from here, not from the first of the month, when no one could yet have signed. */
export const UN_CONVENTION_OPENED = '2025-10-25';
const unSigned = (v: string, t: string) => onOrBefore(v, t) && t >= UN_CONVENTION_OPENED;

function unConventionStatus(atlas: Atlas, id: string, t: string): Status {
  const f = atlas.unConvention.get(id);
  if (!f) return none();
  const base = { sources: f.sources, unverified: f.unverified, undated: false };
  if (f.ratified && onOrBefore(f.ratified, t)) return { cls: 'ratified', date: f.ratified, ...base };
  if (f.signed && unSigned(f.signed, t)) return { cls: 'signatory', date: f.signed, ...base };
  // Undated, yet never before the convention opened for signature.
  if (!f.signed && !f.ratified && t >= UN_CONVENTION_OPENED) return { cls: 'signatory', ...base, undated: t < atlas.asOf };
  return none();
}

function voteStatus(atlas: Atlas, lens: LensId, id: string, t: string): Status {
  const resolution = atlas.resolutionById.get(lens);
  if (!resolution || t < resolution.date) return NO_DATA;
  const v = atlas.votes.get(lens)?.get(id);
  if (!v) return { cls: 'not-member', date: resolution.date, sources: resolution.sources, unverified: false, undated: false };
  return { cls: v.vote, date: resolution.date, sources: v.sources, unverified: false, undated: false };
}

/** Entities the map draws and the legend counts: every country and territory. */
export function countByClass(atlas: Atlas, lens: LensId, t: string): Record<string, number> {
  const counts = Object.fromEntries(LENSES[lens].classes.map((c) => [c, 0]));
  for (const c of atlas.countries) counts[statusAt(atlas, lens, c.id, t).cls]++;
  return counts;
}
