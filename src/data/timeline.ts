// Time as data: the key events, the play sequences, the counts over time per instrument and what changed
// between two dates. Everything derives from statusAt/countByClass so the time bar can never disagree with the map.
import { INSTRUMENT_SINCE, type Atlas } from './atlas';
import { countByClass, statusAt, treatyMilestones, unConventionMilestones, LENS_TREATY, UN_CONVENTION_OPENED, type LensId } from './lenses';
import type { Milestone } from './history';

/** The first day the slider offers: the Budapest Convention opened for signature. */
export const TIME_START = '2001-11-23';

/** What happened, as a message of the catalogues (`event.<what>`, said in the page's language by i18n/timeWords.ts). */
export type EventWhat = 'budapestOpened' | 'budapestInForce' | 'resolutionAdopted' | 'protocol2Opened' | 'unConventionAdopted'
  | 'unConventionOpened' | 'requested';

export interface TimeEvent {
  date: string;
  what: EventWhat;
  /** the resolution's symbol (resolutionAdopted) */
  symbol?: string;
  /** the State it concerns (requested) */
  country?: string;
  /** Source ids whose "what it supports" text states this date. */
  sources: string[];
}

export const EVENTS: readonly TimeEvent[] = [
  { date: TIME_START, what: 'budapestOpened', sources: INSTRUMENT_SINCE.budapest.sources },
  { date: '2004-07-01', what: 'budapestInForce', sources: ['coe:S107'] },
  { date: '2018-12-17', what: 'resolutionAdopted', symbol: 'A/RES/73/187', sources: ['un:S01'] },
  { date: '2019-12-27', what: 'resolutionAdopted', symbol: 'A/RES/74/247', sources: ['un:S03', 'un:S01'] },
  { date: '2022-05-12', what: 'protocol2Opened', sources: ['coe:S108'] },
  { date: INSTRUMENT_SINCE['un-convention'].date, what: 'unConventionAdopted', sources: INSTRUMENT_SINCE['un-convention'].sources },
  { date: UN_CONVENTION_OPENED, what: 'unConventionOpened', sources: ['un:S21', 'un:S06'] },
];

/** The selected State's own dated events for the time bar: its requests to be invited (they change no status). */
export function selectionEvents(atlas: Atlas, sel: string | null): TimeEvent[] {
  return (sel ? atlas.requestsByCountry.get(sel) ?? [] : []).map((r) => ({ date: r.date, what: 'requested', country: r.country, sources: r.sources }));
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 86_400_000;

/** Whole days from TIME_START: the slider's integer scale. */
export const dayIndex = (t: string) => Math.round((Date.parse(t) - Date.parse(TIME_START)) / DAY);
export const dateOfIndex = (i: number) => iso(new Date(Date.parse(TIME_START) + i * DAY));

/** 1 January of every year after the start, up to `end`. */
export function yearStarts(end: string): string[] {
  const out: string[] = [];
  for (let y = Number(TIME_START.slice(0, 4)) + 1; `${y}-01-01` <= end; y++) out.push(`${y}-01-01`);
  return out;
}

/** The stops Play walks through: the start, then each year (or each event), ending on the as-of date. */
export function playSteps(asOf: string, mode: 'year' | 'event'): string[] {
  const inner = mode === 'year' ? yearStarts(asOf) : EVENTS.map((e) => e.date);
  return [...new Set([TIME_START, ...inner.filter((d) => d > TIME_START && d < asOf), asOf])];
}

/** The next stop after `t`, or null at the end. */
export const nextStep = (steps: string[], t: string) => steps.find((d) => d > t) ?? null;

export interface Series {
  /** also its name's message: `series.<id>` */
  id: 'cets185' | 'ets189' | 'cets224' | 'un';
  lens: LensId;
  /** Classes summed: the line's value at t is countByClass(lens, t) over these. */
  classes: readonly string[];
}

export const SERIES: readonly Series[] = [
  { id: 'cets185', lens: 'budapest', classes: ['party'] },
  { id: 'ets189', lens: 'budapest-p1', classes: ['party'] },
  { id: 'cets224', lens: 'budapest-p2', classes: ['signatory', 'party'] },
  { id: 'un', lens: 'un-convention', classes: ['signatory', 'ratified'] },
];

/** Every day on which some entity's class can change under `lens`: where each milestone may begin, and where it is
 * known to have happened (statusAt changes class on no other day). */
export function changeDays(atlas: Atlas, lens: LensId): string[] {
  const days = new Set<string>();
  const treaty = LENS_TREATY[lens];
  const add = (ms: readonly Milestone[]) => { for (const m of ms) { days.add(m.earliest); days.add(m.from); } };
  if (treaty) {
    for (const id of atlas.treaty[treaty].keys()) add(treatyMilestones(atlas, treaty, id));
  } else if (lens === 'un-convention') {
    for (const id of atlas.unConvention.keys()) add(unConventionMilestones(atlas, id));
  } else {
    const r = atlas.resolutionById.get(lens);
    if (r) days.add(r.date);
  }
  return [...days].sort();
}

export interface Point { date: string; value: number }

const sumOf = (atlas: Atlas, s: Series, t: string) => {
  const counts = countByClass(atlas, s.lens, t);
  return s.classes.reduce((n, c) => n + (counts[c] ?? 0), 0);
};

/** A step function: the value at each change day from TIME_START to asOf; it holds until the next point. */
export function seriesPoints(atlas: Atlas, s: Series): Point[] {
  const days = [TIME_START, ...changeDays(atlas, s.lens).filter((d) => d > TIME_START && d <= atlas.asOf)];
  const points: Point[] = [];
  for (const date of days) {
    const value = sumOf(atlas, s, date);
    if (points.at(-1)?.value !== value) points.push({ date, value });
  }
  return points;
}

/** Reads a step series at day t (0 before its first point). */
export function valueAt(points: readonly Point[], t: string): number {
  let v = 0;
  for (const p of points) {
    if (p.date > t) break;
    v = p.value;
  }
  return v;
}

export interface Change {
  id: string;
  from: string;
  to: string;
  /** When the new status began, when the data records the day (or month, or year) of the step. */
  date?: string;
  /** The evidence date of a status known only by a bound ("by … at the latest"): the day of the step is not known. */
  knownBy?: string;
}

/**
 * States whose class under `lens` differs between day `since` and day `t` (both read with statusAt, as the map is),
 * dated changes first by date, then those whose date is not known (to or from "unknown", or known only by a bound).
 */
export function changesBetween(atlas: Atlas, lens: LensId, since: string, t: string): Change[] {
  const out: Change[] = [];
  for (const c of atlas.countries) {
    const from = statusAt(atlas, lens, c.id, since).cls;
    const now = statusAt(atlas, lens, c.id, t);
    if (from === now.cls) continue;
    const dated = now.cls !== 'unknown' && from !== 'unknown' && !now.atLatest && now.date !== undefined;
    out.push(dated ? { id: c.id, from, to: now.cls, date: now.date } : { id: c.id, from, to: now.cls, knownBy: now.atLatest ? now.date : undefined });
  }
  return out.sort((a, b) => (a.date ?? '~').localeCompare(b.date ?? '~') || a.id.localeCompare(b.id));
}
