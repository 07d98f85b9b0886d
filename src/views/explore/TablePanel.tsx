import { useMemo, useState } from 'react';
import { isEmptyFilter } from '../../data/filters';
import { LENS_IDS } from '../../data/lenses';
import { sortRows, tableCsv, tableRows, type SortKey, type TableRow } from '../../data/tableRows';
import { groupName, groupShort } from '../../i18n/entityWords';
import { describeFiltersIn } from '../../i18n/filterWords';
import type { MessageKey } from '../../i18n/catalogue';
import { nameOf } from '../../i18n/names';
import { classLabel, lensLabel, lensShort } from '../../i18n/terms';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { download } from '../../lib/download';
import { useDate } from '../../store/derived';
import { useAtlas, useSources } from '../../data/useAtlas';
import { statusText } from '../map/describe';

const COLUMNS: { key: SortKey; label?: MessageKey; title?: MessageKey }[] = [
  { key: 'name', label: 'table.name', title: 'table.name' },
  { key: 'id', title: 'table.iso3Title' },
  { key: 'region', label: 'filter.dim.region', title: 'unGroup.title' },
  ...LENS_IDS.map((l) => ({ key: l as SortKey })),
];

/** Every entity under the current filter with its statuses; the CSV holds exactly these rows. */
export function TablePanel() {
  const atlas = useAtlas();
  // the CSV gives each source's URL once their texts are here
  const sources = useSources(atlas);
  const t = useDate();
  const { t: tr, lang, date } = useI18n();
  const filters = useAppStore((s) => s.filters);
  const select = useAppStore((s) => s.entitySelected);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'name', dir: 'ascending' });
  // names and UN groups in the page language, so the table sorts as it reads
  const rows = useMemo(() => {
    const local = (r: TableRow): TableRow => ({
      ...r, name: nameOf(atlas, r.id, lang), region: (atlas.countryById.get(r.id)?.regions ?? []).map((g) => groupName(atlas, g, lang)).join('; '),
    });
    return sortRows(tableRows(atlas, filters, t).map(local), sort.key, sort.dir);
  }, [atlas, filters, t, sort, lang]);

  const saveCsv = () =>
    download(new Blob([tableCsv(atlas, sources, rows, t, filters, lang)], { type: 'text/csv;charset=utf-8' }), `cybercrime-atlas-${t}.csv`);
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));
  const columnLabel = (c: (typeof COLUMNS)[number]) => (c.key === 'id' ? 'ISO3' : c.label ? tr(c.label) : lensShort(c.key as (typeof LENS_IDS)[number], lang));
  const columnTitle = (c: (typeof COLUMNS)[number]) => (c.title ? tr(c.title) : lensLabel(c.key as (typeof LENS_IDS)[number], lang));
  const count = { shown: rows.length, total: atlas.countries.length };

  return (
    <div className="table-view">
      <div className="table-tools">
        <span>{isEmptyFilter(filters) ? tr('table.count', count) : tr('table.countFiltered', { ...count, filter: describeFiltersIn(atlas, filters, lang) })}</span>
        <button type="button" onClick={saveCsv}>{tr('table.csv')}</button>
      </div>
      <table>
        <caption className="sr-only">{tr('table.caption', { date: date(t) })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'} title={columnTitle(c)}>
                <button type="button" onClick={() => sortBy(c.key)}>
                  {columnLabel(c)}<span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row"><button type="button" className="entity-link" onClick={() => select(r.id)}>{r.name}</button></th>
              <td>{r.id}</td>
              <td title={r.region}>{(atlas.countryById.get(r.id)?.regions ?? []).map((g) => groupShort(atlas, g, lang)).join('; ')}</td>
              {LENS_IDS.map((l) => {
                const s = r.status[l];
                return (
                  <td key={l} data-status={s.cls} title={statusText(l, s, lang)}>
                    {classLabel(l, s.cls, lang)}
                    {s.unverified && <span className="badge-unverified" title={tr('status.unverified')}><span aria-hidden="true">?</span><span className="sr-only">{tr('status.unverified')}</span></span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
