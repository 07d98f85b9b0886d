import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx } from './pptx';

// A 1×1 PNG is enough: the test is about the package structure, not the picture.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('buildPptx', () => {
  it('writes one slide per step with the caption and the notes as speaker notes', async () => {
    const slides = [
      { title: 'One', caption: 'First caption', notes: 'Say hello', image: PNG },
      { title: 'Two', caption: '', notes: '', image: PNG },
      { title: 'Three', caption: 'Third caption', notes: 'Wrap up', image: PNG },
    ];
    const buf = await buildPptx('Test deck', slides, 'arraybuffer');
    const zip = await JSZip.loadAsync(buf);
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    expect(slideFiles).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
    const s1 = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(s1).toContain('First caption');
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(notes.join('')).toContain('Say hello');
    expect(notes.join('')).toContain('Wrap up');
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
  });
});
