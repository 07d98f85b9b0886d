// A cooperation edge through time: its earlier stages (network-stages.csv) and its current one, each from its own
// date. A current stage with no date holds from the date of the earliest source that reports it (or the dataset's
// date), never earlier: an undated agreement is not drawn years before anyone recorded it.
import type { Atlas } from './atlas';
import { onOrBefore } from './dates';
import { boundMilestone, datedMilestone, endOf, milestoneAt, type Milestone } from './history';
import type { Edge } from './schema';

const LEADING_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)\b/;

/** The last day of the period a source's as-of text names ("2025-03-11", "2021-12", "2017"), if it names one. */
export function sourceDay(atlas: Atlas, id: string): string | undefined {
  const m = LEADING_DATE.exec(atlas.sourceDates.get(id)?.asOf ?? '');
  return m ? endOf(m[1]) : undefined;
}

/** The earliest day one of `sources` was on record, capped at the dataset's date. */
export function firstReported(atlas: Atlas, sources: readonly string[]): string {
  const days = sources.map((s) => sourceDay(atlas, s)).filter((d): d is string => d !== undefined).sort();
  return days[0] && days[0] < atlas.asOf ? days[0] : atlas.asOf;
}

const cache = new WeakMap<Edge, Milestone[]>();

export function edgeMilestones(atlas: Atlas, e: Edge): Milestone[] {
  const hit = cache.get(e);
  if (hit) return hit;
  const FLOOR = '0001-01-01';
  const out = e.history.map((h) => datedMilestone(h.stage, h.date, FLOOR, atlas.asOf, h.sources, h.unverified));
  if (e.stage !== 'ended') {
    const floor = out.at(-1)?.from ?? FLOOR;
    out.push(e.date
      ? datedMilestone(e.stage, e.date, floor, atlas.asOf, e.sources, e.unverified)
      : boundMilestone(e.stage, firstReported(atlas, e.sources), floor, atlas.asOf, e.sources, e.unverified));
  }
  cache.set(e, out);
  return out;
}

/** The edge's stage on day t, or null when it is not there (not yet recorded, or ended). */
export function edgeStageAt(atlas: Atlas, e: Edge, t: string): Milestone | null {
  // An ended edge is gone from its end date; until then it has the stages recorded before (data:check requires one).
  if (e.stage === 'ended' && e.date !== undefined && onOrBefore(e.date, t)) return null;
  const at = milestoneAt(edgeMilestones(atlas, e), t);
  // While the next stage may or may not have begun, the edge keeps the stage it is known to have had.
  if (at.kind === 'unknown') {
    const ms = edgeMilestones(atlas, e);
    const i = ms.indexOf(at.next);
    return i > 0 ? ms[i - 1] : null;
  }
  return at.milestone;
}

/** Whether an edge is unknown on day t: no source dates it, so it is drawn from its evidence's date, and before that
 *  it may or may not have held (never shown as absent, never as held). */
export const edgeUnknownAt = (atlas: Atlas, e: Edge, t: string): boolean =>
  edgeStageAt(atlas, e, t) === null && milestoneAt(edgeMilestones(atlas, e), t).kind === 'unknown';

/** How many of an entity's relations are unknown on day t (edgeUnknownAt): what its record says it cannot count. */
export const unknownRelationsAt = (atlas: Atlas, id: string, t: string): number =>
  atlas.edges.filter((e) => (e.source === id || e.target === id) && edgeUnknownAt(atlas, e, t)).length;

