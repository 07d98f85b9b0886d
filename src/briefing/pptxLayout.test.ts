// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SLIDE_H, SLIDE_W, slideLayout } from './pptxLayout';

const inside = (b: { x: number; y: number; w: number; h: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= SLIDE_W + 1e-9 && b.y + b.h <= SLIDE_H + 1e-9;
const below = (a: { y: number; h: number }, b: { y: number }) => a.y + a.h <= b.y + 1e-9;

describe('slideLayout', () => {
  it('a short title and no caption: one line at full size, the image 16:9 and centred', () => {
    const l = slideLayout({ title: 'Budapest Convention', caption: '', notes: '' });
    expect(l.title.fontSize).toBe(26);
    expect(l.caption).toBeNull();
    expect(l.image.w / l.image.h).toBeCloseTo(16 / 9);
    expect(l.image.x + l.image.w / 2).toBeCloseTo(SLIDE_W / 2);
    expect(below(l.title, l.image)).toBe(true);
    expect(inside(l.image)).toBe(true);
  });

  it('a 200-character title and a 2,000-character caption stay on the slide, apart from the image', () => {
    const title = 'Republic of Korea and the Budapest Convention: invited to accede, still not a party. '.repeat(3).slice(0, 200);
    const caption = 'Korea was invited to accede in 2021 and voted against the resolution. '.repeat(30).slice(0, 2000);
    const l = slideLayout({ title, caption, notes: 'Mention the vote.' });
    expect(l.title.fontSize).toBeLessThan(26);
    expect(l.caption!.fontSize).toBe(12);
    for (const b of [l.title, l.caption!, l.image]) expect(inside(b)).toBe(true);
    expect(below(l.title, l.image) && below(l.image, l.caption!)).toBe(true);
    expect(l.image.w / l.image.h).toBeCloseTo(16 / 9);
    // the cut caption ends with an ellipsis, and the speaker notes keep the notes and the whole caption
    expect(l.caption!.text.endsWith('…')).toBe(true);
    expect(l.notes.startsWith('Mention the vote.')).toBe(true);
    expect(l.notes).toContain(caption.trim());
  });

  it('a caption that fits is kept whole, with its line breaks, and the notes are untouched', () => {
    const l = slideLayout({ title: 'T', caption: 'Line one\nLine two', notes: 'n' });
    expect(l.caption!.text).toBe('Line one\nLine two');
    expect(l.caption!.fontSize).toBe(16);
    expect(l.notes).toBe('n');
  });
});
