// Header tools for briefings: copy the view's link, open the deck, present, export images and slides, print.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { PartBoundary } from '../../app/PartBoundary';
import { pickView, useAppStore } from '../../store/appStore';
import { selectSearch } from '../../store/useUrlSync';
import { afterPaint } from '../../lib/afterPaint';
import { onPressOutside } from '../../lib/pressOutside';
import { useAtlas, useSources } from '../../data/useAtlas';
import { useDeckStore } from '../../briefing/deckStore';
import { pageBase, SAFE_LINK_CHARS } from '../../briefing/deckParam';
import { startPresentation } from './presenting';
import { copyText } from './clipboard';
import { useI18n } from '../../i18n/useI18n';
import { formatMessage } from '../../i18n/catalogue';
import './briefing.css';

// The deck editor and the exporters load on first use: the first paint does not need them.
const loadDeckDialog = () => import('./DeckDialog').then((m) => m.DeckDialog);
const exporters = () => import('./exporters');
const loadHandout = () => import('./Handout').then((m) => m.Handout);

export function BriefingToolbar() {
  const atlas = useAtlas();
  // what the exports and the handout cite: titles once the sources' texts are here, their ids before
  const sources = useSources(atlas);
  const { t: tr } = useI18n();
  const steps = useDeckStore((s) => s.deck.steps.length);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  /** 'deck': a page per step; 'view': one page for the current view */
  const [printing, setPrinting] = useState<'deck' | 'view' | null>(null);
  const donePrinting = useCallback(() => setPrinting(null), []);
  const menu = useRef<HTMLDetailsElement>(null);
  const menuWatch = useRef<ResizeObserver | null>(null);
  useEffect(() => () => menuWatch.current?.disconnect(), []);
  // Placed when `open` changes, in the microtasks of the click that opened it: the `toggle` event comes in a task of
  // its own, after a frame had been drawn with the menu where it was (a Russian phone: -33–207 of 390 px, the
  // journey's flaky failure; /tmp/ui14/menu.mjs measured it in a requestAnimationFrame callback before `toggle`).
  useEffect(() => {
    const m = menu.current;
    if (!m || typeof MutationObserver !== 'function') return;
    const opened = new MutationObserver(() => keepMenuOnScreen(m, menuWatch));
    opened.observe(m, { attributes: true, attributeFilter: ['open'] });
    return () => opened.disconnect();
  }, []);

  // <details> stays open by itself; close the menu on a click elsewhere or Escape, like any menu.
  useEffect(() => {
    const stopPress = onPressOutside(() => (menu.current?.open ? menu.current : null), () => { menu.current!.open = false; });
    const escape = (e: KeyboardEvent) => {
      const m = menu.current;
      if (!m?.open || e.key !== 'Escape') return;
      m.open = false;
      m.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', escape);
    return () => { stopPress(); document.removeEventListener('keydown', escape); };
  }, []);

  const run = async (label: string, job: () => Promise<void> | void) => {
    if (menu.current) menu.current.open = false;
    setBusy(true);
    setStatus(tr('brief.running', { job: label }));
    try {
      await job();
      setStatus(tr('brief.done', { job: label }));
    } catch (e) {
      setStatus(tr('brief.failed', { job: label, error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const href = window.location.href;
    const ok = await copyText(href);
    const long = href.length > SAFE_LINK_CHARS ? 'yes' : 'no';
    setStatus(ok ? tr('brief.copied', { length: href.length, long }) : tr('brief.copyThis', { href }));
  };

  return (
    <div className="briefing-toolbar" role="toolbar" aria-label={tr('brief.aria')}>
      <button type="button" onClick={copyLink}>{tr('brief.copyLink')}</button>
      <button type="button" onClick={() => setDeckOpen(true)} aria-haspopup="dialog">{tr('brief.deck', { count: steps })}</button>
      <button type="button" onClick={() => startPresentation(atlas, 1)} disabled={!steps} title={tr(steps ? 'brief.presentTitle' : 'brief.presentNeedsStep')}>
        {tr('brief.present')}
      </button>
      <details className="briefing-menu" ref={menu}>
        <summary>{tr('brief.export')}</summary>
        <div className="briefing-menu-items">
          <button type="button" disabled={busy} onClick={() => run(tr('brief.svgJob'), async () => (await exporters()).exportSvg(atlas, sources))}>{tr('brief.svg')}</button>
          <button type="button" disabled={busy} onClick={() => run(tr('brief.pngJob'), async () => (await exporters()).exportPng(atlas, sources, 1))}>{tr('brief.png1')}</button>
          <button type="button" disabled={busy} onClick={() => run(tr('brief.pngJob'), async () => (await exporters()).exportPng(atlas, sources, 2))}>{tr('brief.png2')}</button>
          <button type="button" disabled={busy || !steps}
            onClick={() => run(tr('brief.pptxJob'), async () => (await exporters()).exportPptx(atlas, sources, useDeckStore.getState().deck, (d, n) => setStatus(tr('brief.rendering', { n: Math.min(d + 1, n), total: n }))))}>
            {tr('brief.pptx')}
          </button>
          <button type="button" disabled={!steps} onClick={() => { if (menu.current) menu.current.open = false; setPrinting('deck'); }}>{tr('brief.printDeck')}</button>
          <button type="button" onClick={() => { if (menu.current) menu.current.open = false; setPrinting('view'); }}>{tr('brief.printView')}</button>
        </div>
      </details>
      <span className="briefing-status" role="status" aria-live="polite">{status}</span>
      <PrintLink />
      {/* A dialog whose code cannot be loaded (offline) says so here, in its own boundary: the toolbar's buttons stay. */}
      {printing && (
        <PartBoundary>
          <WhenLoaded load={loadHandout} fallback={null}>
            {(Handout) => <Handout atlas={atlas} sources={sources} deck={printing === 'deck' ? useDeckStore.getState().deck : null} view={pickView(useAppStore.getState())} onDone={donePrinting} />}
          </WhenLoaded>
        </PartBoundary>
      )}
      {deckOpen && (
        <PartBoundary>
          <WhenLoaded load={loadDeckDialog} fallback={<span className="briefing-status">{tr('brief.opening')}</span>}>
            {(DeckDialog) => <DeckDialog onClose={() => setDeckOpen(false)} onStatus={setStatus} />}
          </WhenLoaded>
        </PartBoundary>
      )}
    </div>
  );
}

/** The export menu opens under Export towards the end of its row (briefing.css). Where Export has wrapped to the
 *  start of a row (a phone; an Arabic, French or Russian toolbar's longer words), that side runs off the screen, so the
 *  menu opens towards the other one. Placed again while open whenever the toolbar or a button in it changes size: a
 *  row that wraps after the menu opened (a count, the page's messages arriving) had left it 130 px off a French phone. */
function keepMenuOnScreen(menu: HTMLDetailsElement, watch: RefObject<ResizeObserver | null>) {
  watch.current?.disconnect();
  watch.current = null;
  const items = menu.querySelector<HTMLElement>('.briefing-menu-items');
  if (!menu.open || !items) return;
  const place = () => {
    items.classList.remove('flip');
    const { left, right } = items.getBoundingClientRect();
    if (left < 0 || right > document.documentElement.clientWidth) items.classList.add('flip');
  };
  place();
  const toolbar = menu.parentElement;
  if (!toolbar || typeof ResizeObserver !== 'function') return;
  watch.current = new ResizeObserver(place);
  watch.current.observe(toolbar);
  for (const button of toolbar.children) if (button !== menu) watch.current.observe(button);
}

/** The view's address for the printed handout. Shown only in print, so it follows the view after the frame that shows
 *  a change (like the address bar), not inside the click that made it; no React render. */
function PrintLink() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let cancel: (() => void) | null = null;
    // in the page's language (it was "View:" on every page), the address isolated left to right as the handout's is
    const put = () => {
      cancel = null;
      const state = useAppStore.getState();
      const link = Object.assign(document.createElement('span'), { dir: 'ltr', textContent: `${pageBase()}${selectSearch(state)}` });
      ref.current!.replaceChildren(formatMessage(state.lang, 'handout.view', { link: '' }), link);
    };
    put();
    const off = useAppStore.subscribe(() => { cancel ??= afterPaint(put); });
    return () => { off(); cancel?.(); };
  }, []);
  return <span className="print-only print-link" ref={ref} />;
}
