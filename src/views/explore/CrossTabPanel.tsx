import { useMemo, useState } from 'react';
import { CROSS_DIMS, cellFilter, classLabel, crossTab, dimLabel, type CrossDim } from '../../data/crosstab';
import { serialiseFilters } from '../../data/filters';
import { formatDate } from '../../data/dates';
import { LENSES, isLensId } from '../../data/lenses';
import { SHORT_LABELS } from '../../data/labels';
import { useAppStore } from '../../store/appStore';
import { useAtlas, useDate } from '../../store/derived';

const dimName = (d: CrossDim) => (isLensId(d) ? LENSES[d].label : 'UN regional group');

function DimSelect({ label, value, onChange }: { label: string; value: CrossDim; onChange: (d: CrossDim) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as CrossDim)}>
        {CROSS_DIMS.map((d) => <option key={d} value={d}>{dimName(d)}</option>)}
      </select>
    </label>
  );
}

/** Two dimensions against each other at the active date; a cell click filters to that pair. */
export function CrossTabPanel() {
  const atlas = useAtlas()!;
  const t = useDate();
  const filters = useAppStore((s) => s.filters);
  const filtersSet = useAppStore((s) => s.filtersSet);
  const [rowDim, setRowDim] = useState<CrossDim>('budapest');
  const [colDim, setColDim] = useState<CrossDim>('unga-74-247');
  const x = useMemo(() => crossTab(atlas, rowDim, colDim, t), [atlas, rowDim, colDim, t]);
  const active = serialiseFilters(filters);
  const short = (d: CrossDim, c: string) => SHORT_LABELS[classLabel(atlas, d, c)] ?? classLabel(atlas, d, c);
  // empty classes (e.g. no "invited" under a protocol) only widen the table
  const rows = x.rows.map((r, i) => ({ r, i })).filter(({ i }) => x.rowTotals[i] > 0);
  const cols = x.cols.map((c, j) => ({ c, j })).filter(({ j }) => x.colTotals[j] > 0);
  return (
    <div className="crosstab">
      <div className="crosstab-pickers">
        <DimSelect label="Rows" value={rowDim} onChange={setRowDim} />
        <DimSelect label="Columns" value={colDim} onChange={setColDim} />
      </div>
      <table>
        <caption>
          {dimLabel(rowDim)} × {dimLabel(colDim)}, {x.entities} countries and territories as of {formatDate(t)}. Click a count to filter.
        </caption>
        <thead>
          <tr>
            <td />
            {cols.map(({ c }) => <th key={c} scope="col" title={classLabel(atlas, colDim, c)}>{short(colDim, c)}</th>)}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, i }) => (
            <tr key={r}>
              <th scope="row" title={classLabel(atlas, rowDim, r)}>{short(rowDim, r)}</th>
              {cols.map(({ c, j }) => {
                const n = x.counts[i][j];
                const f = cellFilter(rowDim, r, colDim, c);
                const on = serialiseFilters(f) === active;
                return (
                  <td key={c} className={on ? 'on' : undefined}>
                    {n > 0 ? (
                      <button type="button" aria-pressed={on} onClick={() => filtersSet(f)}
                        aria-label={`${n}: ${dimLabel(rowDim)} ${classLabel(atlas, rowDim, r)} and ${dimLabel(colDim)} ${classLabel(atlas, colDim, c)}`}>
                        {n}
                      </button>
                    ) : <span className="zero">0</span>}
                  </td>
                );
              })}
              <td className="total">{x.rowTotals[i]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {cols.map(({ c, j }) => <td key={c} className="total">{x.colTotals[j]}</td>)}
            <td className="total">{x.rowTotals.reduce((a, b) => a + b, 0)}</td>
          </tr>
        </tfoot>
      </table>
      {(rowDim === 'region' || colDim === 'region') && (
        <p className="hint">Countries in two UN groups count in both; those in none are not counted.</p>
      )}
    </div>
  );
}
