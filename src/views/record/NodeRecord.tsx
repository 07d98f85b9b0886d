import type { Atlas } from '../../data/atlas';
import { INSTRUMENT_LABELS, entityName } from '../../data/atlas';
import { KIND_LABELS } from '../../data/labels';
import { nodeRelations } from '../../data/relations';
import type { Graph } from '../../graph/model';
import { UnverifiedBadge } from './Fact';
import { EntityButton } from './RelationGroups';
import { SourceLinks } from './SourceLinks';

/** An organisation, agency, company or instrument: what it is, and who relates to it, grouped by relation. */
export function NodeRecord({ atlas, id, graph }: { atlas: Atlas; id: string; graph: Graph | null }) {
  const node = atlas.nodeById.get(id);
  const kind = node?.kind ?? (id in INSTRUMENT_LABELS ? 'instrument' : '');
  const groups = graph ? nodeRelations(graph, id, (x) => entityName(atlas, x)) : [];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      <p className="record-kind">{KIND_LABELS[kind] ?? kind}{node?.unverified && <> <UnverifiedBadge /></>}</p>
      {node?.hq && <p>Headquarters: {atlas.countryById.has(node.hq) ? <EntityButton atlas={atlas} id={node.hq} /> : node.hq}</p>}
      {node?.note && <p className="record-note">{node.note}</p>}
      <section aria-labelledby="rec-members">
        <h3 id="rec-members">Members and partners at this date ({total})</h3>
        {groups.length === 0 && <p>None recorded at this date.</p>}
        {groups.map((g) => (
          <section key={g.key} className="relation-group">
            <h4>{g.label} <span className="count">({g.items.length})</span></h4>
            <ul className="chips">
              {g.items.map(({ link, other }) => (
                <li key={link.id}>
                  <EntityButton atlas={atlas} id={other} />
                  {link.unverified && <UnverifiedBadge />}
                </li>
              ))}
            </ul>
            <details className="fact-note">
              <summary>Sources for these {g.items.length}</summary>
              <SourceLinks atlas={atlas} ids={g.items.flatMap((r) => r.link.sources)} />
            </details>
          </section>
        ))}
      </section>
    </>
  );
}
