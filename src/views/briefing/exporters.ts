// Downloads built from the slide model (src/briefing): nothing here reads or drives the live page, so an export
// never moves the view, the address or the history, and takes no waits. Each slide is in its step's (or the view's)
// language: those messages are loaded first, and an export fails rather than fall back to English.
import { pickView, useAppStore } from '../../store/appStore';
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import type { Deck } from '../../briefing/deck';
import { SLIDE_H, SLIDE_W } from '../../briefing/renderSlide';
import { blobToDataUrl, svgToPng } from '../../briefing/raster';
import { download, fileStemOf } from '../../lib/download';
import { loadCatalogues } from '../../i18n/catalogue';
import { slideSvg, stepModel } from './slides';

async function currentSvg(atlas: Atlas, sources: Sources | null) {
  const view = pickView(useAppStore.getState());
  await loadCatalogues([view.lang]);
  return { view, svg: slideSvg(atlas, stepModel(atlas, sources, view, null)) };
}

const fileStem = (atlas: Atlas, view: { lens: string; t: string | null }) => `atlas-${view.lens}-${view.t ?? atlas.asOf}`;

export async function exportSvg(atlas: Atlas, sources: Sources | null): Promise<void> {
  const { view, svg } = await currentSvg(atlas, sources);
  download(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem(atlas, view)}.svg`);
}

/** 1920×1080, or 3840×2160 at scale 2. */
export async function exportPng(atlas: Atlas, sources: Sources | null, scale: 1 | 2): Promise<void> {
  const { view, svg } = await currentSvg(atlas, sources);
  const png = await svgToPng(svg, 1920 * scale, 1080 * scale);
  download(png, `${fileStem(atlas, view)}${scale === 2 ? '@2x' : ''}.png`);
}

/** Pixels per slide unit of the .pptx pictures: sharp on a 1920-wide projector. */
const PICTURE_SCALE = 1920 / SLIDE_W;

export async function exportPptx(atlas: Atlas, sources: Sources | null, deck: Deck, onProgress: (done: number, total: number) => void): Promise<void> {
  const { buildPptx } = await import('../../briefing/pptx');
  await loadCatalogues(deck.steps.map((s) => s.view.lang));
  const slides = [];
  for (const [i, step] of deck.steps.entries()) {
    onProgress(i, deck.steps.length);
    const model = stepModel(atlas, sources, step.view, step, i + 1, deck.steps.length);
    const svg = slideSvg(atlas, model, { part: 'picture', idPrefix: `s${i}` });
    const [, , w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? `0 0 ${SLIDE_W} ${SLIDE_H}`).split(' ').map(Number);
    const png = await svgToPng(svg, w * PICTURE_SCALE, h * PICTURE_SCALE);
    slides.push({ model, picture: await blobToDataUrl(png) });
  }
  onProgress(deck.steps.length, deck.steps.length);
  const blob = await buildPptx(deck.title, slides, 'blob');
  download(blob, `${fileStemOf(deck.title, 'briefing')}.pptx`);
}
