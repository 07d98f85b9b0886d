// The table view's rows and its CSV: every entity under the current filter, with each lens status at a date. The CSV
// is in the page's language (column names, names, status words, citation); ids, ISO codes and dates stay as they are.
import type { Atlas } from './atlas';
import type { Sources } from './sourceTexts';
import { formatDate } from './dates';
import { isEmptyFilter, matches, type Filters } from './filters';
import { LENSES, LENS_IDS, statusAt, type LensId, type Status } from './lenses';
import { toCsv } from './csv';
import { formatMessage } from '../i18n/catalogue';
import { describeFiltersIn } from '../i18n/filterWords';
import { inParens, type Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import { classLabel, lensLabel } from '../i18n/terms';

export interface TableRow {
  id: string;
  name: string;
  region: string;
  status: Record<LensId, Status>;
  /** every source behind the row: the country's own and each status's */
  sources: string[];
}

export function tableRows(atlas: Atlas, filters: Filters, t: string): TableRow[] {
  const groupName = new Map(atlas.blocs.map((b) => [b.id, b.name]));
  return atlas.countries
    .filter((c) => matches(atlas, filters, c.id, t))
    .map((c) => {
      const status = Object.fromEntries(LENS_IDS.map((l) => [l, statusAt(atlas, l, c.id, t)])) as Record<LensId, Status>;
      const sources = [...new Set([...c.sources, ...LENS_IDS.flatMap((l) => status[l].sources)])];
      return { id: c.id, name: c.name, region: c.regions.map((r) => groupName.get(r) ?? r).join('; '), status, sources };
    });
}

export type SortKey = 'name' | 'id' | 'region' | LensId;

/** Lens columns sort by the lens's class order (party before signatory…), then by name. */
export function sortRows(rows: TableRow[], key: SortKey, dir: 'ascending' | 'descending'): TableRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const value = (r: TableRow): string | number =>
    key === 'name' || key === 'id' || key === 'region' ? r[key] : LENSES[key].classes.indexOf(r.status[key].cls);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string);
    return sign * c || a.name.localeCompare(b.name);
  });
}

/** What a status cell says, in the table and the CSV alike (dates as the data has them). */
export function statusText(lens: LensId, s: Status, lang: Lang = 'en'): string {
  const label = classLabel(lens, s.cls, lang);
  const when = s.cls === 'unknown' && s.next
    ? inParens(formatMessage(lang, 'csv.next', { status: classLabel(lens, s.next.cls, lang), date: s.next.date, atLatest: s.next.atLatest ? 'yes' : 'no' }), lang)
    : s.date ? inParens(s.atLatest ? formatMessage(lang, 'status.byAtLatest', { date: s.date }) : s.date, lang) : '';
  return `${label}${when}${s.unverified ? ` [${formatMessage(lang, 'status.unverified')}]` : ''}`;
}

export function citation(atlas: Atlas, t: string, filters: Filters, lang: Lang = 'en'): string {
  const filter = isEmptyFilter(filters) ? formatMessage(lang, 'csv.noFilter') : formatMessage(lang, 'csv.filter', { filter: describeFiltersIn(atlas, filters, lang) });
  return formatMessage(lang, 'csv.citation', { version: atlas.version, asOf: formatDate(atlas.asOf, lang), date: formatDate(t, lang), filter });
}

/** Exactly the table's rows and columns plus a sources column (each id with its URL once the sources' texts are
 *  here); the citation is the last line. */
export function tableCsv(atlas: Atlas, sources: Sources | null, rows: TableRow[], t: string, filters: Filters, lang: Lang = 'en'): string {
  const header = [formatMessage(lang, 'csv.name'), 'ISO3', formatMessage(lang, 'csv.region'), ...LENS_IDS.map((l) => lensLabel(l, lang)), formatMessage(lang, 'csv.sources')];
  const body = rows.map((r) => [
    nameOf(atlas, r.id, lang), r.id, r.region,
    ...LENS_IDS.map((l) => statusText(l, r.status[l], lang)),
    r.sources.map((id) => `${id} ${sources?.byId.get(id)?.url ?? ''}`.trim()).join(' | '),
  ]);
  return toCsv(header, [...body, [citation(atlas, t, filters, lang)]]);
}
