// Slide units (the 1600 × 900 frame of renderSlide.ts) in PowerPoint's terms, for pptx.ts and pptxMatrix.ts.
import type { Rect } from './labelPlace';
import { SLIDE_W } from './renderSlide';

/** LAYOUT_WIDE is 13.333 × 7.5 in; the slide frame is 1600 × 900 units. */
export const IN = 13.333 / SLIDE_W;
/** 1 unit = 0.6 pt (960 pt across). */
export const PT = 0.6;
export const box = (b: Rect) => ({ x: b.x * IN, y: b.y * IN, w: b.w * IN, h: b.h * IN });
/** "#1d2330" as PowerPoint writes a colour: "1D2330". */
export const hex = (c: string) => c.replace('#', '').toUpperCase();
