import type { Atlas } from '../../data/atlas';
import { entityName } from '../../data/atlas';
import { STAGE_LABELS, relationLabel } from '../../data/labels';
import type { RelationGroup } from '../../data/relations';
import { useAppStore } from '../../store/appStore';
import { Fact, When } from './Fact';

/** The data's note for a network edge; graph link ids of dataset edges are `e<index>`. */
const edgeNote = (atlas: Atlas, linkId: string) => (/^e\d+$/.test(linkId) ? atlas.edges[Number(linkId.slice(1))]?.note : undefined);

export function EntityButton({ atlas, id }: { atlas: Atlas; id: string }) {
  const select = useAppStore((s) => s.entitySelected);
  return <button type="button" className="entity-link" onClick={() => select(id)}>{entityName(atlas, id)}</button>;
}

/** A country's relations: each with relation, stage, date, the other end (clickable) and its sources. */
export function RelationGroups({ atlas, groups, t }: { atlas: Atlas; groups: RelationGroup[]; t: string }) {
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className={g.apart ? 'relation-group relation-group-apart' : 'relation-group'} data-relations-apart={g.apart ? 'true' : undefined}>
          <h4>{g.label} <span className="count">({g.items.length})</span>{g.apart && <span className="badge-apart">not in force at this date</span>}</h4>
          <ul className="facts">
            {g.items.map(({ link, other }) => (
              // "Europol: working arrangement" when the relation points at the other end; "SPO: part of Korea" when it comes from it
              <Fact key={link.id} atlas={atlas} sources={link.sources} unverified={link.unverified} note={edgeNote(atlas, link.id)}
                label={<EntityButton atlas={atlas} id={other} />}>
                {relationLabel(link.relation)}{link.source === other ? ` ${entityName(atlas, link.target)}` : ''}
                {', '}{STAGE_LABELS[link.stage] ?? link.stage}
                {link.date && <>, <When v={link.date} t={t} /></>}
              </Fact>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
