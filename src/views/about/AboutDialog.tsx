// Provenance: the dataset's version and as-of dates, counts beside official totals, known gaps, every source,
// how to cite, and offline downloads. A modal <dialog>: the page behind is inert, Tab wraps, Escape closes.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useAtlas } from '../../store/derived';
import { formatDate } from '../../data/dates';
import { LENSES, LENS_IDS, countByClass } from '../../data/lenses';
import { unConventionProgress } from '../../data/unConvention';
import { TotalsTable } from './TotalsTable';
import { SourceList } from './SourceList';
import { Downloads } from './Downloads';
import './about.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

function UnConventionLine({ atlas }: { atlas: NonNullable<ReturnType<typeof useAtlas>> }) {
  const p = unConventionProgress(atlas, atlas.asOf);
  return (
    <p data-un-deposits={p.deposited}>
      UN Convention against Cybercrime: <strong>{p.deposited} of the {p.needed}</strong> ratifications needed for entry into force
      recorded as deposited on {formatDate(atlas.asOf)}{p.inForceFrom ? <>; in force from {formatDate(p.inForceFrom)}</> : '; not in force'} (art. 65(1):
      90 days after the 40th instrument; an instrument of the European Union does not count).
    </p>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const atlas = useAtlas()!;
  const ref = useRef<HTMLDialogElement>(null);
  const d = atlas.dataset;

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
        <h2 id="about-title">About the data</h2>
        <button type="button" className="about-close" onClick={onClose} aria-label="Close About the data">Close ✕</button>
      </header>
      <div className="about-body">
        <section aria-labelledby="about-dataset">
          <h3 id="about-dataset">Dataset</h3>
          <p>
            {d.title}, version <strong data-dataset-version>{atlas.version}</strong>, data as of <strong>{formatDate(atlas.asOf)}</strong>.{' '}
            {d.sources.length} sources; {d.countries.length} countries and territories; every fact cites at least one source.
          </p>
          <table className="about-table">
            <thead><tr><th scope="col">Family</th><th scope="col">As of</th><th scope="col">Confidence</th></tr></thead>
            <tbody>
              {d.families.map((f) => <tr key={f.id}><td>{f.label}</td><td>{f.asOf}</td><td>{f.confidence}</td></tr>)}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="about-counts">
          <h3 id="about-counts">Counts on {formatDate(atlas.asOf)}</h3>
          <table className="about-table about-counts">
            <thead><tr><th scope="col">Lens</th><th scope="colgroup" colSpan={6}>States and territories per class</th></tr></thead>
            <tbody>
              {LENS_IDS.map((id) => {
                const counts = countByClass(atlas, id, atlas.asOf);
                return (
                  <tr key={id} data-lens={id}>
                    <th scope="row">{LENSES[id].short}</th>
                    {LENSES[id].classes.map((c) => (
                      <td key={c} data-count-class={c}>{LENSES[id].classLabels[c]}: <strong>{counts[c]}</strong></td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted">Countries and territories on the map; the EU (an organisation) is not among them.</p>
          <UnConventionLine atlas={atlas} />
          <h4>Beside the official totals</h4>
          <TotalsTable atlas={atlas} />
        </section>

        <section aria-labelledby="about-gaps">
          <h3 id="about-gaps">Known gaps</h3>
          <ul>{d.gaps.map((g) => <li key={g}>{g}</li>)}</ul>
          <p className="muted">Facts that no source read confirms are flagged “unverified” wherever they are shown.</p>
        </section>

        <section aria-labelledby="about-cite">
          <h3 id="about-cite">How to cite</h3>
          <p>The atlas: <q>Cybercrime Cooperation Atlas, dataset version {atlas.version} (data as of {formatDate(atlas.asOf)})</q>, with the address of the view you used (it encodes lens, date and filters).</p>
          <p>
            A fact: cite its primary source, shown with the fact and listed below (Council of Europe Treaty Office, UN Treaty
            Collection, UN Digital Library voting records, official agency pages), with the source's own as-of date.
          </p>
        </section>

        <section aria-labelledby="about-download">
          <h3 id="about-download">Download</h3>
          <Downloads dataset={d} version={atlas.version} />
        </section>

        <section aria-labelledby="about-sources">
          <h3 id="about-sources">Sources ({d.sources.length})</h3>
          <SourceList sources={d.sources} />
        </section>

        <section aria-labelledby="about-update">
          <h3 id="about-update">Updating the data</h3>
          <p>
            Edit the tables in <code>data/raw/</code> (a fact row with its source ids, and the source row with URL, title, as-of date and
            what it supports), then run <code>npm run data:build</code> and <code>npm run data:check</code>, and record the change in
            <code> data/CHANGELOG.md</code>.
          </p>
        </section>
      </div>
    </dialog>
  );
}
