// Where the presenter view puts the current slide, the next one and the notes, for the room its window gives
// (pure: sizes in, boxes out; PresenterView measures its body and lays its grid out from this).
//
// The current slide is as large as its aspect allows while the notes keep a readable column beside it: as tall as
// the body when that leaves the notes their column, else as wide as the notes' column leaves it. A 16:9 slide beside
// a column on a 16:9 (or 4:3) screen leaves a strip under it; the next slide's preview goes there when it is larger
// there than at the head of the notes' column (a 4:3 screen), and the notes then have the whole height of their
// column; on a 16:9 screen the strip is the lower fifth and the preview heads the notes' column. A narrow window (a phone held upright) stacks them: slide, notes, next, scrolling.

export type PresenterMode = 'below' | 'side' | 'stack';

export interface PresenterLayout {
  mode: PresenterMode;
  /** the current slide's box, px */
  slide: { width: number; height: number };
  /** the next slide's preview, px */
  next: { width: number; height: number };
  /** width of the notes' column, px (the whole width when stacked) */
  notes: number;
}

/** Space between the boxes and around them, px. */
export const PRESENTER_GAP = 18;
/** Height of a heading ("Next", "Notes") over its box, margins included, px. */
export const PRESENTER_LABEL = 32;
/** Below this width the boxes stack. */
export const STACK_BELOW = 600;
/** The notes' column: a quarter of the width, within these bounds (28-px notes, about 13–20 words a line). */
export const NOTES_MIN = 340;
export const NOTES_MAX = 520;
/** The shortest next-slide preview worth putting under the current slide, px. */
export const NEXT_MIN_H = 150;

/** `width`, `height`: the body's inner room (its padding taken off); `aspect`: the slides' width / height. */
export function presenterLayout(width: number, height: number, aspect: number): PresenterLayout {
  const g = PRESENTER_GAP;
  const floor = (n: number) => Math.max(0, Math.floor(n));
  if (width < STACK_BELOW) {
    const w = floor(width);
    return { mode: 'stack', slide: { width: w, height: floor(w / aspect) }, next: { width: w, height: floor(w / aspect) }, notes: w };
  }
  const notesMin = Math.min(Math.max(NOTES_MIN, width / 4), NOTES_MAX);
  const slideW = floor(Math.min(height * aspect, width - g - notesMin));
  const slideH = floor(slideW / aspect);
  const notes = floor(width - g - slideW);
  // the preview goes where it is larger: in the strip under the current slide (less its heading), when that can
  // hold a legible one, or at the head of the notes' column, taking at most two fifths of its height
  const strip = height - slideH - g - PRESENTER_LABEL;
  const belowW = strip >= NEXT_MIN_H ? floor(Math.min(slideW, strip * aspect)) : 0;
  const sideW = floor(Math.min(notes, (height * 2 / 5 - PRESENTER_LABEL) * aspect));
  const mode = belowW > sideW ? 'below' : 'side';
  const nextW = mode === 'below' ? belowW : sideW;
  return { mode, slide: { width: slideW, height: slideH }, next: { width: nextW, height: floor(nextW / aspect) }, notes };
}
