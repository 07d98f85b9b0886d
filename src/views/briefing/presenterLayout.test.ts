// @vitest-environment node
// The presenter view's layout (presenterLayout.ts), for the room its body gives at common screens.
import { describe, expect, it } from 'vitest';
import { NOTES_MIN, PRESENTER_GAP, PRESENTER_LABEL, presenterLayout } from './presenterLayout';

const A = 16 / 9;
/** the body's room at a window size: less the bar (60 px) and the body's margins */
const room = (w: number, h: number) => [w - 2 * PRESENTER_GAP, h - 60 - 2 * PRESENTER_GAP] as const;

describe('presenterLayout', () => {
  it.each([[1920, 1080, 'side'], [1440, 900, 'side'], [1024, 768, 'below'], [1280, 1024, 'below']] as const)('%i×%i: the slide fills the height or leaves the notes their column; the next preview goes where it is larger (%s)', (W, H, mode) => {
    const [w, h] = room(W, H);
    const l = presenterLayout(w, h, A);
    expect(l.mode).toBe(mode);
    // as large as the aspect allows beside a notes column of a quarter of the width (at least NOTES_MIN)
    expect(l.slide.width).toBe(Math.floor(Math.min(h * A, w - PRESENTER_GAP - Math.max(NOTES_MIN, w / 4))));
    expect(l.notes).toBeGreaterThanOrEqual(NOTES_MIN);
    expect(l.slide.width + PRESENTER_GAP + l.notes).toBeLessThanOrEqual(w);
    expect(l.slide.height).toBeLessThanOrEqual(h);
    expect(l.next.width).toBeGreaterThanOrEqual(300);
    if (l.mode === 'below') expect(l.slide.height + PRESENTER_GAP + PRESENTER_LABEL + l.next.height).toBeLessThanOrEqual(h);
    else expect(l.next.width).toBeLessThanOrEqual(l.notes);
  });

  it('at 1920×1080 the slide takes nearly three quarters of the width and height (before: 1,120×630)', () => {
    const l = presenterLayout(...room(1920, 1080), A);
    expect(l.slide).toEqual({ width: 1395, height: 784 });
  });

  it('a phone stacks the boxes at its width; a wide short window keeps the slide within its height', () => {
    expect(presenterLayout(354, 700, A)).toMatchObject({ mode: 'stack', slide: { width: 354, height: 199 } });
    const l = presenterLayout(...room(2560, 700), A);
    expect(l.slide.height).toBeLessThanOrEqual(700 - 60 - 36);
    expect(l.slide.width).toBe(Math.floor((700 - 60 - 36) * A));
  });
});
