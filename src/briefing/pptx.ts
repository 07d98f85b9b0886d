// The deck as PowerPoint: one 16:9 slide per step with the rendered view, the caption under it and the presenter
// notes as speaker notes (layout in pptxLayout.ts). pptxgenjs is loaded on demand so it stays out of the initial bundle.

import { xmlText } from '../lib/xmlText';
import { slideLayout, type Box } from './pptxLayout';

export interface PptxSlide {
  title: string;
  caption: string;
  notes: string;
  /** data:image/png;base64,… of the 1920×1080 view. */
  image: string;
}

const box = ({ x, y, w, h }: Box) => ({ x, y, w, h });

export async function buildPptx<T extends 'blob' | 'arraybuffer'>(deckTitle: string, slides: PptxSlide[], outputType: T):
  Promise<T extends 'blob' ? Blob : ArrayBuffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  // pptxgenjs escapes markup but not the characters XML forbids: every user text is made legal first.
  pptx.title = xmlText(deckTitle);
  for (const s of slides) {
    const slide = pptx.addSlide();
    const { title, caption, image, notes } = slideLayout({ title: xmlText(s.title), caption: xmlText(s.caption), notes: xmlText(s.notes) });
    // fit 'shrink' as well: an office suite that re-measures with the real font shrinks rather than spills
    slide.addText(title.text, { ...box(title), fontSize: title.fontSize, bold: true, color: '1D2330', valign: 'top', fit: 'shrink' });
    slide.addImage({ data: s.image, ...box(image) });
    if (caption) slide.addText(caption.text, { ...box(caption), fontSize: caption.fontSize, color: '1D2330', valign: 'top', fit: 'shrink' });
    if (notes) slide.addNotes(notes);
  }
  return (await pptx.write({ outputType })) as T extends 'blob' ? Blob : ArrayBuffer;
}
