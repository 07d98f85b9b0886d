import { useDeferredValue, useMemo } from 'react';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { blocOfSel } from '../../data/blocs';
import { useAfterFirstFrame } from '../../app/useAfterFirstFrame';
import { loadOnce, useLoaded } from '../../lib/useLoaded';
import './record.css';

// the facts' code: a chunk of its own (RecordFacts.tsx), drawn as soon as it is here (lib/useLoaded.ts)
const loadFacts = () => import('./RecordFacts').then((m) => m.default);
/** Loads the facts' chunk (once); a record drawn after that draws its facts in its first render. */
export const loadRecordFacts = () => loadOnce(loadFacts);

/** The details region for the selected entity (country, organisation, instrument or bloc). */
export function EntityRecord() {
  const atlas = useAtlas();
  const t = useDate();
  const i18n = useI18n();
  const sel = useAppStore((s) => s.sel);
  // The facts follow the name by a frame or two: a click paints the selection in the map, the graph and this heading
  // first, then the (long) record renders in an interruptible pass. Until that pass, the previous entity's facts stay
  // in the document but are not rendered (content-visibility: hidden, inert, aria-hidden; record.css), and that pass
  // replaces them: removing several hundred elements inside the click cost it about 3 ms. Another entity's facts are
  // never shown under this heading.
  const shown = useDeferredValue(sel);
  const graph = useDerived(selectGraph);
  const inCompare = useAppStore((s) => (sel ? s.cmp.includes(sel) : false));
  const compareToggled = useAppStore((s) => s.compareToggled);
  const focusSet = useAppStore((s) => s.focusSet);
  // the same element while `shown` stays: the click's pass does not render the stale facts again
  // the facts' chunk: requested once the first view is painted (so that a first click does not wait for it; quietly:
  // a failure is said only when a record needs it), or at once for a record the page opens on
  const RecordFacts = useLoaded(loadFacts, useAfterFirstFrame(), shown !== null);
  const facts = useMemo(() => (shown && RecordFacts ? <RecordFacts key={shown} atlas={atlas} id={shown} graph={graph} t={t} /> : null), [shown, RecordFacts, atlas, graph, t]);
  if (!sel) return <p className="record-empty">{i18n.t('record.empty')}</p>;
  const bloc = blocOfSel(sel);
  const country = bloc ? undefined : atlas.countryById.get(sel);
  const stale = shown !== sel;
  return (
    <section className="record" role="region" aria-label={i18n.t('record.region')} data-bloc={bloc ?? undefined}>
      <h2>{nameOf(atlas, sel, i18n.lang)}</h2>
      {!bloc && (
        <div className="record-actions">
          {country && (
            <button type="button" aria-pressed={inCompare} onClick={() => compareToggled(sel)}>
              {i18n.t(inCompare ? 'record.inCompare' : 'record.compare')}
            </button>
          )}
          <button type="button" onClick={() => focusSet({ id: sel, depth: 1 })}>{i18n.t('record.focus')}</button>
        </div>
      )}
      {(stale || !RecordFacts) && <p className="record-pending" role="status">{i18n.t('record.loading')}</p>}
      <div className="record-facts" data-stale={stale || undefined} inert={stale} aria-hidden={stale || undefined}>{facts}</div>
    </section>
  );
}
