// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { LAYOUT_IDS } from './layouts';
import { renderSlide, slideFrame, SLIDE_H, SLIDE_W } from './renderSlide';
import { slideModel, type SlideInput } from './slideModel';
import { atlas, geometry, svgDocument, view, viewOf, sources } from './slideTestAtlas';
import { textWidth } from './textFit';

let geo: MapGeometry;
beforeAll(async () => { geo = await geometry(); });

const FILTERED = '?lens=unga-74-247&f=budapest:party;unga-74-247:yes';
const parse = svgDocument; // throws on malformed XML
const texts = (doc: Document, role: string) => [...doc.querySelectorAll(`[data-role="${role}"]`)].map((t) => t.textContent).join(' ');

/** Every layout with words long enough to wrap. */
const inputs = (): SlideInput[] => LAYOUT_IDS.map((layout) => ({
  view: layout === 'compare' ? view({ cmp: ['KOR', 'USA', 'BIH'] }) : viewOf(`${FILTERED}&sel=SRB&focus=SRB:1`),
  layout, title: 'A long title that goes on about the Budapest Convention and the vote on A/RES/74/247 at length',
  caption: 'A caption of two lines at most, which says what the room should take away from this slide, and then keeps going for a while longer than it should.',
  notes: 'Speaker notes', index: 2, total: 9, callout: { id: 'SRB', text: 'Pinned note' },
}));

describe('slide renderer', () => {
  it('says the filter and its count, the legend counts and the sources, as SVG text', () => {
    const doc = parse(renderSlide(slideModel(atlas, sources, { view: viewOf(FILTERED) }), geo));
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${SLIDE_W} ${SLIDE_H}`);
    expect(texts(doc, 'statement')).toMatch(/^8 of \d+: Budapest Parties that voted Yes on A\/RES\/74\/247$/);
    expect(doc.querySelector('[data-legend-class="yes"]')!.textContent).toBe('Yes: 8 shown of 79');
    expect(texts(doc, 'sources')).toMatch(/^Sources: UN Digital Library voting record/);
    // the eight states are named on the map
    expect(doc.querySelectorAll('[data-role="map-label"]')).toHaveLength(8);
    // the map's patterns have ids of their own: the live map under the stage has "mz-pat-…", and url(#…) takes the first
    const ids = [...doc.querySelectorAll('pattern')].map((p) => p.id);
    expect(ids.some((id) => /^(mz|mf)-pat-/.test(id))).toBe(false);
    expect(renderSlide(slideModel(atlas, sources, { view: viewOf(FILTERED) }), geo, { idPrefix: 'x' })).toContain('url(#x-mz-pat-');
  });

  it('draws every layout as well-formed SVG, every word inside the slide and no text box over another', () => {
    for (const input of inputs()) {
      const m = slideModel(atlas, sources, input);
      const doc = parse(renderSlide(m, geo));
      expect(doc.documentElement.localName).toBe('svg');
      const f = slideFrame(m);
      const blocks = [f.title, f.step, f.lensLine, f.statement, f.caption, f.sources, f.footer].filter((b) => b !== null);
      for (const b of blocks) {
        expect(b.x + Math.max(...b.lines.map((l) => textWidth(l, b.size, (b.weight ?? 400) >= 600)))).toBeLessThanOrEqual(SLIDE_W - 40);
        expect(b.y + b.h).toBeLessThanOrEqual(SLIDE_H);
      }
      const rects = [...blocks, f.picture, f.legend, f.record, f.key].filter((b) => b !== null);
      for (const a of rects) for (const b of rects) {
        if (a === b || (a === f.step && b === f.title) || (a === f.title && b === f.step)) continue;
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(overlap, `${m.layout}: boxes overlap`).toBe(false);
      }
      // map labels stay inside the picture
      for (const t of doc.querySelectorAll('[data-role="map-label"] text')) {
        const x = Number(t.getAttribute('x'));
        expect(x).toBeGreaterThanOrEqual(f.picture.x - 1);
        expect(x).toBeLessThanOrEqual(f.picture.x + f.picture.w + 1);
      }
    }
  });

  it('keeps hostile words as text: no markup, no characters XML forbids', () => {
    const m = slideModel(atlas, sources, { view: view({}), title: '<script>alert(1)</script> & "x"\u0001\u000b', caption: '</svg><svg onload="x">' });
    const svg = renderSlide(m, geo);
    const doc = parse(svg);
    expect(doc.querySelector('script')).toBeNull();
    const plain = parse(renderSlide(slideModel(atlas, sources, { view: view({}), title: 'x', caption: 'y' }), geo));
    expect(doc.querySelectorAll('*')).toHaveLength(plain.querySelectorAll('*').length);
    expect(texts(doc, 'title')).toContain('<script>alert(1)</script> & "x"');
  });

  it('renders the picture part alone for the .pptx, with the alt text as its title', () => {
    const m = slideModel(atlas, sources, { view: viewOf(FILTERED) });
    const doc = parse(renderSlide(m, geo, { part: 'picture' }));
    const f = slideFrame(m);
    const vb = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
    [f.picture.x, f.picture.y, f.picture.w, f.picture.h].forEach((v, i) => expect(vb[i]).toBeCloseTo(v, 0));
    expect(doc.querySelector('title')!.textContent).toBe(m.alt);
    expect(m.alt).toMatch(/^World map coloured by Vote on A\/RES\/74\/247 \(2019\), .+\. 8 of \d+: Budapest Parties that voted Yes on A\/RES\/74\/247 Labelled: /);
    expect(doc.querySelector('[data-role="statement"], [data-role="sources"]')).toBeNull();
  });
});
