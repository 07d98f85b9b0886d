// When a status holds: every fact becomes an ordered list of milestones, each known from a day on. A status is shown
// only from the day its evidence allows; before that the entity keeps its last known status, or is "unknown at
// this date" while a step may already have happened but no evidence says so. Pure: the lenses, the graph, "what
// changed" and data:check all read time through here, so they cannot disagree.
import { startOf } from './dates';

/** One step of a fact's history, e.g. "signatory from 2001-11-23". */
export interface Milestone {
  cls: string;
  /** The first day the step may have happened: from here until `from` the class is unknown. */
  earliest: string;
  /** The first day the step has surely happened. */
  from: string;
  /** The date as the data gives it (source precision), or the evidence date when `atLatest`. */
  date: string;
  /** The date is a bound ("by … at the latest"), not the day of the step. */
  atLatest: boolean;
  sources: string[];
  unverified: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const isoOf = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The last day a partial date can mean: "2024" → "2024-12-31", "2024-02" → "2024-02-29". */
export function endOf(v: string): string {
  if (v.length === 10) return v;
  if (v.length === 4) return `${v}-12-31`;
  const [y, m] = v.split('-').map(Number);
  return `${v}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export const dayAfter = (day: string) => isoOf(Date.parse(day) + DAY);
export const dayBefore = (day: string) => isoOf(Date.parse(day) - DAY);

/** First day of the month `months` months after the month of `day` ("2022-11" or "2022-11-30", 4 → "2023-03-01"). */
export const monthsAfter = (day: string, months: number): string => monthsBefore(day, -months);

/** First day of the month `months` months before the month of `day`. */
export function monthsBefore(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - months, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
}

/** The later / earlier of two ISO days (string order is date order). */
export const laterDay = (a: string, b: string) => (a > b ? a : b);
export const earlierDay = (a: string, b: string) => (a < b ? a : b);

/**
 * A step dated by the data. A partial date ("2018-06") is known from its last day: from its first day until then
 * the step may or may not have happened. Nothing is later than the dataset's own date, which records it.
 */
export function datedMilestone(cls: string, date: string, floor: string, asOf: string, sources: string[], unverified: boolean): Milestone {
  return { cls, date, earliest: laterDay(startOf(date), floor), from: laterDay(earlierDay(endOf(date), asOf), floor), atLatest: false, sources, unverified };
}

/** A step known only by a bound: held on `knownBy` at the latest, possibly from `earliest` on. */
export function boundMilestone(cls: string, knownBy: string, earliest: string, asOf: string, sources: string[], unverified: boolean): Milestone {
  const from = earlierDay(endOf(knownBy), asOf);
  return { cls, date: knownBy, earliest: earlierDay(earliest, from), from, atLatest: true, sources, unverified };
}

export type AtDate = { kind: 'known'; milestone: Milestone | null } | { kind: 'unknown'; next: Milestone };

/**
 * The state on day t of a fact whose milestones are in the order they must happen (invited, signed, party…).
 * Known: the last milestone reached (null before the first). Unknown: a later milestone may already have happened.
 */
export function milestoneAt(milestones: readonly Milestone[], t: string): AtDate {
  let reached = -1;
  milestones.forEach((m, i) => { if (m.from <= t) reached = i; });
  // The furthest step that may already have happened says the most ("Party by … at the latest").
  for (let i = milestones.length - 1; i > reached; i--) {
    const m = milestones[i];
    if (m.earliest <= t && t < m.from) return { kind: 'unknown', next: m };
  }
  return { kind: 'known', milestone: reached >= 0 ? milestones[reached] : null };
}
