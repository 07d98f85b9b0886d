// Where each part of a .pptx slide goes, computed from the words before anything is written: the title and the
// caption get the lines their length needs (smaller type for longer text, cut with "…" past a limit, the full
// caption then going to the speaker notes) and the view image takes the height left, 16:9, centred.
import { wrap } from './slideSvg';

/** LAYOUT_WIDE, inches */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const MARGIN = 0.4;
const GAP = 0.12;
const TEXT_W = SLIDE_W - 2 * MARGIN;
const IMAGE_RATIO = 16 / 9;
/** Average advance of Arial / Liberation Sans in em, rounded up (bold a little wider) so estimates wrap early. */
const EM = { regular: 0.52, bold: 0.58 };
const LINE = 1.2;
const MAX_CAPTION_H = 1.7;

export interface Box { x: number; y: number; w: number; h: number }
export interface TextBox extends Box { text: string; fontSize: number }
export interface SlideLayout { title: TextBox; caption: TextBox | null; image: Box; notes: string }

const charsPerLine = (pt: number, em: number) => Math.floor((TEXT_W * 72 - 14) / (pt * em)); // minus the box's insets
const heightOf = (lines: number, pt: number) => (lines * pt * LINE) / 72 + 0.1;

/** The largest size whose wrapped text fits maxLines; at the smallest size the text is cut to fit. The text keeps
 * its own line breaks unless cut: the office suite wraps it, the estimate only sizes the box. */
function fitText(text: string, sizes: number[], maxLines: (pt: number) => number, em: number) {
  const linesOf = (pt: number, max = Number.MAX_SAFE_INTEGER) =>
    text.split('\n').flatMap((para) => (para.trim() ? wrap(para, charsPerLine(pt, em), max) : ['']));
  for (const pt of sizes) {
    const lines = linesOf(pt);
    if (lines.length <= maxLines(pt)) return { pt, lines: lines.length, text, cut: false };
  }
  const pt = sizes.at(-1)!;
  const cut = wrap(text, charsPerLine(pt, em), maxLines(pt));
  return { pt, lines: cut.length, text: cut.join(' '), cut: true };
}

export function slideLayout(s: { title: string; caption: string; notes: string }): SlideLayout {
  const t = fitText(s.title || 'Untitled step', [26, 22, 18], (pt) => (pt === 26 ? 1 : 2), EM.bold);
  const title: TextBox = { x: MARGIN, y: 0.15, w: TEXT_W, h: heightOf(t.lines, t.pt), text: t.text, fontSize: t.pt };
  let caption: TextBox | null = null;
  let notes = s.notes;
  if (s.caption.trim()) {
    const c = fitText(s.caption.trim(), [16, 14, 12], (pt) => Math.floor(((MAX_CAPTION_H - 0.1) * 72) / (pt * LINE)), EM.regular);
    const h = heightOf(c.lines, c.pt);
    caption = { x: MARGIN, y: SLIDE_H - 0.15 - h, w: TEXT_W, h, text: c.text, fontSize: c.pt };
    if (c.cut) notes = `${s.notes ? `${s.notes}\n\n` : ''}Full caption: ${s.caption.trim()}`;
  }
  const top = title.y + title.h + GAP;
  const bottom = (caption ? caption.y : SLIDE_H - 0.15) - GAP;
  const h = Math.min(bottom - top, TEXT_W / IMAGE_RATIO);
  const w = h * IMAGE_RATIO;
  return { title, caption, notes, image: { x: (SLIDE_W - w) / 2, y: top + (bottom - top - h) / 2, w, h } };
}
