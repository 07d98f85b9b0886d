// The dataset as flat CSV for download: one long table of facts (one row per fact and attribute, each with its
// source ids and URLs) and one table of sources. Pure text builders; the view turns them into Blobs.
import type { Dataset } from './schema';
import { toCsv } from './csv';

const csv = toCsv;

export const FACT_COLUMNS = ['family', 'entity', 'entity_name', 'counterpart', 'attribute', 'value', 'date', 'unverified', 'note', 'source_ids', 'source_urls', 'origin'];

interface Fact { sources: string[]; origin: string; note?: string; unverified?: boolean }

export function factsCsv(d: Dataset): string {
  const url = new Map(d.sources.map((s) => [s.id, s.url]));
  const name = new Map<string, string>([...d.countries.map((c) => [c.id, c.name] as const), ...d.nodes.map((n) => [n.id, n.label] as const)]);
  const rows: unknown[][] = [];
  const add = (family: string, entity: string, counterpart: string, attribute: string, value: unknown, date: string | undefined, f: Fact) =>
    rows.push([family, entity, name.get(entity) ?? (entity === 'eu' ? 'European Union' : entity), counterpart, attribute, value, date,
      f.unverified ? 'yes' : 'no', f.note, f.sources.join(';'), f.sources.map((s) => url.get(s) ?? '').join(' '), f.origin]);

  for (const c of d.countries) add('entity', c.id, '', 'kind', c.kind, undefined, c);
  for (const t of d.treaties) {
    add(t.treaty, t.country, '', 'status', t.status, undefined, t);
    if (t.signed) add(t.treaty, t.country, '', 'signed', t.signed, t.signed, t);
    if (t.ratified) add(t.treaty, t.country, '', 'ratified_or_acceded', t.ratified, t.ratified, t);
    if (t.inForce) add(t.treaty, t.country, '', 'in_force', t.inForce, t.inForce, t);
  }
  const resDate = new Map(d.resolutions.map((r) => [r.id, r.date]));
  for (const v of d.votes) add(v.resolution, v.country, '', 'vote', v.vote, resDate.get(v.resolution), v);
  for (const s of d.sponsors) add(s.document, s.country, '', 'sponsor', 'yes', undefined, s);
  for (const u of d.unConvention) {
    if (u.signed) add('un-convention', u.country, '', 'signed', u.signed, u.signed, u);
    if (u.ratified) add('un-convention', u.country, '', 'ratified', u.ratified, u.ratified, u);
  }
  for (const m of d.memberships) add(`bloc:${m.bloc}`, m.country, '', 'membership', m.status, m.since, { ...m, note: [m.until && `until ${m.until}`, m.note].filter(Boolean).join('; ') || undefined });
  for (const e of d.edges) add('network', e.source, e.target, e.relation, e.stage, e.date, e);
  for (const o of d.officialTotals) add('official-total', o.lens, '', `${o.classes.join('+')} on ${o.date}`, o.official, o.date, o);
  return csv(FACT_COLUMNS, rows);
}

export function sourcesCsv(d: Dataset): string {
  return csv(['source_id', 'url', 'title', 'as_of', 'what_it_supports', 'origin'], d.sources.map((s) => [s.id, s.url, s.title, s.asOf, s.supports, s.origin]));
}
