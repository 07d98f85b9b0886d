import { useMemo } from 'react';
import { compareRows } from '../../data/compare';
import { formatDate } from '../../data/dates';
import { useAppStore, MAX_COMPARE } from '../../store/appStore';
import { selectGraph, useAtlas, useDate } from '../../store/derived';

/** Up to three countries side by side; rows whose cells differ are marked. */
export function ComparePanel() {
  const atlas = useAtlas()!;
  const t = useDate();
  const cmp = useAppStore((s) => s.cmp);
  const graph = useAppStore(selectGraph);
  const toggle = useAppStore((s) => s.compareToggled);
  const select = useAppStore((s) => s.entitySelected);
  const rows = useMemo(() => (graph ? compareRows(atlas, graph, cmp, t) : []), [atlas, graph, cmp, t]);
  if (!cmp.length)
    return <p className="hint pad">Nothing to compare yet: open a country's record and press “Compare” (up to {MAX_COMPARE}).</p>;
  const differing = rows.filter((r) => r.differs).length;
  let group = '';
  return (
    <div className="compare">
      <table>
        <caption>
          {cmp.length} {cmp.length === 1 ? 'country' : 'countries'} as of {formatDate(t)}
          {cmp.length > 1 && `; ${differing} of ${rows.length} rows differ (marked ≠)`}
        </caption>
        <thead>
          <tr>
            <td />
            {cmp.map((id) => (
              <th key={id} scope="col">
                <button type="button" className="entity-link" onClick={() => select(id)}>{atlas.countryById.get(id)?.name ?? id}</button>
                <button type="button" className="remove" onClick={() => toggle(id)} aria-label={`Remove ${atlas.countryById.get(id)?.name ?? id} from compare`}>×</button>
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
                  {r.differs && <span className="sr-only"> (differs)</span>}
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
