import { useMemo, useState } from 'react';
import { formatDate } from '../../data/dates';
import { describeFilters, isEmptyFilter } from '../../data/filters';
import { LENSES, LENS_IDS } from '../../data/lenses';
import { SHORT_LABELS } from '../../data/labels';
import { sortRows, statusText, tableCsv, tableRows, type SortKey } from '../../data/tableRows';
import { useAppStore } from '../../store/appStore';
import { download } from '../../lib/download';
import { useAtlas, useDate } from '../../store/derived';

const COLUMNS: { key: SortKey; label: string; title: string }[] = [
  { key: 'name', label: 'Name', title: 'Name' },
  { key: 'id', label: 'ISO3', title: 'ISO 3166 alpha-3 code' },
  { key: 'region', label: 'UN group', title: 'UN regional group' },
  ...LENS_IDS.map((l) => ({ key: l as SortKey, label: LENSES[l].short, title: LENSES[l].label })),
];

/** Every entity under the current filter with its statuses; the CSV holds exactly these rows. */
export function TablePanel() {
  const atlas = useAtlas()!;
  const t = useDate();
  const filters = useAppStore((s) => s.filters);
  const select = useAppStore((s) => s.entitySelected);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'name', dir: 'ascending' });
  const rows = useMemo(() => sortRows(tableRows(atlas, filters, t), sort.key, sort.dir), [atlas, filters, t, sort]);

  const saveCsv = () =>
    download(new Blob([tableCsv(atlas, rows, t, filters)], { type: 'text/csv;charset=utf-8' }), `cybercrime-atlas-${t}.csv`);
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className="table-view">
      <div className="table-tools">
        <span>{rows.length} of {atlas.countries.length}{isEmptyFilter(filters) ? '' : ` (${describeFilters(atlas, filters)})`}</span>
        <button type="button" onClick={saveCsv}>Download CSV</button>
      </div>
      <table>
        <caption className="sr-only">Countries and territories as of {formatDate(t)}; choose a column header to sort</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'} title={c.title}>
                <button type="button" onClick={() => sortBy(c.key)}>
                  {c.label}<span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
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
              <td title={r.region}>{r.region.split('; ').map((n) => SHORT_LABELS[n] ?? n).join('; ')}</td>
              {LENS_IDS.map((l) => {
                const s = r.status[l];
                return (
                  <td key={l} data-status={s.cls} title={statusText(l, s)}>
                    {LENSES[l].classLabels[s.cls]}
                    {s.unverified && <span className="badge-unverified" title="unverified"><span aria-hidden="true">?</span><span className="sr-only">unverified</span></span>}
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
