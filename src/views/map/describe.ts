// Words for a mark's status: the same text in the aria-label, the tooltip and (later) exports.
import type { Atlas } from '../../data/atlas';
import { formatDate } from '../../data/dates';
import { LENSES, type LensId, type Status } from '../../data/lenses';

const isVoteLens = (lens: LensId) => lens.startsWith('unga-');

/** The class label and what follows it: ["Party", " since 2007"], ["Yes", " (27 December 2019)"], ["Not party", ""].
 * Not a member and no data carry no date: the date would be the resolution's, not the state's. */
export function statusParts(lens: LensId, s: Status): [label: string, when: string] {
  const label = LENSES[lens].classLabels[s.cls] ?? s.cls;
  if (!s.date || s.cls === 'not-member' || s.cls === 'no-data') return [label, ''];
  return [label, isVoteLens(lens) ? ` (${formatDate(s.date)})` : ` since ${formatDate(s.date)}`];
}

/** "Party since 2007", "Yes (27 December 2019)", "Not party". */
export function statusText(lens: LensId, s: Status): string {
  return statusParts(lens, s).join('');
}

/** Flags that qualify a status: unverified data, or a class the data gives no date for. */
export function statusCaveats(s: Status): string[] {
  const out: string[] = [];
  if (s.unverified) out.push('unverified');
  // undated: the class holds at the dataset's date, but the data cannot say since when
  if (s.undated) out.push('date not recorded');
  return out;
}

export function markLabel(atlas: Atlas, lens: LensId, id: string, s: Status): string {
  const name = atlas.countryById.get(id)?.name ?? id;
  const caveats = statusCaveats(s);
  return `${name}: ${statusText(lens, s)}${caveats.length ? ` (${caveats.join(', ')})` : ''}`;
}
