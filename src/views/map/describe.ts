// Words for a mark's status: the same text in the aria-label, the tooltip and (later) exports.
import type { Atlas } from '../../data/atlas';
import { formatDate } from '../../data/dates';
import { LENSES, type LensId, type Status } from '../../data/lenses';

const isVoteLens = (lens: LensId) => lens.startsWith('unga-');

/** The class label and what follows it: ["Party", " since 2007"], ["Yes", " (27 December 2019)"], ["Not party", ""].
 * Not a member and no data carry no date: the date would be the resolution's, not the state's. */
export function statusParts(lens: LensId, s: Status): [label: string, when: string] {
  const labels = LENSES[lens].classLabels;
  const label = labels[s.cls] ?? s.cls;
  if (s.cls === 'unknown' && s.next) return [label, ` (${labels[s.next.cls] ?? s.next.cls} ${sinceText(s.next.date, s.next.atLatest)})`];
  if (!s.date || s.cls === 'not-member' || s.cls === 'no-data') return [label, ''];
  return [label, isVoteLens(lens) ? ` (${formatDate(s.date)})` : ` ${sinceText(s.date, s.atLatest)}`];
}

/** "since 25 May 2011", or for a bound "by 1 June 2011 at the latest". */
export const sinceText = (date: string, atLatest: boolean) => (atLatest ? `by ${formatDate(date)} at the latest` : `since ${formatDate(date)}`);

/** "Party since 2007", "Yes (27 December 2019)", "Not party". */
export function statusText(lens: LensId, s: Status): string {
  return statusParts(lens, s).join('');
}

/** Flags that qualify a status: unverified data, or a class known only by a bound on its date. */
export function statusCaveats(s: Status): string[] {
  const out: string[] = [];
  if (s.unverified) out.push('unverified');
  if (s.atLatest) out.push('exact date not recorded');
  return out;
}

export function markLabel(atlas: Atlas, lens: LensId, id: string, s: Status): string {
  const name = atlas.countryById.get(id)?.name ?? id;
  const caveats = statusCaveats(s);
  return `${name}: ${statusText(lens, s)}${caveats.length ? ` (${caveats.join(', ')})` : ''}`;
}
