import type { Atlas } from '../../data/atlas';
import { INSTRUMENT_LABELS, entityName } from '../../data/atlas';
import { STAGE_LABELS, KIND_LABELS } from '../../data/labels';
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
  const total = groups.filter((g) => !g.apart).reduce((n, g) => n + g.items.length, 0);
  const apart = groups.filter((g) => g.apart).reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      <p className="record-kind">{KIND_LABELS[kind] ?? kind}{node?.unverified && <> <UnverifiedBadge /></>}</p>
      {node?.hq && <p>Headquarters: {atlas.countryById.has(node.hq) ? <EntityButton atlas={atlas} id={node.hq} /> : node.hq}</p>}
      {node?.note && <p className="record-note">{node.note}</p>}
      <section aria-labelledby="rec-members">
        <h3 id="rec-members">Members and partners at this date ({total}{apart ? `, and ${apart} not in force` : ''})</h3>
        {groups.length === 0 && <p>None recorded at this date.</p>}
        {groups.map((g) => (
          <section key={g.key} className={g.apart ? 'relation-group relation-group-apart' : 'relation-group'} data-relations-apart={g.apart ? 'true' : undefined}>
            <h4>{g.label} <span className="count">({g.items.length})</span>{g.apart && <span className="badge-apart">not in force at this date</span>}</h4>
            <ul className="chips">
              {g.items.map(({ link, other }) => (
                <li key={link.id}>
                  <EntityButton atlas={atlas} id={other} />
                  {g.apart && <span className="stage-apart"> ({STAGE_LABELS[link.stage] ?? link.stage})</span>}
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
