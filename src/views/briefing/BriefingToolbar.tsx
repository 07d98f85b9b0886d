// Header tools for briefings: copy the view's link, open the deck, present, export images and slides, print.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { pickView, useAppStore } from '../../store/appStore';
import { searchFromView } from '../../store/url';
import { useAtlas } from '../../store/derived';
import { useDeckStore } from '../../briefing/deckStore';
import { pageBase, SAFE_LINK_CHARS } from '../../briefing/deckParam';
import { startPresentation } from './presenting';
import { copyText } from './clipboard';
import './briefing.css';

// The deck editor and the exporters load on first use: the first paint does not need them.
const DeckDialog = lazy(() => import('./DeckDialog').then((m) => ({ default: m.DeckDialog })));
const exporters = () => import('./exporters');
const Handout = lazy(() => import('./Handout').then((m) => ({ default: m.Handout })));

export function BriefingToolbar() {
  const atlas = useAtlas()!;
  const steps = useDeckStore((s) => s.deck.steps.length);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  /** 'deck': a page per step; 'view': one page for the current view */
  const [printing, setPrinting] = useState<'deck' | 'view' | null>(null);
  const donePrinting = useCallback(() => setPrinting(null), []);
  const menu = useRef<HTMLDetailsElement>(null);

  // <details> stays open by itself; close the menu on a click elsewhere or Escape, like any menu.
  useEffect(() => {
    const close = (e: Event) => {
      const m = menu.current;
      if (!m?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !m.contains(e.target as Node)) {
        m.open = false;
        if (e instanceof KeyboardEvent) m.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => { document.removeEventListener('pointerdown', close); document.removeEventListener('keydown', close); };
  }, []);

  const run = async (label: string, job: () => Promise<void> | void) => {
    if (menu.current) menu.current.open = false;
    setBusy(true);
    setStatus(`${label}…`);
    try {
      await job();
      setStatus(`${label}: done`);
    } catch (e) {
      setStatus(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const href = window.location.href;
    const ok = await copyText(href);
    const long = href.length > SAFE_LINK_CHARS ? ' — long link: some mail and chat tools may cut it' : '';
    setStatus(ok ? `Link copied (${href.length} characters)${long}` : `Copy this link: ${href}`);
  };

  return (
    <div className="briefing-toolbar" role="toolbar" aria-label="Briefing">
      <button type="button" onClick={copyLink}>Copy link</button>
      <button type="button" onClick={() => setDeckOpen(true)} aria-haspopup="dialog">Deck ({steps})</button>
      <button type="button" onClick={() => startPresentation(1)} disabled={!steps} title={steps ? 'Present the deck (Esc leaves)' : 'Add a step to the deck first'}>
        Present
      </button>
      <details className="briefing-menu" ref={menu}>
        <summary>Export</summary>
        <div className="briefing-menu-items">
          <button type="button" disabled={busy} onClick={() => run('SVG export', async () => (await exporters()).exportSvg(atlas))}>View as SVG (16:9)</button>
          <button type="button" disabled={busy} onClick={() => run('PNG export', async () => (await exporters()).exportPng(atlas, 1))}>View as PNG 1920×1080</button>
          <button type="button" disabled={busy} onClick={() => run('PNG export', async () => (await exporters()).exportPng(atlas, 2))}>View as PNG 3840×2160 (2×)</button>
          <button type="button" disabled={busy || !steps}
            onClick={() => run('PowerPoint export', async () => (await exporters()).exportPptx(atlas, useDeckStore.getState().deck, (d, n) => setStatus(`Rendering slide ${Math.min(d + 1, n)} of ${n}…`)))}>
            Deck as PowerPoint
          </button>
          <button type="button" disabled={!steps} onClick={() => { if (menu.current) menu.current.open = false; setPrinting('deck'); }}>Print the deck as a handout (a page per step)</button>
          <button type="button" onClick={() => { if (menu.current) menu.current.open = false; setPrinting('view'); }}>Print this view as a handout (A4)</button>
        </div>
      </details>
      <span className="briefing-status" role="status" aria-live="polite">{status}</span>
      <PrintLink />
      {printing && (
        <Suspense fallback={null}>
          <Handout atlas={atlas} deck={printing === 'deck' ? useDeckStore.getState().deck : null} view={pickView(useAppStore.getState())} onDone={donePrinting} />
        </Suspense>
      )}
      {deckOpen && (
        <Suspense fallback={<span className="briefing-status">Opening the deck…</span>}>
          <DeckDialog onClose={() => setDeckOpen(false)} onStatus={setStatus} />
        </Suspense>
      )}
    </div>
  );
}

/** The view's address for the printed handout; its own component, so a view change re-renders only this line. */
function PrintLink() {
  const search = useAppStore((s) => searchFromView(pickView(s)));
  return <span className="print-only print-link">View: {`${pageBase()}${search}`}</span>;
}
