// The presenter view, a second window beside the audience: the current step's notes in large type, the current
// slide, a preview of the next one, the step number and the time since the talk began. Keys and clicker work here
// as in the audience window; every move goes through the audience window, which both then follow.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Atlas } from '../../data/atlas';
import type { Deck } from '../../briefing/deck';
import { useDeckStore } from '../../briefing/deckStore';
import { S } from '../../briefing/slideStrings';
import { navKey } from './presenting';
import { openLink, type Link } from './presenterSync';
import { SvgHost } from './SlideStage';
import { slideSvg, stepModel } from './slides';
import './briefing.css';

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

export function PresenterView({ atlas }: { atlas: Atlas }) {
  const stored = useDeckStore((s) => s.deck);
  const [deck, setDeck] = useState<Deck | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const link = useRef<Link | null>(null);
  const shown = deck ?? stored;
  const total = shown.steps.length;

  useEffect(() => {
    const l = openLink((m) => {
      if (m.kind !== 'state') return;
      setDeck(m.deck);
      setStep(m.step);
    });
    link.current = l;
    l.post({ kind: 'hello' });
    document.title = S.presenter.title;
    return () => l.close();
  }, []);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  const go = (n: number) => link.current?.post({ kind: 'go', step: Math.min(Math.max(n, 1), Math.max(total, 1)) });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || step === null) return;
      const target = navKey(e.key, step, total);
      if (target === null) return;
      e.preventDefault();
      go(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = step !== null ? shown.steps[step - 1] : undefined;
  const next = step !== null ? shown.steps[step] : undefined;
  const currentSvg = useMemo(() => (current ? slideSvg(atlas, stepModel(atlas, current.view, current, step!, total), { idPrefix: 'pv-cur' }) : null), [atlas, current, step, total]);
  const nextSvg = useMemo(() => (next ? slideSvg(atlas, stepModel(atlas, next.view, next, step! + 1, total), { idPrefix: 'pv-next' }) : null), [atlas, next, step, total]);

  return (
    <div className="presenter" role="main" aria-label={S.presenter.title}>
      <header className="presenter-bar">
        <strong className="presenter-step" aria-live="polite">{step !== null ? S.presenter.step(step, total) : S.presenter.title}</strong>
        <span className="presenter-clock" aria-label={S.presenter.elapsed}>{S.presenter.elapsed} {clock(now - started)}</span>
        <button type="button" onClick={() => { setStarted(Date.now()); setNow(Date.now()); }}>{S.presenter.reset}</button>
        <button type="button" onClick={() => step !== null && go(step - 1)} disabled={step === null || step <= 1} aria-label="Previous step">◀</button>
        <button type="button" onClick={() => step !== null && go(step + 1)} disabled={step === null || step >= total} aria-label="Next step">▶</button>
      </header>
      {step === null ? <p className="presenter-waiting" role="status">{S.presenter.waiting}</p> : (
        <div className="presenter-body">
          <section className="presenter-current" aria-label={current?.title || S.untitled}>
            {currentSvg && <SvgHost svg={currentSvg} className="presenter-slide" />}
          </section>
          <section className="presenter-side">
            <h2>{S.presenter.next}</h2>
            {nextSvg ? <SvgHost svg={nextSvg} className="presenter-next" /> : <p>{S.presenter.last}</p>}
            <h2>{S.presenter.notes}</h2>
            <div className="presenter-notes" data-testid="presenter-notes">{current?.notes.trim() || S.presenter.noNotes}</div>
          </section>
        </div>
      )}
    </div>
  );
}
