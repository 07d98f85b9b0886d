// The country record's opening sentence, written from the data at an as-of date. Says only what the facts say.
// Each clause is one message per language (the words around the data are the catalogue's, never assembled here).
import type { Atlas } from './atlas';
import { formatDate } from './dates';
import { UN_CONVENTION_OPENED, statusAt, type LensId } from './lenses';
import { SPONSORED_DOC, sponsorsOnRecordFrom } from './labels';
import { formatMessage } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';

const VOTED = new Set(['yes', 'no', 'abstain', 'absent']);

/** The day a status began, when the data has it: a date known only as a bound ("party by 1 June 2011 at the latest") is
 *  the evidence's, not the day the State became a party or signed, so it is not said as "since" or "on". */
const dayOf = (s: { date?: string; atLatest: boolean }) => (s.atLatest ? undefined : s.date);

function budapestClause(atlas: Atlas, id: string, t: string, lang: Lang): string {
  const s = statusAt(atlas, 'budapest', id, t);
  const day = dayOf(s);
  if (s.cls === 'party') return formatMessage(lang, 'summary.budapestParty', { hasYear: day ? 'yes' : 'no', year: day?.slice(0, 4) ?? '' });
  if (s.cls === 'signatory') return formatMessage(lang, 'summary.budapestSigned', { hasDate: day ? 'yes' : 'no', date: day ? formatDate(day, lang) : '' });
  if (s.cls === 'invited') return formatMessage(lang, 'summary.budapestInvited');
  // no evidence yet says which status held (the record says what is known next): not "not a party"
  if (s.cls === 'unknown') return formatMessage(lang, 'summary.budapestUnknown');
  return formatMessage(lang, 'summary.budapestNone');
}

function voteClauses(atlas: Atlas, id: string, t: string, lang: Lang): string[] {
  const lenses: LensId[] = ['unga-74-247', 'unga-73-187'];
  const votes = lenses
    .map((l) => ({ vote: statusAt(atlas, l, id, t).cls, symbol: atlas.resolutionById.get(l)?.symbol ?? l }))
    .filter((v) => VOTED.has(v.vote));
  if (votes.length === 2 && votes[0].vote === votes[1].vote)
    return [formatMessage(lang, 'summary.voteBoth', { vote: votes[0].vote, a: votes[0].symbol, b: votes[1].symbol })];
  return votes.map((v) => formatMessage(lang, 'summary.vote', { vote: v.vote, symbol: v.symbol }));
}

function unClause(atlas: Atlas, id: string, t: string, lang: Lang): string | null {
  const s = statusAt(atlas, 'un-convention', id, t);
  const day = dayOf(s);
  if (s.cls === 'ratified') return formatMessage(lang, 'summary.unRatified', { hasDate: day ? 'yes' : 'no', date: day ? formatDate(day, lang) : '' });
  if (s.cls === 'signatory') return day ? formatMessage(lang, 'summary.unSigned', { date: formatDate(day, lang) }) : formatMessage(lang, 'summary.unSignedNoDate');
  return s.cls === 'none' && t >= UN_CONVENTION_OPENED ? formatMessage(lang, 'summary.unNone') : null;
}

/** e.g. "Party to the Budapest Convention since 2006; voted against A/RES/74/247; signed the UN convention on 25 October 2025." */
export function summarise(atlas: Atlas, id: string, t: string, lang: Lang = 'en'): string {
  const c = atlas.countryById.get(id);
  if (!c) return '';
  if (c.kind === 'territory') return formatMessage(lang, 'summary.territory');
  const clauses = [budapestClause(atlas, id, t, lang), ...voteClauses(atlas, id, t, lang)];
  if (atlas.sponsors.has(id) && t >= sponsorsOnRecordFrom(atlas)) clauses.push(formatMessage(lang, 'summary.sponsored', { doc: SPONSORED_DOC }));
  const un = unClause(atlas, id, t, lang);
  if (un) clauses.push(un);
  const text = clauses.reduce((a, b) => formatMessage(lang, 'summary.sep', { a, b }));
  const sentence = `${text[0].toLocaleUpperCase(lang)}${text.slice(1)}`;
  const ended = formatMessage(lang, 'summary.end', { text: sentence });
  // a clause that ends with an abbreviation's full stop (a Russian date, "25 октября 2025 г.") ends the sentence too:
  // one full stop, not "г.."
  return sentence.endsWith('.') && ended === `${sentence}.` ? sentence : ended;
}
