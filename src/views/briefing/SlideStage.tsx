// The presentation stage: the current step drawn by the pure slide renderer at 1600×900 and scaled to the screen
// (letterboxed, never cropped or scrolled). The SVG string is parsed as XML, not HTML: every text in it went
// through escapeXml, so data can only ever be text.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pickView, useAppStore } from '../../store/appStore';
import { useAtlas, useSources } from '../../data/useAtlas';
import { useDeckStore } from '../../briefing/deckStore';
import { messageSlide } from '../../briefing/renderSlide';
import { formatMessage } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/langs';
import { useCataloguesReady } from '../../i18n/useI18n';
import { slideSvg, stepModel } from './slides';

/** Puts an SVG string into `host`, scaled to fit; a string that does not parse shows a message slide instead. */
export function mountSvg(host: HTMLElement, svg: string, lang: Lang): void {
  const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
  let doc = parse(svg);
  if (doc.documentElement.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
    doc = parse(messageSlide(formatMessage(lang, 'slide.untitled'), formatMessage(lang, 'slide.cannotDraw')));
  }
  const root = doc.documentElement;
  root.setAttribute('width', '100%');
  root.setAttribute('height', '100%');
  root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  host.replaceChildren(document.importNode(root, true));
}

export function SvgHost({ svg, lang, className }: { svg: string; lang: Lang; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { if (ref.current) mountSvg(ref.current, svg, lang); }, [svg, lang]);
  return <div ref={ref} className={className} />;
}

/** The step `n` (1-based) as the audience sees it, from the store's current view and the deck's words. */
export function SlideStage({ n }: { n: number }) {
  const atlas = useAtlas();
  const view = useAppStore(useShallow(pickView));
  const total = useDeckStore((s) => s.deck.steps.length);
  const step = useDeckStore((s) => s.deck.steps[n - 1]) ?? null;
  // drawn once the view's messages are here: a step in another language never flashes in English
  const ready = useCataloguesReady([view.lang]);
  // the sources line names their titles once their texts are here (a linked step may open before them)
  const sources = useSources(atlas);
  const svg = useMemo(() => (ready ? slideSvg(atlas, stepModel(atlas, sources, view, step, n, total), { idPrefix: 'stage' }) : null), [ready, atlas, sources, view, step, n, total]);
  return svg ? <SvgHost svg={svg} lang={view.lang} className="slide-stage" /> : <div className="slide-stage" />;
}
