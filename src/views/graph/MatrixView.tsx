// Countries × instruments and bodies at the as-of date, as an accessible HTML table. Rows follow the map's filters
// and selection; activating a country's name selects it everywhere.
import { useAtlas } from '../../data/useAtlas';
import { Fragment, memo, useMemo } from 'react';
import { CELL_SYMBOL, cellOf, columnShort, columnTitle, headingLines, MATRIX_COLUMNS, matrixRows } from '../../graph/matrix';
import { isMatrixSort } from '../../graph/matrixSort';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { selectDate, selectGraph, selectMatchSet, useDerived } from '../../store/derived';
import { useAppStore } from '../../store/appStore';

export const MatrixView = memo(function MatrixView() {
  const atlas = useAtlas();
  const t = useDerived(selectDate);
  const graph = useDerived(selectGraph)!;
  const match = useDerived(selectMatchSet);
  const lens = useAppStore((s) => s.lens);
  const sel = useAppStore((s) => s.sel);
  const entitySelected = useAppStore((s) => s.entitySelected);
  const { t: tr, lang, date, number } = useI18n();
  const sort = useAppStore((s) => s.rowsBy);
  const rowsByChosen = useAppStore((s) => s.rowsByChosen);
  const name = (id: string) => nameOf(atlas, id, lang);
  const groups = useMemo(() => {
    const ids = atlas.countries.filter((c) => c.kind !== 'territory' && (!match || match.has(c.id))).map((c) => c.id);
    return matrixRows(atlas, ids, sort, lens, t, (id) => nameOf(atlas, id, lang), lang)
      .map((g) => ({ ...g, cells: g.rows.map((id) => MATRIX_COLUMNS.map((col) => cellOf(atlas, graph, col, id, t))) }));
  }, [atlas, graph, match, sort, lens, t, lang]);
  const count = groups.reduce((s, g) => s + g.rows.length, 0);
  return (
    <div className="matrix-view">
      <div className="matrix-controls">
        <label>{tr('matrix.rowsBy')} <select value={sort} onChange={(e) => { if (isMatrixSort(e.target.value)) rowsByChosen(e.target.value); }}>
          <option value="lens">{tr('matrix.byLens')}</option><option value="region">{tr('matrix.byRegion')}</option><option value="bloc">{tr('matrix.byBloc')}</option>
        </select></label>
        <span className="matrix-legend" aria-hidden="true">{tr('matrix.legend')}</span>
      </div>
      <div className="matrix-scroll">
        <table className="matrix">
          <caption>{tr('matrix.caption', { date: date(t), count, columns: MATRIX_COLUMNS.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('matrix.country')}</th>
              {MATRIX_COLUMNS.map((c) => {
                // titled with its full name in the page's language: the lens's, or its nodes' names
                const title = columnTitle(c, lang, name);
                // a long heading on two lines (the space kept before the break, for the text's words)
                const lines = headingLines(columnShort(c, lang));
                return <th key={c.id} scope="col" data-column={c.id} title={title}><abbr title={title}>{lines.map((l, i) => <Fragment key={l}>{i > 0 && <>{' '}<br /></>}{l}</Fragment>)}</abbr></th>;
              })}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.key} data-group={g.key}>
              {/* the group's size as a count mark after its name, as the record's relation groups have it, not "(12)" */}
              <tr className="matrix-group"><th scope="colgroup" colSpan={MATRIX_COLUMNS.length + 1}>{g.label} <span className="count" data-count={g.rows.length}>{number(g.rows.length)}</span></th></tr>
              {g.rows.map((id, r) => (
                <tr key={id} data-row={id} data-selected={id === sel ? 'true' : undefined}>
                  <th scope="row"><button type="button" aria-pressed={id === sel} title={name(id)} onClick={() => entitySelected(id)}>{name(id)}</button></th>
                  {g.cells[r].map((cell, c) => (
                    <td key={MATRIX_COLUMNS[c].id} data-state={cell.state} data-column={MATRIX_COLUMNS[c].id} data-unverified={cell.link?.unverified ? 'true' : undefined}>
                      <span aria-hidden="true">{CELL_SYMBOL[cell.state]}</span>
                      <span className="visually-hidden">{tr('matrix.cell', { state: cell.state })}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
});
