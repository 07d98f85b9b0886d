// @vitest-environment jsdom
// Every XML part of a generated .pptx must parse with a strict XML parser, whatever the user typed (issue 19: a
// vertical tab, PowerPoint's own soft line break, made slide1.xml, notesSlide1.xml and docProps/core.xml unreadable).
// jsdom's DOMParser parses application/xml with saxes, a conforming non-validating parser, and reports any
// well-formedness error as a <parsererror> document.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx, type PptxSlide } from './pptx';
import { composeSlideSvg } from './slideSvg';
import { randomUnicode, seededRandom } from '../lib/fuzz';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function malformedParts(deckTitle: string, slides: PptxSlide[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(await buildPptx(deckTitle, slides, 'arraybuffer'));
  const bad: string[] = [];
  const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
  expect(parts.length).toBeGreaterThan(10);
  for (const name of parts) {
    const doc = new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) bad.push(name);
  }
  return bad;
}

describe('the .pptx is well-formed whatever the text', () => {
  it('with the control characters of the report (\\u000B, \\u0000, \\u0007)', async () => {
    const t = 'Line\u000Bbreak \u0000 bell\u0007 & <tag> "q"';
    expect(await malformedParts(t, [{ title: t, caption: t, notes: t, image: PNG }])).toEqual([]);
  });

  it('with random Unicode in every text (fixed seed)', async () => {
    const rand = seededRandom(2026);
    for (let deck = 0; deck < 12; deck++) {
      const slides = Array.from({ length: 3 }, () => ({
        title: randomUnicode(rand, 80), caption: randomUnicode(rand, 300), notes: randomUnicode(rand, 600), image: PNG,
      }));
      const title = randomUnicode(rand, 80);
      expect(await malformedParts(title, slides), JSON.stringify({ title, slides: slides.map(({ image: _, ...s }) => s) })).toEqual([]);
    }
  });

  it('the SVG export too', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const s = randomUnicode(rand, 80);
      const svg = composeSlideSvg({ title: s, subtitle: s, asOf: s, source: s, legend: [{ label: s, count: 1, fill: '#fff' }], panels: [] });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror'), JSON.stringify(s)).toHaveLength(0);
    }
  });
});
