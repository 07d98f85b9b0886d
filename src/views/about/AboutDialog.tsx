// Provenance: the dataset's version and as-of dates, counts beside official totals, known gaps, every source,
// how to cite, and offline downloads. A modal <dialog>: the page behind is inert, Tab wraps, Escape closes.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useAtlas, useSources } from '../../data/useAtlas';
import { LENSES, LENS_IDS, countByClass } from '../../data/lenses';
import { dataFamilyName } from '../../i18n/dataFamilies';
import { Rich } from '../../i18n/Rich';
import { classLabel, lensShort } from '../../i18n/terms';
import { useI18n } from '../../i18n/useI18n';
import { unConventionProgress } from '../../data/unConvention';
import { TotalsTable } from './TotalsTable';
import { SourceList } from './SourceList';
import { Downloads } from './Downloads';
import './about.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

function UnConventionLine({ atlas }: { atlas: NonNullable<ReturnType<typeof useAtlas>> }) {
  const p = unConventionProgress(atlas, atlas.asOf);
  const { date } = useI18n();
  return (
    <p data-un-deposits={p.deposited}>
      <Rich k='about.unLine' values={{ deposited: p.deposited, needed: p.needed, date: date(atlas.asOf), inForce: p.inForceFrom ? 'yes' : 'no', from: p.inForceFrom ? date(p.inForceFrom) : '' }} />
    </p>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const atlas = useAtlas();
  const ref = useRef<HTMLDialogElement>(null);
  const d = atlas.dataset;
  const { t, lang, date } = useI18n();
  // the source texts load after the first paint (data/sourceTexts.ts); the downloads and the list wait for them
  const sources = useSources(atlas);
  const complete = sources?.complete;
  const pending = <p role="status">{t('app.sourcesLoading')}</p>;

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    // StrictMode mounts twice: showModal on a dialog that is already open throws (InvalidStateError), so only
    // open a closed one, and close it on cleanup so the second mount starts from a closed dialog.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('.about-close')?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, []);

  // showModal already keeps focus out of the page; this keeps Tab from leaving for the browser's own controls.
  const trap = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last?.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first?.focus(); }
  };

  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby="about-title" onKeyDown={trap}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="about-head">
        <h2 id="about-title">{t('about.title')}</h2>
        <button type="button" className="about-close" onClick={onClose} aria-label={t('about.closeAria')}>{t('about.close')}</button>
      </header>
      <div className="about-body">
        <section aria-labelledby="about-dataset">
          <h3 id="about-dataset">{t('about.h.dataset')}</h3>
          <p data-dataset-version={atlas.version}>
            <Rich k='about.datasetLine' values={{ title: lang === 'en' ? d.title : t('app.title'), version: atlas.version, date: date(atlas.asOf), sources: d.sources.length, countries: d.countries.length }} />
          </p>
          {/* the families' as-of and confidence notes are the data's own words (English) */}
          <table className="about-table">
            <thead><tr><th scope="col">{t('about.col.family')}</th><th scope="col">{t('about.col.asOf')}</th><th scope="col">{t('about.col.confidence')}</th></tr></thead>
            <tbody>
              {d.families.map((f) => (
                <tr key={f.id}>
                  <td title={f.label} lang={dataFamilyName(f.id, lang) ? undefined : 'en'}>{dataFamilyName(f.id, lang) ?? f.label}</td>
                  <td lang="en">{f.asOf}</td><td lang="en">{f.confidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="about-counts">
          <h3 id="about-counts">{t('about.h.counts', { date: date(atlas.asOf) })}</h3>
          <table className="about-table about-counts">
            <thead><tr><th scope="col">{t('about.col.lens')}</th><th scope="colgroup" colSpan={6}>{t('about.col.perClass')}</th></tr></thead>
            <tbody>
              {LENS_IDS.map((id) => {
                const counts = countByClass(atlas, id, atlas.asOf);
                return (
                  <tr key={id} data-lens={id}>
                    <th scope="row">{lensShort(id, lang)}</th>
                    {LENSES[id].classes.map((c) => (
                      <td key={c} data-count-class={c}><Rich k='about.classCount' values={{ label: classLabel(id, c, lang), count: counts[c] }} /></td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted">{t('about.mapEntities')}</p>
          <UnConventionLine atlas={atlas} />
          <h4>{t('about.h.official')}</h4>
          <TotalsTable atlas={atlas} sources={sources} />
        </section>

        <section aria-labelledby="about-gaps">
          <h3 id="about-gaps">{t('about.h.gaps')}</h3>
          {lang !== 'en' && <p className="muted">{t('about.gapsData')}</p>}
          {/* the gaps travel with the sources' texts, after the first paint */}
          {complete ? <ul lang="en">{complete.gaps.map((g) => <li key={g}>{g}</li>)}</ul> : <p className="loading" role="status">{t('panel.loading')}</p>}
          <p className="muted">{t('about.gapsNote')}</p>
        </section>

        <section aria-labelledby="about-cite">
          <h3 id="about-cite">{t('about.h.cite')}</h3>
          <p><Rich k='about.citeAtlas' values={{ citation: t('about.citation', { version: atlas.version, date: date(atlas.asOf) }) }} /></p>
          <p>{t('about.citeFact')}</p>
        </section>

        <section aria-labelledby="about-download">
          <h3 id="about-download">{t('about.h.download')}</h3>
          {complete ? <Downloads dataset={complete} version={atlas.version} /> : pending}
        </section>

        <section aria-labelledby="about-sources">
          <h3 id="about-sources">{t('about.h.sources', { count: d.sources.length })}</h3>
          {complete ? <SourceList sources={complete.sources} /> : pending}
        </section>

        <section aria-labelledby="about-update">
          <h3 id="about-update">{t('about.h.update')}</h3>
          <p><Rich k='about.update' /></p>
        </section>
      </div>
    </dialog>
  );
}
