// "What changed since …": states whose status under the active lens differs between a chosen date and the
// as-of date. Clicking a state selects it; the same set is exposed to the map by store/changes.ts.
import { useAppStore } from '../../store/appStore';
import { useChanges, useChangesStore } from '../../store/changes';
import { entityName, type Atlas } from '../../data/atlas';
import { yearsEarlier } from '../../data/dates';
import { classLabel, lensShort } from '../../i18n/terms';
import { DateField } from './DateField';
import { useI18n } from '../../i18n/useI18n';
import { TIME_START, type Change } from '../../data/timeline';

function ChangeList({ atlas, changes, undated = false }: { atlas: Atlas; changes: readonly Change[]; undated?: boolean }) {
  const lens = useAppStore((s) => s.lens);
  const sel = useAppStore((s) => s.sel);
  const select = useAppStore((s) => s.entitySelected);
  const { lang, t: tr, date: fmt } = useI18n();
  return (
    <ul className="changes-list" data-changes-undated={undated ? 'true' : undefined}>
      {changes.map((c) => (
        <li key={c.id}>
          <button type="button" data-change-id={c.id} aria-pressed={sel === c.id} onClick={() => select(c.id)}>
            <span className="name">{entityName(atlas, c.id)}</span>
            <span className="muted">{classLabel(lens, c.from, lang)} → {classLabel(lens, c.to, lang)}</span>
            <span className="muted">{c.date ? fmt(c.date) : c.knownBy ? tr('status.byAtLatest', { date: fmt(c.knownBy) }) : tr('changes.dateUnknown')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function WhatChanged({ atlas, date }: { atlas: Atlas; date: string }) {
  const lens = useAppStore((s) => s.lens);
  const since = useChangesStore((s) => s.since);
  const setSince = useChangesStore((s) => s.sinceChosen);
  const changes = useChanges();
  const { lang, t: tr, date: fmt } = useI18n();
  const short = lensShort(lens, lang);
  // the same calendar day a year before (29 February → 28 February), no earlier than the timeline starts
  const yearBefore = yearsEarlier(date) < TIME_START ? TIME_START : yearsEarlier(date);

  return (
    <section className="what-changed" aria-label={tr('changes.title')}>
      <h3>{tr('changes.title')}</h3>
      <div className="since-row">
        <label>
          {tr('changes.since')}{' '}
          <DateField date={since} end={atlas.asOf} label={'changes.sinceAria'} onApply={setSince} />
        </label>
        <button type="button" onClick={() => setSince(yearBefore)}>{tr('changes.yearEarlier')}</button>
        {since && <button type="button" onClick={() => setSince(null)}>{tr('changes.clear')}</button>}
      </div>
      {since === null ? (
        <p className="muted">{tr('changes.hint', { lens: short })}</p>
      ) : (
        <>
          <p aria-live="polite">
            <strong data-changes-count>{changes.length}</strong>{' '}
            {tr('changes.count', { count: changes.length, lens: short, from: fmt(since), to: fmt(date) })}
          </p>
          <ChangeList atlas={atlas} changes={changes.filter((c) => c.date)} />
          {changes.some((c) => !c.date) && (
            <>
              <h4 className="changes-apart">{tr('changes.undatedTitle')}</h4>
              <ChangeList atlas={atlas} changes={changes.filter((c) => !c.date)} undated />
            </>
          )}
        </>
      )}
    </section>
  );
}
