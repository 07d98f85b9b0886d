// Presentation mode: title and caption bands over the map and graph, keyboard and clicker navigation,
// a projector theme via the `presenting` class on <html>. Also hosts the offer to import a deck from a link.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { useDeckStore } from '../../briefing/deckStore';
import { fullscreenChanged, goToStep, leavePresentation } from './presenting';
import { initialDeckParam } from '../../briefing/deckParam';
import { DeckNotice } from './DeckNotice';
import './briefing.css';

// Only a link that carries a deck loads the decoder (lz-string, the deck validator).
const DeckLinkOffer = lazy(() => import('./DeckLinkOffer').then((m) => ({ default: m.DeckLinkOffer })));

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

export function PresentationLayer() {
  const step = useAppStore((s) => s.step);
  const presenting = step !== null;
  const atlasReady = useAppStore((s) => s.atlas !== null);
  const deckSize = useDeckStore((s) => s.deck.steps.length);

  // A link opened with ?step=N shows that step's own view, not its caption over whatever view the link carried:
  // once, when the atlas and the deck are there.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened || !atlasReady) return;
    setOpened(true);
    const n = useAppStore.getState().step;
    if (n !== null && deckSize) goToStep(n);
  }, [opened, atlasReady, deckSize]);

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
      let handled = true;
      if (NEXT.has(e.key)) goToStep(n + 1);
      else if (PREV.has(e.key)) goToStep(n - 1);
      else if (e.key === 'Home') goToStep(1);
      else if (e.key === 'End') goToStep(useDeckStore.getState().deck.steps.length);
      else if (e.key === 'Escape') leavePresentation();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', fullscreenChanged);
    return () => { window.removeEventListener('keydown', onKey); document.removeEventListener('fullscreenchange', fullscreenChanged); };
  }, [presenting]);

  // The offer stays mounted (hidden by the theme while presenting) so a dismissed offer stays dismissed.
  return (
    <>
      <div className="deck-banners">
        {initialDeckParam !== null && (
          <Suspense fallback={<div className="deck-offer" role="status">Reading the deck in this link…</div>}>
            <DeckLinkOffer />
          </Suspense>
        )}
        <DeckNotice />
      </div>
      {step !== null && <Slide step={step} />}
    </>
  );
}

function Slide({ step }: { step: number }) {
  const total = useDeckStore((s) => s.deck.steps.length);
  const current = useDeckStore((s) => s.deck.steps[step - 1]);
  return (
    <div className="presentation-layer" role="region" aria-label="Presentation" aria-roledescription="slide show">
      <div className="presentation-top">
        <span className="presentation-count">{step} / {total || '?'}</span>
        <h2 className="presentation-title" aria-live="polite">{current?.title || (total ? 'Untitled step' : 'No deck in this browser')}</h2>
      </div>
      <div className="presentation-bottom">
        {current?.caption && <p className="presentation-caption">{current.caption}</p>}
        <nav className="presentation-nav" aria-label="Presentation controls">
          <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 1} aria-label="Previous step">◀</button>
          <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= total} aria-label="Next step">▶</button>
          <button type="button" onClick={leavePresentation}>Exit (Esc)</button>
        </nav>
      </div>
    </div>
  );
}
