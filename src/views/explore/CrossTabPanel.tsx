import { useMemo, useState } from 'react';
import { CROSS_DIMS, cellFilter, crossTab, type CrossDim } from '../../data/crosstab';
import { serialiseFilters } from '../../data/filters';
import { isLensId } from '../../data/lenses';
import type { Atlas } from '../../data/atlas';
import { groupName, groupShort } from '../../i18n/entityWords';
import type { Lang } from '../../i18n/langs';
import { classLabel, classShort, lensLabel, lensShort } from '../../i18n/terms';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { useDate } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { WrappingSelect } from '../../lib/WrappingSelect';

/** A class of a dimension in full (titles, accessible names) and in its narrow-column form. */
const fullLabel = (atlas: Atlas, d: CrossDim, c: string, lang: Lang) => (isLensId(d) ? classLabel(d, c, lang) : groupName(atlas, c, lang));
const shortLabel = (atlas: Atlas, d: CrossDim, c: string, lang: Lang) => (isLensId(d) ? classShort(d, c, lang) : groupShort(atlas, c, lang));

function DimSelect({ label, value, onChange }: { label: string; value: CrossDim; onChange: (d: CrossDim) => void }) {
  const { t, lang } = useI18n();
  const dimName = (d: CrossDim) => (isLensId(d) ? lensLabel(d, lang) : t('unGroup.title'));
  return (
    <label>
      {label}{' '}
      {/* the chosen name wraps (a native select cut "Конвенция о киберпреступности (Будапештская, CETS 185)" at
          "киберпреступно" in a 214 px picker at 1024) */}
      <WrappingSelect shown={dimName(value)} value={value} onChange={(e) => onChange(e.target.value as CrossDim)}>
        {CROSS_DIMS.map((d) => <option key={d} value={d}>{dimName(d)}</option>)}
      </WrappingSelect>
    </label>
  );
}

/** Two dimensions against each other at the active date; a cell click filters to that pair. */
export function CrossTabPanel() {
  const atlas = useAtlas();
  const t = useDate();
  const { t: tr, lang, date, number } = useI18n();
  const filters = useAppStore((s) => s.filters);
  const filtersSet = useAppStore((s) => s.filtersSet);
  const [rowDim, setRowDim] = useState<CrossDim>('budapest');
  const [colDim, setColDim] = useState<CrossDim>('unga-74-247');
  const x = useMemo(() => crossTab(atlas, rowDim, colDim, t), [atlas, rowDim, colDim, t]);
  const active = serialiseFilters(filters);
  const dimLabel = (d: CrossDim) => (isLensId(d) ? lensShort(d, lang) : tr('unGroup.title'));
  // empty classes (e.g. no "invited" under a protocol) only widen the table
  const rows = x.rows.map((r, i) => ({ r, i })).filter(({ i }) => x.rowTotals[i] > 0);
  const cols = x.cols.map((c, j) => ({ c, j })).filter(({ j }) => x.colTotals[j] > 0);
  const caption = tr('crosstab.caption', { row: dimLabel(rowDim), col: dimLabel(colDim), count: x.entities, date: date(t) });
  return (
    <div className="crosstab">
      <div className="crosstab-pickers">
        <DimSelect label={tr('crosstab.rows')} value={rowDim} onChange={setRowDim} />
        <DimSelect label={tr('crosstab.cols')} value={colDim} onChange={setColDim} />
      </div>
      {/* the table scrolls sideways in its own box when the panel is narrower than its columns (300 px at 1024×768:
          English needs ~360, Russian ~460); the caption, said above it, wraps in the panel's width and stays in view */}
      <p className="crosstab-caption" aria-hidden="true">{caption}</p>
      <div className="crosstab-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <td />
            {cols.map(({ c }) => <th key={c} scope="col" title={fullLabel(atlas, colDim, c, lang)}>{shortLabel(atlas, colDim, c, lang)}</th>)}
            <th scope="col">{tr('crosstab.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, i }) => (
            <tr key={r}>
              <th scope="row" title={fullLabel(atlas, rowDim, r, lang)}>{shortLabel(atlas, rowDim, r, lang)}</th>
              {cols.map(({ c, j }) => {
                const n = x.counts[i][j];
                const f = cellFilter(rowDim, r, colDim, c);
                const on = serialiseFilters(f) === active;
                return (
                  <td key={c} className={on ? 'on' : undefined}>
                    {n > 0 ? (
                      <button type="button" aria-pressed={on} onClick={() => filtersSet(f)}
                        aria-label={tr('crosstab.cellAria', { n, rowDim: dimLabel(rowDim), rowClass: fullLabel(atlas, rowDim, r, lang), colDim: dimLabel(colDim), colClass: fullLabel(atlas, colDim, c, lang) })}>
                        {number(n)}
                      </button>
                    ) : <span className="zero">{number(0)}</span>}
                  </td>
                );
              })}
              <td className="total">{number(x.rowTotals[i])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tr('crosstab.total')}</th>
            {cols.map(({ c, j }) => <td key={c} className="total">{number(x.colTotals[j])}</td>)}
            <td className="total">{number(x.rowTotals.reduce((a, b) => a + b, 0))}</td>
          </tr>
        </tfoot>
      </table>
      </div>
      {(rowDim === 'region' || colDim === 'region') && <p className="hint">{tr('crosstab.twoGroups')}</p>}
    </div>
  );
}
