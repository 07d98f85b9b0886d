// Presentation mode: the slide stage over the page, keyboard and clicker navigation, the presenter view's link.
// Also hosts the offer to import a deck from a link.
import { useEffect, useState } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { useAppStore } from '../../store/appStore';
import { useAtlas } from '../../data/useAtlas';
import type { Atlas } from '../../data/atlas';
import { useDeckStore } from '../../briefing/deckStore';
import { fullscreenChanged, goToStep, leavePresentation, navKey } from './presenting';
import { initialDeckParam } from '../../briefing/deckParam';
import { DeckNotice } from './DeckNotice';
import { useI18n } from '../../i18n/useI18n';
import { loadCatalogue } from '../../i18n/catalogue';
import { isLang } from '../../i18n/langs';
import './briefing.css';
import { isolate } from '../../lib/notices';

// Only a link that carries a deck loads the decoder (lz-string, the deck validator).
const loadDeckLinkOffer = () => import('./DeckLinkOffer').then((m) => m.DeckLinkOffer);
// The slide model and renderer load when a presentation starts.
const loadSlideStage = () => import('./SlideStage').then((m) => m.SlideStage);
const presenter = () => import('./presenterSync');

export function PresentationLayer() {
  const { t } = useI18n();
  const step = useAppStore((s) => s.step);
  const presenting = step !== null;
  const atlas = useAtlas();
  const deckSize = useDeckStore((s) => s.deck.steps.length);

  // A link opened with ?step=N shows that step's own view, not its caption over whatever view the link carried:
  // once, when the deck is there (at once, or when the link's own deck is imported from the offer).
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened) return;
    const n = useAppStore.getState().step;
    if (n !== null && !deckSize) return;
    setOpened(true);
    if (n !== null) goToStep(atlas, n);
  }, [opened, atlas, deckSize]);

  // The deck's languages load as the presentation starts: a step in another language changes the page's language,
  // which is shown once its whole catalogue is here (app/App.tsx), so moving to it then does not wait.
  const langs = useDeckStore((s) => [...new Set(s.deck.steps.map((st) => st.view.lang))].join(' '));
  useEffect(() => {
    if (presenting) for (const l of langs.split(' ')) if (isLang(l)) void loadCatalogue(l).catch(() => undefined);
  }, [presenting, langs]);

  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    return () => document.documentElement.classList.remove('presenting');
  }, [presenting]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof Element && e.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const n = useAppStore.getState().step ?? 1;
      const target = navKey(e.key, n, useDeckStore.getState().deck.steps.length);
      if (target !== null) goToStep(atlas, target);
      else if (e.key === 'Escape') leavePresentation();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', fullscreenChanged);
    // the presenter window (if one is open) follows every step change made here
    let stop = () => {};
    void presenter().then((m) => { stop = m.startAudienceSync(atlas); });
    return () => { window.removeEventListener('keydown', onKey); document.removeEventListener('fullscreenchange', fullscreenChanged); stop(); };
  }, [presenting, atlas]);

  // The offer stays mounted (hidden by the theme while presenting) so a dismissed offer stays dismissed. A link's step
  // with no deck in this browser (?deck=…&step=N) shows it over the stage: the deck it asks for is in the link.
  return (
    <>
      <div className={presenting && !deckSize ? 'deck-banners deck-banners-over' : 'deck-banners'}>
        {initialDeckParam !== null && (
          <WhenLoaded load={loadDeckLinkOffer} fallback={<div className="deck-offer" role="status">{t('presentation.readingDeck')}</div>}>
            {(DeckLinkOffer) => <DeckLinkOffer />}
          </WhenLoaded>
        )}
        <DeckNotice />
      </div>
      {step !== null && <Slide atlas={atlas} step={step} />}
    </>
  );
}

/** The audience window's controls speak the page's language (the step's view sets it while presenting). */
function Slide({ atlas, step }: { atlas: Atlas; step: number }) {
  const { t, number } = useI18n();
  const total = useDeckStore((s) => s.deck.steps.length);
  const title = useDeckStore((s) => s.deck.steps[step - 1]?.title);
  return (
    <div className="presentation-layer" role="region" aria-label={t('presentation.aria')} aria-roledescription={t('presentation.roleDescription')}>
      <h2 className="visually-hidden" aria-live="polite">
        {t('presentation.heading', { title: title ? isolate(title) : t(total ? 'slide.untitled' : 'presentation.noDeck'), n: number(step), total: total ? number(total) : '?' })}
      </h2>
      <WhenLoaded load={loadSlideStage} fallback={<div className="slide-stage" />}>
        {(SlideStage) => <SlideStage n={step} />}
      </WhenLoaded>
      {/* A link with ?step=N opened where its deck is not (another browser): the stage shows the link's view with no
          step's words, so say why, and keep the controls (Exit) in sight. The heading above already says it aloud. */}
      {!total && <p className="presentation-no-deck" aria-hidden="true">{t('presentation.noDeck')}</p>}
      <nav className={total ? 'presentation-nav' : 'presentation-nav presentation-nav-shown'} aria-label={t('presentation.controls')}>
        {/* left to right in every language, as the clicker's and keyboard's arrows are: in Arabic the mirrored row
            had "▶ ◀", two arrows pointing at each other */}
        <span className="nav-arrows" dir="ltr">
          <button type="button" onClick={() => goToStep(atlas, step - 1)} disabled={step <= 1} aria-label={t('presenter.prev')}>◀</button>
          <button type="button" onClick={() => goToStep(atlas, step + 1)} disabled={step >= total} aria-label={t('presenter.nextStep')}>▶</button>
        </span>
        <button type="button" onClick={() => void presenter().then((m) => m.openPresenterView())}>{t('presenter.title')}</button>
        <button type="button" onClick={leavePresentation}>{t('presentation.exit')}</button>
      </nav>
    </div>
  );
}
