import { useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { compareRows } from '../../data/compare';
import { nameOf } from '../../i18n/names';
import { labelSep } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore, MAX_COMPARE } from '../../store/appStore';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { fontMeasure, piecesFit } from './wordFit';

/** Marks `box` data-words="long" when a word of a value or a name is wider than a column of the narrow layout (its
 *  width over the countries, less a cell's padding and border), measured in the cells' own fonts: each country's
 *  value then takes a line of its own there (explore.css), rather than be split between two letters or spill into
 *  the next column (Russian "западноевропейских"). Without a layout (jsdom) it is left as it is. */
function markLongWords(box: HTMLElement, values: readonly string[], names: readonly string[]): void {
  const table = box.querySelector('table');
  const cell = box.querySelector('tbody td');
  const name = box.querySelector('thead .entity-link');
  if (!table?.clientWidth || !cell || !name || !names.length) return;
  const value = fontMeasure(cell);
  const title = fontMeasure(name);
  if (!value || !title) return;
  const s = getComputedStyle(cell);
  // the column's room: its share of the table less padding and the 1 px rule between columns; a word may pass it by
  // under half a pixel, as Chromium lays "Herzegovina" (84.64 px) in a third of 84.34 px at 1024×768 without a break
  const room = table.clientWidth / names.length - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 1 + 0.5;
  const fits = piecesFit(values, room, value) && piecesFit(names, room, title);
  if (fits) delete box.dataset.words;
  else box.dataset.words = 'long';
}

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
  const box = useRef<HTMLDivElement>(null);
  // measured before the first paint, and again when the panel's width changes (not its height: the marking's own effect)
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const names = cmp.map((id) => nameOf(atlas, id, lang));
    const values = rows.flatMap((r) => r.cells);
    markLongWords(el, values, names);
    if (typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth !== width) { width = el.clientWidth; markLongWords(el, values, names); }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [atlas, rows, cmp, lang]);
  if (!cmp.length) return <p className="hint pad">{tr('compare.empty', { max: MAX_COMPARE })}</p>;
  const differing = rows.filter((r) => r.differs).length;
  let group = '';
  return (
    // Explicit roles: a narrow panel lays the rows out as grids (explore.css), which must not cost the table its
    // semantics (rows, row and column headers) in any browser.
    <div ref={box} className="compare" style={{ '--cols': cmp.length } as CSSProperties}>
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
                {/* one line box for the name and its ×: a name that wraps ("Republic of | Korea") keeps the × beside it */}
                <span className="compare-head">
                  <button type="button" className="entity-link" onClick={() => select(id)}>{nameOf(atlas, id, lang)}</button>
                  <button type="button" className="remove" onClick={() => toggle(id)} aria-label={tr('compare.remove', { name: nameOf(atlas, id, lang) })}>×</button>
                </span>
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
