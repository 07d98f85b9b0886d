// Words for a mark's status: the same text in the aria-label, the tooltip and (later) exports.
import type { Atlas } from '../../data/atlas';
import { formatDate } from '../../data/dates';
import { lensStartsOn, type LensId, type Status } from '../../data/lenses';
import { formatMessage } from '../../i18n/catalogue';
import { addParens, commaSep, inParens, labelSep, type Lang } from '../../i18n/langs';
import { nameOf } from '../../i18n/names';
import { classLabel } from '../../i18n/terms';

const isVoteLens = (lens: LensId) => lens.startsWith('unga-');

/** The class label and what follows it: ["Party", " since 2007"], ["Yes", " (27 December 2019)"], ["Not party", ""].
 * Not a member and no data carry no date: the date would be the resolution's, not the state's. */
export function statusParts(lens: LensId, s: Status, lang: Lang = 'en'): [label: string, when: string] {
  const label = classLabel(lens, s.cls, lang);
  if (s.cls === 'unknown' && s.next) return [label, inParens(`${classLabel(lens, s.next.cls, lang)} ${sinceText(s.next.date, s.next.atLatest, lang)}`, lang)];
  if (!s.date || s.cls === 'not-member' || s.cls === 'no-data') return [label, ''];
  return [label, isVoteLens(lens) ? inParens(formatDate(s.date, lang), lang) : ` ${sinceText(s.date, s.atLatest, lang)}`];
}

/** "since 25 May 2011", or for a bound "by 1 June 2011 at the latest". */
export const sinceText = (date: string, atLatest: boolean, lang: Lang = 'en') =>
  formatMessage(lang, atLatest ? 'status.byAtLatest' : 'status.since', { date: formatDate(date, lang) });

/** "Party since 2007", "Yes (27 December 2019)", "Not party". */
export function statusText(lens: LensId, s: Status, lang: Lang = 'en'): string {
  return statusParts(lens, s, lang).join('');
}

/** Flags that qualify a status: unverified data, or a class known only by a bound on its date. */
export function statusCaveats(s: Status, lang: Lang = 'en'): string[] {
  const out: string[] = [];
  if (s.unverified) out.push(formatMessage(lang, 'status.unverified'));
  if (s.atLatest) out.push(formatMessage(lang, 'status.noExactDate'));
  return out;
}

/** "Party since 2007 (unverified)": the status in words with its caveats, as a mark and a network node say it. */
export function statusWords(lens: LensId, s: Status, lang: Lang = 'en'): string {
  const caveats = statusCaveats(s, lang);
  const text = statusText(lens, s, lang);
  // "Yes (27 December 2019, unverified)", not "Yes (27 December 2019) (unverified)"
  return caveats.length ? addParens(text, caveats.join(commaSep(lang)), lang) : text;
}

/** The mark's aria-label: its name in the page's language (the UN's), then its status in words. */
export function markLabel(atlas: Atlas, lens: LensId, id: string, s: Status, lang: Lang = 'en'): string {
  return `${nameOf(atlas, id, lang)}${labelSep(lang)}${statusWords(lens, s, lang)}`;
}

/** Why `lens` applies to no one at `t`, with the day it began ("Opened for signature on 25 October 2025: …", "The
 *  vote was taken on …"): the legend, the record and the slides say the same; null from that day on. */
export function beforeLensText(atlas: Atlas, lens: LensId, t: string, lang: Lang = 'en'): string | null {
  const from = lensStartsOn(atlas, lens);
  if (from === null || t >= from) return null;
  return formatMessage(lang, 'legend.before', { kind: isVoteLens(lens) ? 'vote' : 'treaty', date: formatDate(from, lang) });
}
