import { useDeferredValue } from 'react';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { CountryRecord } from './CountryRecord';
import { NodeRecord } from './NodeRecord';
import { BlocRecord } from './BlocRecord';
import { blocName, blocOfSel } from '../../data/blocs';
import './record.css';

/** The details region for the selected entity (country, organisation or instrument). */
export function EntityRecord() {
  const atlas = useAtlas();
  const t = useDate();
  const i18n = useI18n();
  const sel = useAppStore((s) => s.sel);
  // The facts follow the name by a frame or two: a click paints the selection in the map, the graph and this heading
  // first, then the (long) record renders in an interruptible pass. It never shows another entity's facts.
  const shown = useDeferredValue(sel);
  const graph = useDerived(selectGraph);
  const inCompare = useAppStore((s) => (sel ? s.cmp.includes(sel) : false));
  const compareToggled = useAppStore((s) => s.compareToggled);
  const focusSet = useAppStore((s) => s.focusSet);
  if (!sel) return <p className="record-empty">{i18n.t('record.empty')}</p>;
  const bloc = blocOfSel(sel);
  if (bloc) {
    return (
      <section className="record" role="region" aria-label={i18n.t('record.region')} data-bloc={bloc}>
        <h2>{blocName(atlas, bloc)}</h2>
        {shown !== sel ? <p className="record-pending" role="status">{i18n.t('record.loading')}</p> : <BlocRecord atlas={atlas} bloc={bloc} t={t} />}
      </section>
    );
  }
  const country = atlas.countryById.get(sel);
  return (
    <section className="record" role="region" aria-label={i18n.t('record.region')}>
      <h2>{nameOf(atlas, sel, i18n.lang)}</h2>
      <div className="record-actions">
        {country && (
          <button type="button" aria-pressed={inCompare} onClick={() => compareToggled(sel)}>
            {i18n.t(inCompare ? 'record.inCompare' : 'record.compare')}
          </button>
        )}
        <button type="button" onClick={() => focusSet({ id: sel, depth: 1 })}>{i18n.t('record.focus')}</button>
      </div>
      {shown !== sel ? <p className="record-pending" role="status">{i18n.t('record.loading')}</p>
        : country ? <CountryRecord atlas={atlas} country={country} graph={graph} t={t} /> : <NodeRecord atlas={atlas} id={sel} graph={graph} />}
    </section>
  );
}
