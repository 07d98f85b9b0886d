// Compare: one row per fact, one cell per country, and whether the cells differ. Words in the page language.
import { currentMemberships, membershipStatus, type Atlas } from './atlas';
import { formatDate, onOrBefore } from './dates';
import { LENS_IDS, statusAt } from './lenses';
import { stateInForce } from './inForce';
import { SPONSORED_DOC, sponsorsOnRecordFrom } from './labels';
import { TREATIES } from './vocab';
import { EDGE_FAMILIES, isActive, type Graph } from '../graph/model';
import { messagesIn, type MessageKey } from '../i18n/catalogue';
import { familyLabel, groupName, kindLabel, membershipWord } from '../i18n/entityWords';
import { addParens, type Lang } from '../i18n/langs';
import { lensLabel } from '../i18n/terms';
import { statusText } from '../views/map/describe';

export interface CompareRow { group: string; label: string; cells: string[]; differs: boolean }

const DASH = '—';
const TREATY_KEYS: Record<(typeof TREATIES)[number], MessageKey> = { cets185: 'record.treaty.cets185', ets189: 'record.treaty.ets189', cets224: 'record.treaty.cets224' };

export function compareRows(atlas: Atlas, graph: Graph, ids: string[], t: string, lang: Lang = 'en'): CompareRow[] {
  const rows: Omit<CompareRow, 'differs'>[] = [];
  const w = messagesIn(lang);
  // A date after the as-of date is said to be later, as in the record: the cells are read as "at the date".
  const later = (text: string) => `${text} ${w('record.afterShown')}`;
  const d = (v?: string) => (v ? (onOrBefore(v, t) ? formatDate(v, lang) : later(formatDate(v, lang))) : DASH);
  const row = (group: string, label: string, cell: (id: string) => string) => rows.push({ group, label, cells: ids.map(cell) });
  const country = (id: string) => atlas.countryById.get(id);

  const identity = w('compare.g.identity');
  row(identity, w('compare.kind'), (id) => (country(id) ? kindLabel(country(id)!.kind, lang) : DASH));
  row(identity, w('unGroup.title'), (id) => country(id)?.regions.map((r) => groupName(atlas, r, lang)).join('; ') || DASH);
  for (const lens of LENS_IDS) row(w('compare.g.status'), lensLabel(lens, lang), (id) => statusText(lens, statusAt(atlas, lens, id, t), lang));
  for (const tr of TREATIES) {
    const f = (id: string) => atlas.treaty[tr].get(id);
    const group = w(TREATY_KEYS[tr]);
    row(group, w('compare.signed'), (id) => d(f(id)?.signed));
    row(group, w('compare.ratified'), (id) => d(f(id)?.ratified));
    // as the record says it: recorded, or computed from the deposit by the treaty's article and said to be (inForce.ts)
    row(group, w('compare.inForce'), (id) => {
      const eif = f(id) && stateInForce(atlas, tr, f(id)!);
      if (!eif) return DASH;
      const day = eif.atLatest
        ? (onOrBefore(eif.date, t) ? (x: string) => x : later)(w('status.byAtLatest', { date: formatDate(eif.date, lang) }))
        : d(eif.date);
      // one pair of parentheses: "1 October 2023 (after the date shown, computed from the deposit: Art. 10(2), 11(2))"
      return eif.derived ? addParens(day, w('record.inForceByArticle', { article: eif.article ?? '' }), lang) : day;
    });
  }
  const un = w('compare.g.un');
  row(un, w('compare.sponsored', { doc: SPONSORED_DOC }), (id) =>
    // before the draft's co-sponsors are on record, "No" is as much a later fact as "Yes"
    (t < sponsorsOnRecordFrom(atlas) ? later : (x: string) => x)(w(atlas.sponsors.has(id) ? 'compare.yes' : 'compare.no')));
  row(un, w('compare.unSigned'), (id) => d(atlas.unConvention.get(id)?.signed));
  row(un, w('compare.unRatified'), (id) => d(atlas.unConvention.get(id)?.ratified));
  const blocIds = new Set(ids.flatMap((id) => currentMemberships(atlas, id, t).map((m) => m.bloc)));
  for (const b of atlas.blocs.filter((x) => x.kind === 'bloc' && blocIds.has(x.id)))
    row(w('compare.g.blocs'), groupName(atlas, b.id, lang), (id) => {
      const m = currentMemberships(atlas, id, t).find((x) => x.bloc === b.id);
      if (!m) return DASH;
      const status = membershipWord(membershipStatus(m), lang);
      return m.since ? w('compare.memberSince', { status, date: formatDate(m.since, lang) }) : status;
    });
  // Relations in force (or ongoing) at the date, and apart those that are not (signed, negotiating, suspended,
  // invited), as the link-family chips and the record count them: a suspended relation is not a partner.
  for (const f of EDGE_FAMILIES) {
    const counts = ids.map((id) => {
      const links = (graph.linksOf.get(id) ?? []).map((l) => graph.linkById.get(l)!).filter((l) => l.family === f);
      const active = links.filter(isActive).length;
      return { active, apart: links.length - active };
    });
    if (counts.some((n) => n.active + n.apart > 0)) row(w('compare.g.relations'), familyLabel(f, lang), (id) => w('compare.relationsCell', counts[ids.indexOf(id)]));
  }
  return rows.map((r) => ({ ...r, differs: ids.length > 1 && new Set(r.cells).size > 1 }));
}
