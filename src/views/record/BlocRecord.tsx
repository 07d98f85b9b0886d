// A selected bloc (`sel=bloc:eu`): what it is, how many members it had at the as-of date, and each member with its
// row of blocs.csv (status, join date, sources). The same members are lit on the map and in the network.
import { membershipStatus, type Atlas } from '../../data/atlas';
import { blocRoster } from '../../data/blocs';
import { useI18n } from '../../i18n/useI18n';
import { membershipWord } from '../../i18n/entityWords';
import { useAppStore } from '../../store/appStore';
import { Fact, When } from './Fact';
import { EntityButton } from './RelationGroups';

export function BlocRecord({ atlas, bloc, t }: { atlas: Atlas; bloc: string; t: string }) {
  const { t: w, date, lang, number } = useI18n();
  const outlined = useAppStore((s) => s.outline === bloc);
  const outlineChosen = useAppStore((s) => s.outlineChosen);
  const roster = blocRoster(atlas, bloc, t);
  return (
    <>
      <p className="record-kind">{w('blocs.kind')}</p>
      <div className="record-actions">
        <button type="button" aria-pressed={outlined} onClick={() => outlineChosen(outlined ? null : bloc)}>{w('blocs.outlineButton')}</button>
      </div>
      <section aria-labelledby="rec-bloc-members">
        <h3 id="rec-bloc-members" data-member-count={roster.length}>{w('blocs.members', { date: date(t) })}{' '}
          {/* the size as the relation groups' count mark, not "(27)" */}
          <span className="count" data-count={roster.length}>{number(roster.length)}</span></h3>
        {roster.length === 0 && <p>{w('record.noneAtDate')}</p>}
        <ul className="facts bloc-members">
          {roster.map(({ country, membership: m }) => (
            <Fact key={country} atlas={atlas} label={<EntityButton atlas={atlas} id={country} />} sources={m.sources} unverified={m.unverified} row={m}>
              <span data-member={country}>
                {membershipWord(membershipStatus(m), lang)}{m.since ? <>, {w('record.sinceWord')} <When v={m.since} t={t} /></> : <>, {w('blocs.noDate')}</>}
              </span>
            </Fact>
          ))}
        </ul>
      </section>
    </>
  );
}
