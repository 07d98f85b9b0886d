// @vitest-environment node
// Every XML part of a generated .pptx must parse with a strict XML parser, whatever the user typed (issue 19: a
// vertical tab, PowerPoint's own soft line break, made slide1.xml, notesSlide1.xml and docProps/core.xml unreadable).
// Each part is read by saxes, a conforming non-validating parser, with the options of jsdom's DOMParser (svgTestDom.ts),
// which throws at any well-formedness error; the DOM jsdom would build is not needed to say that.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx, type PptxSlide } from './pptx';
import { renderSlide } from './renderSlide';
import { slideModel, type SlideModel } from './slideModel';
import { atlas, geometry, view, viewOf, sources } from './slideTestAtlas';
import { parseTestXml } from './svgTestDom';
import { randomUnicode, seededRandom } from '../lib/fuzz';
import { loadCatalogue } from '../i18n/catalogue';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Whether each XML text parses; a part whose text was already parsed (the theme, masters and layouts, the same in
 *  every deck) is not parsed again. */
const wellFormed = new Map<string, boolean>();
const parses = (xml: string) => { try { parseTestXml(xml); return true; } catch { return false; } };
async function malformedParts(deckTitle: string, slides: PptxSlide[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(await buildPptx(deckTitle, slides, 'arraybuffer'));
  const bad: string[] = [];
  const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
  expect(parts.length).toBeGreaterThan(10);
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    if (!wellFormed.has(xml)) wellFormed.set(xml, parses(xml));
    if (!wellFormed.get(xml)) bad.push(name);
  }
  return bad;
}

/** A slide whose every user text is `title`, `caption`, `notes`: the step's words and a callout. The model is
 *  computed once; the words are put in as slideModel would, so the test spends its time in the writer. */
let base: SlideModel | null = null;
const slide = (title: string, caption: string, notes: string): PptxSlide => {
  base ??= slideModel(atlas, sources, { view: view({ sel: 'KOR' }), title: 'x', caption: 'x', callout: { id: 'KOR', text: 'x' } });
  return { model: { ...base, title, caption, notes, callout: { id: 'KOR', name: base.callout!.name, text: caption } }, picture: PNG };
};

describe('the .pptx is well-formed whatever the text', () => {
  it('with the control characters of the report (\\u000B, \\u0000, \\u0007)', async () => {
    const t = 'Line\u000Bbreak \u0000 bell\u0007 & <tag> "q"';
    expect(await malformedParts(t, [slide(t, t, t)])).toEqual([]);
  });

  it('with them in a matrix table too (names, group labels, headings, notes)', async () => {
    const t = 'Line\u000Bbreak \u0000 bell\u0007 & <tag> "q"';
    const m = slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu'), title: t });
    const mx = m.matrix!;
    const matrix = { ...mx, notes: [t], columns: mx.columns.map((c) => ({ ...c, short: t })),
      groups: mx.groups.map((g) => ({ ...g, label: t, rows: g.rows.map((r) => ({ ...r, name: t })) })) };
    expect(await malformedParts(t, [{ model: { ...m, matrix }, picture: PNG }])).toEqual([]);
  });

  it('in Arabic, whose English source titles and ids sit in left-to-right isolates (U+2066 … U+2069)', async () => {
    await loadCatalogue('ar');
    const models = [slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=ar'), layout: 'map-record' }),
      slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu&lang=ar') })];
    const zip = await JSZip.loadAsync(await buildPptx('عرض', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('\u2066');
    expect(await malformedParts('عرض', models.map((model) => ({ model, picture: PNG })))).toEqual([]);
  });

  it('with random Unicode in every text (fixed seed)', async () => {
    const rand = seededRandom(2026);
    for (let deck = 0; deck < 12; deck++) {
      const words = Array.from({ length: 3 }, () => [randomUnicode(rand, 80), randomUnicode(rand, 300), randomUnicode(rand, 600)] as const);
      const title = randomUnicode(rand, 80);
      expect(await malformedParts(title, words.map((w) => slide(...w))), JSON.stringify({ title, words })).toEqual([]);
    }
  });

  it('the SVG export too', async () => {
    const geo = await geometry();
    const rand = seededRandom(7);
    for (let i = 0; i < 12; i++) {
      const s = randomUnicode(rand, 80);
      const svg = renderSlide(slideModel(atlas, sources, { view: view({ sel: 'KOR' }), title: s, caption: s, callout: { id: 'KOR', text: s } }), geo);
      expect(() => parseTestXml(svg), JSON.stringify(s)).not.toThrow();
    }
  });
});
