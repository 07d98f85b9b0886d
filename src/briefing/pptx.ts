// The deck as PowerPoint: one 16:9 slide per step with the rendered view, the caption under it and the presenter
// notes as speaker notes. pptxgenjs is loaded on demand so it stays out of the initial bundle.

export interface PptxSlide {
  title: string;
  caption: string;
  notes: string;
  /** data:image/png;base64,… of the 1920×1080 view. */
  image: string;
}

export async function buildPptx<T extends 'blob' | 'arraybuffer'>(deckTitle: string, slides: PptxSlide[], outputType: T):
  Promise<T extends 'blob' ? Blob : ArrayBuffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = deckTitle;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title || 'Untitled step', { x: 0.4, y: 0.15, w: 12.5, h: 0.6, fontSize: 26, bold: true, color: '1D2330' });
    // 16:9 image 10.4 × 5.85 in, centred.
    slide.addImage({ data: s.image, x: (13.333 - 10.4) / 2, y: 0.8, w: 10.4, h: 5.85 });
    if (s.caption) slide.addText(s.caption, { x: 0.4, y: 6.7, w: 12.5, h: 0.7, fontSize: 16, color: '1D2330', valign: 'top' });
    if (s.notes) slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType })) as T extends 'blob' ? Blob : ArrayBuffer;
}
