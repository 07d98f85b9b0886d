// The country record's opening sentence, written from the data at an as-of date. Says only what the facts say.
import type { Atlas } from './atlas';
import { formatDate } from './dates';
import { UN_CONVENTION_OPENED, statusAt, type LensId } from './lenses';
import { SPONSORED_DOC } from './labels';

const VOTE_VERBS: Record<string, string> = { yes: 'voted for', no: 'voted against', abstain: 'abstained on', absent: 'did not vote on' };

function budapestClause(atlas: Atlas, id: string, t: string): string {
  const s = statusAt(atlas, 'budapest', id, t);
  const when = s.date ? ` since ${s.date.slice(0, 4)}` : '';
  if (s.cls === 'party') return `Party to the Budapest Convention${when}`;
  if (s.cls === 'signatory') return `signed the Budapest Convention${s.date ? ` on ${formatDate(s.date)}` : ''} but is not a party`;
  if (s.cls === 'invited') return 'invited to accede to the Budapest Convention';
  return 'not a party to the Budapest Convention';
}

function voteClauses(atlas: Atlas, id: string, t: string): string[] {
  const lenses: LensId[] = ['unga-74-247', 'unga-73-187'];
  const votes = lenses
    .map((l) => ({ cls: statusAt(atlas, l, id, t).cls, symbol: atlas.resolutionById.get(l)?.symbol ?? l }))
    .filter((v) => VOTE_VERBS[v.cls]);
  if (votes.length === 2 && votes[0].cls === votes[1].cls) return [`${VOTE_VERBS[votes[0].cls]} ${votes[0].symbol} and ${votes[1].symbol}`];
  return votes.map((v) => `${VOTE_VERBS[v.cls]} ${v.symbol}`);
}

function unClause(atlas: Atlas, id: string, t: string): string | null {
  const s = statusAt(atlas, 'un-convention', id, t);
  if (s.cls === 'ratified') return `ratified the UN convention${s.date ? ` on ${formatDate(s.date)}` : ''}`;
  if (s.cls === 'signatory') return s.date ? `signed the UN convention on ${formatDate(s.date)}` : 'signed the UN convention (date not recorded)';
  return s.cls === 'none' && t >= UN_CONVENTION_OPENED ? 'has not signed the UN convention' : null;
}

/** e.g. "Party to the Budapest Convention since 2006; voted against A/RES/74/247; signed the UN convention on 25 October 2025." */
export function summarise(atlas: Atlas, id: string, t: string): string {
  const c = atlas.countryById.get(id);
  if (!c) return '';
  if (c.kind === 'territory') return 'A territory, not a UN member state: the treaty and vote lenses do not apply to it.';
  const clauses = [budapestClause(atlas, id, t), ...voteClauses(atlas, id, t)];
  // The draft has no date in the data; it is shown once the resolution it became is on record.
  if (atlas.sponsors.has(id) && t >= (atlas.resolutionById.get('unga-74-247')?.date ?? '')) clauses.push(`co-sponsored draft ${SPONSORED_DOC}`);
  const un = unClause(atlas, id, t);
  if (un) clauses.push(un);
  const text = clauses.join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
