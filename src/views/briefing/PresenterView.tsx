// The presenter view, a second window beside the audience: the current step's notes in large type, the current
// slide, a preview of the next one, the step number and the time since the talk began. Keys and clicker work here
// as in the audience window; every move goes through the audience window, which both then follow. It speaks the
// current step's language (the deck's, not this window's), and each slide is drawn in its own step's language.
import { useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import type { Deck } from '../../briefing/deck';
import { useDeckStore } from '../../briefing/deckStore';
import { messagesIn } from '../../i18n/catalogue';
import { dirOf } from '../../i18n/langs';
import { useCataloguesReady } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { navKey } from './presenting';
import { openLink, type Link } from './presenterSync';
import { SvgHost } from './SlideStage';
import { slideSvg, stepModel } from './slides';
import { shortenedNote } from '../../briefing/slideStrings';
import { SLIDE_H, SLIDE_W } from '../../briefing/renderSlide';
import { PRESENTER_GAP, presenterLayout, type PresenterLayout } from './presenterLayout';
import { useElementSize } from '../../lib/useElementSize';
import './briefing.css';

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** The body's grid, from its measured room (presenterLayout.ts): the boxes' sizes as CSS variables. */
const layoutVars = (l: PresenterLayout) => ({
  '--slide-w': `${l.slide.width}px`, '--slide-h': `${l.slide.height}px`, '--next-w': `${l.next.width}px`, '--next-h': `${l.next.height}px`,
  '--notes-w': `${l.notes}px`, '--gap': `${PRESENTER_GAP}px`,
}) as CSSProperties;

/** The layout for the body's room (inside its padding, a gap on each side, and out of any scroll bar: the phone's
 *  stack scrolls), measured before the first paint, at every resize and when the body appears (`shown`); null before
 *  it has a box (and where ResizeObserver is missing, as in jsdom, after that first measure). */
function usePresenterLayout(ref: RefObject<HTMLDivElement | null>, shown: boolean): PresenterLayout | null {
  const room = useElementSize(ref, { box: 'content', key: shown, fallback: null });
  return useMemo(() => (room ? presenterLayout(room.width, room.height, SLIDE_W / SLIDE_H) : null), [room]);
}

/** `sources`: the sources' texts, null when `unreachable` (their file could not be fetched; PresenterRoot waits for
 *  one or the other and asks again once online). */
export function PresenterView({ atlas, sources, unreachable }: { atlas: Atlas; sources: Sources | null; unreachable: boolean }) {
  const stored = useDeckStore((s) => s.deck);
  const [deck, setDeck] = useState<Deck | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const link = useRef<Link | null>(null);
  /** The step last asked for, until the audience window says it shows it: a second press of the clicker before that
   *  (the audience busy drawing a slide) moves on from there, instead of asking for the same step again. */
  const asked = useRef<{ step: number; at: number } | null>(null);
  /** The step the audience last said it shows, as soon as it says so: a key pressed before React has rendered that
   *  (and moved the listener on) moves from it, not from the step before. */
  const showing = useRef<number | null>(null);
  const shown = deck ?? stored;
  const total = shown.steps.length;

  useEffect(() => {
    const l = openLink((m) => {
      if (m.kind !== 'state') return;
      if (m.step === null || m.step === asked.current?.step) asked.current = null;
      showing.current = m.step;
      setDeck(m.deck);
      setStep(m.step);
    });
    link.current = l;
    l.post({ kind: 'hello' });
    return () => l.close();
  }, []);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  const go = (n: number) => {
    const target = Math.min(Math.max(n, 1), Math.max(total, 1));
    asked.current = { step: target, at: Date.now() };
    link.current?.post({ kind: 'go', step: target });
  };
  // what a move starts from: the step asked for while the audience has not answered yet (for two seconds at most)
  const from = (shownStep: number) => (asked.current && Date.now() - asked.current.at < 2000 ? asked.current.step : shownStep);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shownStep = showing.current;
      if (e.altKey || e.ctrlKey || e.metaKey || shownStep === null) return;
      const target = navKey(e.key, from(shownStep), total);
      if (target === null) return;
      e.preventDefault();
      go(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = step !== null ? shown.steps[step - 1] : undefined;
  const next = step !== null ? shown.steps[step] : undefined;
  const pageLang = useAppStore((s) => s.lang);
  const lang = current?.view.lang ?? pageLang;
  const ready = useCataloguesReady([lang, ...(next ? [next.view.lang] : [])]);
  const t = messagesIn(lang);
  const currentModel = useMemo(() => (ready && current ? stepModel(atlas, sources, current.view, current, step!, total) : null), [ready, atlas, sources, current, step, total]);
  const currentSvg = useMemo(() => (currentModel ? slideSvg(atlas, currentModel, { idPrefix: 'pv-cur' }) : null), [atlas, currentModel]);
  const nextSvg = useMemo(() => (ready && next ? slideSvg(atlas, stepModel(atlas, sources, next.view, next, step! + 1, total), { idPrefix: 'pv-next' }) : null), [ready, atlas, sources, next, step, total]);
  const title = t('presenter.title');
  const bodyRef = useRef<HTMLDivElement>(null);
  const layout = usePresenterLayout(bodyRef, step !== null);
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [title, lang]);

  return (
    <div className={unreachable ? 'presenter presenter-noted' : 'presenter'} role="main" aria-label={title}>
      <header className="presenter-bar">
        <strong className="presenter-step" aria-live="polite">{step !== null ? t('presenter.step', { n: step, total }) : title}</strong>
        <span className="presenter-clock" aria-label={t('presenter.elapsed')}>{t('presenter.elapsed')} <span dir="ltr">{clock(now - started)}</span></span>
        <button type="button" onClick={() => { setStarted(Date.now()); setNow(Date.now()); }}>{t('presenter.reset')}</button>
        {/* left to right in every language, as in the audience window (PresentationLayer.tsx) */}
        <span className="nav-arrows" dir="ltr">
          <button type="button" onClick={() => step !== null && go(from(step) - 1)} disabled={step === null || step <= 1} aria-label={t('presenter.prev')}>◀</button>
          <button type="button" onClick={() => step !== null && go(from(step) + 1)} disabled={step === null || step >= total} aria-label={t('presenter.nextStep')}>▶</button>
        </span>
      </header>
      {/* the audience window's notice, in this window's language: the facts keep their dates and source ids */}
      {unreachable && <p className="presenter-notice" role="status">{t(navigator.onLine ? 'notice.sourcesFailed' : 'notice.sourcesOffline')}</p>}
      {step === null ? <p className="presenter-waiting" role="status">{t('presenter.waiting')}</p> : (
        <div className="presenter-body" ref={bodyRef} data-mode={layout?.mode} style={layout ? layoutVars(layout) : undefined}>
          <section className="presenter-current" aria-label={current?.title || t('slide.untitled')}>
            {currentSvg && <SvgHost svg={currentSvg} lang={lang} className="presenter-slide" />}
          </section>
          <section className="presenter-upnext">
            <h2>{t('presenter.next')}</h2>
            {next ? nextSvg && <SvgHost svg={nextSvg} lang={next.view.lang} className="presenter-next" /> : <p>{t('presenter.last')}</p>}
          </section>
          <section className="presenter-side">
            <h2>{t('presenter.notes')}</h2>
            <div className="presenter-notes" data-testid="presenter-notes">{current?.notes.trim() || t('presenter.noNotes')}</div>
            {/* the words the slide shortens with "…", whole, as the .pptx's speaker notes give them */}
            {currentModel && currentModel.shortened.length > 0 && (
              <p className="presenter-shortened" data-testid="presenter-shortened" lang={currentModel.lang} dir={currentModel.dir}>{shortenedNote(currentModel.shortened, currentModel.lang)}</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
