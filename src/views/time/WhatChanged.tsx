// "What changed since …": states whose status under the active lens differs between a chosen date and the
// as-of date. Clicking a state selects it; the same set is exposed to the map by store/changes.ts.
import { useAppStore } from '../../store/appStore';
import { useChanges, useChangesStore } from '../../store/changes';
import { entityName, type Atlas } from '../../data/atlas';
import { formatDate, yearsEarlier } from '../../data/dates';
import { LENSES } from '../../data/lenses';
import { TIME_START, type Change } from '../../data/timeline';

function ChangeList({ atlas, changes, undated = false }: { atlas: Atlas; changes: readonly Change[]; undated?: boolean }) {
  const lens = useAppStore((s) => s.lens);
  const sel = useAppStore((s) => s.sel);
  const select = useAppStore((s) => s.entitySelected);
  const def = LENSES[lens];
  return (
    <ul className="changes-list" data-changes-undated={undated ? 'true' : undefined}>
      {changes.map((c) => (
        <li key={c.id}>
          <button type="button" data-change-id={c.id} aria-pressed={sel === c.id} onClick={() => select(c.id)}>
            <span className="name">{entityName(atlas, c.id)}</span>
            <span className="muted">{def.classLabels[c.from] ?? c.from} → {def.classLabels[c.to] ?? c.to}</span>
            <span className="muted">{c.date ? formatDate(c.date) : c.knownBy ? `by ${formatDate(c.knownBy)} at the latest` : 'date unknown'}</span>
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
  const def = LENSES[lens];
  // the same calendar day a year before (29 February → 28 February), no earlier than the timeline starts
  const yearBefore = yearsEarlier(date) < TIME_START ? TIME_START : yearsEarlier(date);

  return (
    <section className="what-changed" aria-label="What changed">
      <h3>What changed</h3>
      <div className="since-row">
        <label>
          Since{' '}
          <input type="date" min={TIME_START} max={atlas.asOf} value={since ?? ''} aria-label="Since date"
            onChange={(e) => setSince(e.target.value || null)} />
        </label>
        <button type="button" onClick={() => setSince(yearBefore)}>A year earlier</button>
        {since && <button type="button" onClick={() => setSince(null)}>Clear</button>}
      </div>
      {since === null ? (
        <p className="muted">Pick a date (for example your last briefing) to list the states whose {def.short} status changed since.</p>
      ) : (
        <>
          <p aria-live="polite">
            <strong data-changes-count>{changes.length}</strong> {changes.length === 1 ? 'state' : 'states'} changed {def.short} status
            between {formatDate(since)} and {formatDate(date)}.
          </p>
          <ChangeList atlas={atlas} changes={changes.filter((c) => c.date)} />
          {changes.some((c) => !c.date) && (
            <>
              <h4 className="changes-apart">Date of the change not known</h4>
              <ChangeList atlas={atlas} changes={changes.filter((c) => !c.date)} undated />
            </>
          )}
        </>
      )}
    </section>
  );
}
