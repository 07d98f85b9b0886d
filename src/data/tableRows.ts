// The table view's rows and its CSV: every entity under the current filter, with each lens status at a date.
import type { Atlas } from './atlas';
import { formatDate } from './dates';
import { describeFilters, isEmptyFilter, matches, type Filters } from './filters';
import { LENSES, LENS_IDS, statusAt, type LensId, type Status } from './lenses';
import { toCsv } from './csv';

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

/** What a status cell says, in the table and the CSV alike. */
export function statusText(lens: LensId, s: Status): string {
  const label = LENSES[lens].classLabels[s.cls] ?? s.cls;
  const when = s.cls === 'unknown' && s.next
    ? ` (${LENSES[lens].classLabels[s.next.cls]} ${s.next.atLatest ? 'by' : 'from'} ${s.next.date})`
    : s.date ? ` (${s.atLatest ? `by ${s.date} at the latest` : s.date})` : '';
  return `${label}${when}${s.unverified ? ' [unverified]' : ''}`;
}

export function citation(atlas: Atlas, t: string, filters: Filters): string {
  const filter = isEmptyFilter(filters) ? 'no filter' : `filter: ${describeFilters(atlas, filters)}`;
  return `Cybercrime Cooperation Atlas, dataset v${atlas.version} (data as of ${formatDate(atlas.asOf)}), statuses as of ${formatDate(t)}; ${filter}`;
}

/** Exactly the table's rows and columns plus a sources column; the citation is the last line. */
export function tableCsv(atlas: Atlas, rows: TableRow[], t: string, filters: Filters): string {
  const header = ['Name', 'ISO3', 'UN regional group', ...LENS_IDS.map((l) => LENSES[l].label), 'Sources'];
  const body = rows.map((r) => [
    r.name, r.id, r.region,
    ...LENS_IDS.map((l) => statusText(l, r.status[l])),
    r.sources.map((id) => `${id} ${atlas.sourceById.get(id)?.url ?? ''}`.trim()).join(' | '),
  ]);
  return toCsv(header, [...body, [citation(atlas, t, filters)]]);
}
