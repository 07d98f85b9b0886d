// The dataset as flat CSV for download: one long table of facts (one row per fact and attribute, each with its
// source ids and URLs) and one table of sources. Pure text builders; the view turns them into Blobs. Column names
// are in the page's language; the cells are the dataset's own ids, codes, dates and English text.
import type { Dataset } from './schema';
import { normaliseDataset } from './atlas';
import { toCsv } from './csv';
import { EIF_ARTICLES, stateInForce } from './inForce';
import { formatMessage, type MessageKey } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';

const csv = toCsv;

const FACT_KEYS: MessageKey[] = ['csv.col.family', 'csv.col.entity', 'csv.col.entity_name', 'csv.col.counterpart', 'csv.col.attribute', 'csv.col.value',
  'csv.col.date', 'csv.col.unverified', 'csv.col.note', 'csv.col.source_ids', 'csv.col.source_urls', 'csv.col.origin'];
const SOURCE_KEYS: MessageKey[] = ['csv.col.source_id', 'csv.col.url', 'csv.col.title', 'csv.col.as_of', 'csv.col.what_it_supports', 'csv.col.origin'];
const columns = (keys: MessageKey[], lang: Lang) => keys.map((k) => formatMessage(lang, k));

/** The facts table's column names in English: family, entity, entity_name… */
export const FACT_COLUMNS = columns(FACT_KEYS, 'en');

interface Fact { sources: string[]; origin: string; note?: string; unverified?: boolean }

export function factsCsv(d: Dataset, lang: Lang = 'en'): string {
  const url = new Map(d.sources.map((s) => [s.id, s.url]));
  const name = new Map<string, string>([...d.countries.map((c) => [c.id, c.name] as const), ...d.nodes.map((n) => [n.id, n.label] as const)]);
  const rows: unknown[][] = [];
  const add = (family: string, entity: string, counterpart: string, attribute: string, value: unknown, date: string | undefined, f: Fact) =>
    rows.push([family, entity, name.get(entity) ?? (entity === 'eu' ? 'European Union' : entity), counterpart, attribute, value, date,
      f.unverified ? 'yes' : 'no', f.note, f.sources.join(';'), f.sources.map((s) => url.get(s) ?? '').join(' '), f.origin]);

  for (const c of d.countries) add('entity', c.id, '', 'kind', c.kind, undefined, c);
  const atlas = normaliseDataset(d);
  for (const t of d.treaties) {
    add(t.treaty, t.country, '', 'status', t.status, undefined, t);
    if (t.signed) add(t.treaty, t.country, '', 'signed', t.signed, t.signed, t);
    if (t.ratified) add(t.treaty, t.country, '', 'ratified_or_acceded', t.ratified, t.ratified, t);
    if (t.inForce) add(t.treaty, t.country, '', 'in_force', t.inForce, t.inForce, t);
    else {
      const c = computedInForce(atlas, t);
      if (c) add(t.treaty, t.country, '', c.attribute, c.date, c.date, c.fact);
    }
  }
  const resDate = new Map(d.resolutions.map((r) => [r.id, r.date]));
  for (const v of d.votes) add(v.resolution, v.country, '', 'vote', v.vote, resDate.get(v.resolution), v);
  for (const s of d.sponsors) add(s.document, s.country, '', 'sponsor', 'yes', undefined, s);
  for (const u of d.unConvention) {
    if (u.signed) add('un-convention', u.country, '', 'signed', u.signed, u.signed, u);
    if (u.ratified) add('un-convention', u.country, '', 'ratified', u.ratified, u.ratified, u);
  }
  for (const m of d.memberships) add(`bloc:${m.bloc}`, m.country, '', 'membership', m.status, m.since, { ...m, note: [m.until && `until ${m.until}`, m.note].filter(Boolean).join('; ') || undefined });
  // An edge's earlier stages (signed, …) are facts with their own dates and sources: without them an agreement in
  // force from undated evidence would lose its signature day in the download.
  for (const e of d.edges) {
    for (const h of e.history) add('network', e.source, e.target, e.relation, h.stage, h.date, h);
    add('network', e.source, e.target, e.relation, e.stage, e.date, e);
  }
  for (const o of d.officialTotals) add('official-total', o.lens, '', `${o.classes.join('+')} on ${o.date}`, o.official, o.date, o);
  return csv(columns(FACT_KEYS, lang), rows);
}

/**
 * The entry into force no source records but the record shows, computed by the treaty's article (data/inForce.ts), as
 * its own attribute so that a machine tells it from a recorded `in_force`: `in_force_computed` (from the recorded
 * deposit) or `in_force_by_computed` (in force by that day at the latest, from the earliest dated evidence of the
 * State's consent; no deposit day recorded). The note names the article; the sources are those of the deposit (or of
 * the evidence), with the Convention's or Protocol's own entry into force (coe:S107) when that is the day.
 */
function computedInForce(atlas: ReturnType<typeof normaliseDataset>, t: Dataset['treaties'][number]) {
  const eif = stateInForce(atlas, t.treaty, t);
  if (!eif || !eif.derived) return null;
  const own = eif.article === EIF_ARTICLES[t.treaty].treaty;
  const bound = eif.atLatest ? t.evidence.find((e) => e.kind === 'known_by' && e.cls === 'party') : undefined;
  const base = bound ?? t;
  const sources = own && !base.sources.includes('coe:S107') ? [...base.sources, 'coe:S107'] : base.sources;
  const rule = own
    ? `the treaty's own entry into force (Art. ${eif.article}), the consent having been given before it`
    : `the first day of the month after three months from the deposit (Art. ${eif.article})`;
  const note = bound
    ? `Computed, not read in a source: in force by this date at the latest, by ${rule}, from the evidence that the State had consented by ${bound.date}; the deposit date is not recorded`
    : `Computed, not read in a source: ${rule}, from the deposit of ${t.ratified}`;
  return {
    attribute: eif.atLatest ? 'in_force_by_computed' : 'in_force_computed', date: eif.date,
    fact: { sources, origin: base.origin, note, unverified: t.unverified || !!bound?.unverified },
  };
}

export function sourcesCsv(d: Dataset, lang: Lang = 'en'): string {
  return csv(columns(SOURCE_KEYS, lang), d.sources.map((s) => [s.id, s.url, s.title, s.asOf, s.supports, s.origin]));
}
