import type { Atlas } from '../../data/atlas';
import type { RelationGroup } from '../../data/relations';
import { relationWord, stageWord } from '../../i18n/entityWords';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { Fact, When } from './Fact';

/** The dataset's edge behind a graph link (whose note the record shows); graph link ids of dataset edges are `e<index>`. */
const edgeOf = (atlas: Atlas, linkId: string) => (/^e\d+$/.test(linkId) ? atlas.edges[Number(linkId.slice(1))] : undefined);

export function EntityButton({ atlas, id }: { atlas: Atlas; id: string }) {
  const select = useAppStore((s) => s.entitySelected);
  const { lang } = useI18n();
  return <button type="button" className="entity-link" onClick={() => select(id)}>{nameOf(atlas, id, lang)}</button>;
}

/** A group's heading: its name, its size, and a badge when its relations are not in force at the date. The size is a
 *  small count mark, not "(3)": many names end in their own parentheses ("UN Convention against Transnational
 *  Organized Crime (Palermo, 2000)", "via Europol (EU Agency for Law Enforcement Cooperation)"), and "(…) (3)" reads
 *  as two asides in every language. */
export function GroupHeading({ group }: { group: RelationGroup }) {
  const { t, number } = useI18n();
  return (
    <h4>{group.label} <span className="count" data-count={group.items.length}>{number(group.items.length)}</span>
      {group.apart && <span className="badge-apart">{t('record.notInForceBadge')}</span>}</h4>
  );
}

/** A country's relations: each with relation, stage (unless the relation's word says it: "invited"), date ("by …
 *  at the latest" when only a bound is known), the other end (clickable) and its sources. */
export function RelationGroups({ atlas, groups, t }: { atlas: Atlas; groups: RelationGroup[]; t: string }) {
  const { t: tr, lang, date } = useI18n();
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className={g.apart ? 'relation-group relation-group-apart' : 'relation-group'} data-relations-apart={g.apart ? 'true' : undefined}>
          <GroupHeading group={g} />
          <ul className="facts">
            {g.items.map(({ link, other }) => (
              // "Europol: working arrangement" when the relation points at the other end; "SPO: part of Korea" when it comes from it
              <Fact key={link.id} atlas={atlas} sources={link.sources} unverified={link.unverified} row={edgeOf(atlas, link.id)}
                label={<EntityButton atlas={atlas} id={other} />}>
                {link.source === other
                  ? tr('relation.to', { relation: relationWord(link.relation, lang), name: nameOf(atlas, link.target, lang) })
                  : relationWord(link.relation, lang)}
                {stageWord(link.stage, lang) !== relationWord(link.relation, lang) && <>, {stageWord(link.stage, lang)}</>}
                {link.date && <>, {link.atLatest ? tr('status.byAtLatest', { date: date(link.date) }) : <When v={link.date} t={t} />}</>}
              </Fact>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
