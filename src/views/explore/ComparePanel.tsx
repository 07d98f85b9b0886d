import { useMemo } from 'react';
import { compareRows } from '../../data/compare';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore, MAX_COMPARE } from '../../store/appStore';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';

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
  let group = '';
  return (
    <div className="compare">
      <table>
        <caption>
          {tr('compare.caption', { count: cmp.length, date: date(t) })}
          {cmp.length > 1 && tr('compare.differ', { differing, rows: rows.length })}
        </caption>
        <thead>
          <tr>
            <td />
            {cmp.map((id) => (
              <th key={id} scope="col">
                <button type="button" className="entity-link" onClick={() => select(id)}>{nameOf(atlas, id, lang)}</button>
                <button type="button" className="remove" onClick={() => toggle(id)} aria-label={tr('compare.remove', { name: nameOf(atlas, id, lang) })}>×</button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((r) => {
            const head = r.group !== group ? (group = r.group) : null;
            return [
              head && <tr key={`g-${head}`} className="group"><th colSpan={cmp.length + 1} scope="colgroup">{head}</th></tr>,
              <tr key={`${r.group}-${r.label}`} className={r.differs ? 'differs' : undefined}>
                <th scope="row">
                  {r.differs && <span className="diff-mark" aria-hidden="true">≠ </span>}
                  {r.label}
                  {r.differs && <span className="sr-only">{tr('compare.differs')}</span>}
                </th>
                {r.cells.map((c, i) => <td key={cmp[i]}>{c}</td>)}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
