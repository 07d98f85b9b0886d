import { useMemo, type CSSProperties } from 'react';
import { compareRows } from '../../data/compare';
import { nameOf } from '../../i18n/names';
import { labelSep } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore, MAX_COMPARE } from '../../store/appStore';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';

/** The most letters a word may have to fit a third of the narrow panel at 12 px (~88 px): Russian "Соединенные"
 *  (11) spilled out of its third; "Herzegovina" (11) goes to a line of its own too. */
const LONGEST_IN_A_THIRD = 10;

/** Up to three countries side by side; rows whose cells differ are marked. */
export function ComparePanel() {
  const atlas = useAtlas();
  const t = useDate();
  const { t: tr, lang, date } = useI18n();
  const cmp = useAppStore((s) => s.cmp);
  const graph = useDerived(selectGraph);
  const toggle = useAppStore((s) => s.compareToggled);
  const select = useAppStore((s) => s.entitySelected);
  const rows = useMemo(() => (graph ? compareRows(atlas, graph, cmp, t, lang) : []), [atlas, graph, cmp, t, lang]);
  if (!cmp.length) return <p className="hint pad">{tr('compare.empty', { max: MAX_COMPARE })}</p>;
  const differing = rows.filter((r) => r.differs).length;
  // a value or name with a word too long for a third of a narrow panel (Russian "западноевропейских"): each country's
  // value then takes a line of its own there (explore.css), rather than be split between two letters
  const longWords = [...rows.flatMap((r) => r.cells), ...cmp.map((id) => nameOf(atlas, id, lang))]
    .some((text) => text.split(/[\s\-/–]+/).some((w) => w.length > LONGEST_IN_A_THIRD));
  let group = '';
  return (
    // Explicit roles: a narrow panel lays the rows out as grids (explore.css), which must not cost the table its
    // semantics (rows, row and column headers) in any browser.
    <div className="compare" data-words={longWords ? 'long' : undefined} style={{ '--cols': cmp.length } as CSSProperties}>
      <table role="table">
        <caption>
          {tr('compare.caption', { count: cmp.length, date: date(t) })}
          {cmp.length > 1 && tr('compare.differ', { differing, rows: rows.length })}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell" />
            {cmp.map((id) => (
              <th key={id} scope="col" role="columnheader">
                <button type="button" className="entity-link" onClick={() => select(id)}>{nameOf(atlas, id, lang)}</button>
                <button type="button" className="remove" onClick={() => toggle(id)} aria-label={tr('compare.remove', { name: nameOf(atlas, id, lang) })}>×</button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.flatMap((r) => {
            const head = r.group !== group ? (group = r.group) : null;
            return [
              head && <tr key={`g-${head}`} role="row" className="group"><th colSpan={cmp.length + 1} scope="colgroup" role="columnheader">{head}</th></tr>,
              <tr key={`${r.group}-${r.label}`} role="row" className={r.differs ? 'differs' : undefined}>
                <th scope="row" role="rowheader">
                  {r.differs && <span className="diff-mark" aria-hidden="true">≠ </span>}
                  {r.label}
                  {r.differs && <span className="sr-only">{tr('compare.differs')}</span>}
                </th>
                {r.cells.map((c, i) => <td key={cmp[i]} role="cell" data-country={`${nameOf(atlas, cmp[i], lang)}${labelSep(lang)}`}>{c}</td>)}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
