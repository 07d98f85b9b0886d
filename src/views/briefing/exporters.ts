// Glue between the live page and the pure builders in src/briefing: capture what is on screen, compose, download.
import { withAddressKept } from '../../store/useUrlSync';
import { pickView, useAppStore, type View } from '../../store/appStore';
import type { Atlas } from '../../data/atlas';
import type { Deck } from '../../briefing/deck';
import { captureLegendDefs, capturePanel } from '../../briefing/capture';
import { classStyle, fillOf } from '../../theme/palette';
import { composeSlideSvg, type Panel } from '../../briefing/slideSvg';
import type { PptxSlide as Slide } from '../../briefing/pptx';
import { slideText } from '../../briefing/slideText';
import { blobToDataUrl, svgToPng } from '../../briefing/raster';
import { download } from '../../lib/download';
import { applyView } from './applyView';

const frames = (n: number) => new Promise<void>((resolve) => {
  const tick = (left: number) => (left ? requestAnimationFrame(() => tick(left - 1)) : resolve());
  tick(n);
});
/** Long enough for a zoom transition on the map to finish before the picture is taken. */
const settle = async () => { await frames(2); await new Promise((r) => setTimeout(r, 350)); await frames(1); };

/** `slideTitle`: the title a .pptx slide shows above the picture; when it reads the same as the picture's own
 * heading (the lens), the picture leaves its heading out rather than say it twice. */
export function composeCurrentSvg(atlas: Atlas, view: View, { slideTitle }: { slideTitle?: string } = {}): string {
  const words = slideText(atlas, view);
  const heading = slideTitle?.trim() !== words.title;
  const panels = [capturePanel('section.view-map', 'Map'), capturePanel('section.view-graph', 'Cooperation network')]
    .filter((p): p is Panel => p !== null);
  const defs = captureLegendDefs();
  return composeSlideSvg({
    ...words,
    heading,
    panels,
    defs,
    legend: words.legend.map((l) => ({ label: l.label, count: l.count, fill: defs ? fillOf(l.cls, 'lg') : classStyle(l.cls).fill })),
  });
}

const fileStem = (atlas: Atlas, view: View) => `atlas-${view.lens}-${view.t ?? atlas.asOf}`;

export function exportSvg(atlas: Atlas): void {
  const view = pickView(useAppStore.getState());
  download(new Blob([composeCurrentSvg(atlas, view)], { type: 'image/svg+xml' }), `${fileStem(atlas, view)}.svg`);
}

export async function exportPng(atlas: Atlas, scale: 1 | 2): Promise<void> {
  const view = pickView(useAppStore.getState());
  const png = await svgToPng(composeCurrentSvg(atlas, view), scale);
  download(png, `${fileStem(atlas, view)}${scale === 2 ? '@2x' : ''}.png`);
}

/** Renders every step on the live page in turn, then puts the original view back. */
export async function exportPptx(atlas: Atlas, deck: Deck, onProgress: (done: number, total: number) => void): Promise<void> {
  const original = pickView(useAppStore.getState());
  const slides: Slide[] = [];
  await withAddressKept(async () => {
    try {
      for (const [i, step] of deck.steps.entries()) {
        onProgress(i, deck.steps.length);
        applyView(atlas, step.view, null);
        await settle();
        const png = await svgToPng(composeCurrentSvg(atlas, pickView(useAppStore.getState()), { slideTitle: step.title }), 1);
        slides.push({ title: step.title, caption: step.caption, notes: step.notes, image: await blobToDataUrl(png) });
      }
    } finally {
      useAppStore.getState().viewRestored(original);
    }
  });
  onProgress(deck.steps.length, deck.steps.length);
  const { buildPptx } = await import('../../briefing/pptx');
  const blob = await buildPptx(deck.title, slides, 'blob');
  download(blob, `${deck.title.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '') || 'briefing'}.pptx`);
}
