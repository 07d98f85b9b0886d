import type { Atlas } from '../../data/atlas';
import { INSTRUMENT_LABELS } from '../../data/atlas';
import { nodeRelations } from '../../data/relations';
import { unknownRelationsAt } from '../../data/edgeStages';
import type { Graph } from '../../graph/model';
import { kindLabel, stageWord } from '../../i18n/entityWords';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { UnverifiedBadge } from './Fact';
import { EntityButton, GroupHeading } from './RelationGroups';
import { SourceLinks } from './SourceLinks';
import { RecordNote } from './EnglishNote';

/** An organisation, agency, company or instrument: what it is, and who relates to it, grouped by relation. */
export function NodeRecord({ atlas, id, graph, t: day }: { atlas: Atlas; id: string; graph: Graph | null; t: string }) {
  const { t, lang } = useI18n();
  const node = atlas.nodeById.get(id);
  const kind = node?.kind ?? (id in INSTRUMENT_LABELS ? 'instrument' : '');
  const groups = graph ? nodeRelations(graph, id, (x) => nameOf(atlas, x, lang), lang) : [];
  const total = groups.filter((g) => !g.apart).reduce((n, g) => n + g.items.length, 0);
  const apart = groups.filter((g) => g.apart).reduce((n, g) => n + g.items.length, 0);
  // relations no source dates, shown from their evidence's date: before it they are not counted, and said so
  const unknown = unknownRelationsAt(atlas, id, day);
  return (
    <>
      <p className="record-kind">{kindLabel(kind, lang)}{node?.unverified && <> <UnverifiedBadge /></>}</p>
      {node?.hq && <p>{t('record.headquarters')} {atlas.countryById.has(node.hq) ? <EntityButton atlas={atlas} id={node.hq} /> : node.hq}</p>}
      <RecordNote atlas={atlas} row={node} />
      <section aria-labelledby="rec-members">
        <h3 id="rec-members">{t('record.membersHeading', { total, apart })}</h3>
        {unknown > 0 && <p className="record-unknown">{t('record.relationsUnknown', { count: unknown })}</p>}
        {groups.length === 0 && <p>{t('record.noneAtDate')}</p>}
        {groups.map((g) => (
          <section key={g.key} className={g.apart ? 'relation-group relation-group-apart' : 'relation-group'} data-relations-apart={g.apart ? 'true' : undefined}>
            <GroupHeading group={g} />
            <ul className="chips">
              {g.items.map(({ link, other }) => (
                <li key={link.id}>
                  <EntityButton atlas={atlas} id={other} />
                  {g.apart && <span className="stage-apart"> ({stageWord(link.stage, lang)})</span>}
                  {link.unverified && <UnverifiedBadge />}
                </li>
              ))}
            </ul>
            <details className="fact-note">
              <summary>{t('record.sourcesFor', { count: g.items.length })}</summary>
              <SourceLinks atlas={atlas} ids={g.items.flatMap((r) => r.link.sources)} />
            </details>
          </section>
        ))}
      </section>
    </>
  );
}
