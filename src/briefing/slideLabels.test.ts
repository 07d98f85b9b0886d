// @vitest-environment node
// Names on slides read as their own marks' from the back of a room (labelPlace.ts `unambiguous`), checked on the drawn
// SVG by slideLabelMarks.ts: no name over another name or another mark (a network glyph, a map name's dot, a small
// state's marker), and a name beside its mark nearer it than any other mark. Before, Brazil's map + network slide set
// "Inter-American MLA Convention" beside its small hexagon, under the middle of the Budapest and UN conventions'; on
// Bosnia and Herzegovina's map its name began 4.8 units from its dot and 11.7 from Malta's marker; the 74/247 map set
// "Azerbaijan" over Armenia's dot and five small states' markers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogue } from '../i18n/catalogue';
import { hit, placeLabels } from './labelPlace';
import { networkDrawing, networkPicture } from './networkPicture';
import type { NetNode, NetworkModel } from './slideNetwork';
import { renderSlide } from './renderSlide';
import { slideModel, type LayoutId } from './slideModel';
import { labelProblems, slideLabels } from './slideLabelMarks';
import { MIN_READABLE, textWidth } from './textFit';
import { atlas, geometry, svgDocument, viewOf, sources } from './slideTestAtlas';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all((['ar', 'ru'] as const).map(loadCatalogue));
});

const STEPS: [string, LayoutId][] = [
  ['?sel=BRA&focus=BRA:1', 'map-network'],
  ['?lens=un-convention&sel=BIH&focus=BIH:1', 'map'],
  ['?lens=un-convention&sel=BIH&focus=BIH:1&lang=ru', 'map-network'],
  ['?lens=unga-74-247&f=budapest:party;unga-74-247:yes', 'map'],
  ['?f=bloc:eu', 'map'],
  ['?sel=FRA&focus=FRA:1', 'map-network'],
  ['?sel=europol&focus=europol:1', 'network'],
  ['?sel=bloc:eu&t=2004-05-01&outline=eu', 'map-network'],
  ['?sel=bloc:au&lang=ar', 'network'],
];

describe('names on slides', () => {
  for (const [search, layout] of STEPS) {
    it(`${layout} ${search}: each name clear of the others and of other marks, nearest its own mark`, () => {
      const m = slideModel(atlas, sources, { view: viewOf(search), layout });
      const { labels, marks } = slideLabels(svgDocument(renderSlide(m, geo)));
      expect(labels.length).toBeGreaterThan(0);
      expect(labelProblems(labels, marks)).toEqual([]);
    });
  }

  it("names every node a map + network slide means to name: Brazil's UN convention hexagon, with no room for its name, is keyed", () => {
    const m = slideModel(atlas, sources, { view: viewOf('?sel=BRA&focus=BRA:1'), layout: 'map-network' });
    const svg = svgDocument(renderSlide(m, geo));
    const wanted = m.network!.nodes.filter((n) => n.labelled);
    expect(wanted.map((n) => n.id)).toContain('un-convention');
    for (const n of wanted) {
      const label = svg.querySelector(`[data-role="network-label"][data-label-for="${n.id}"] text`);
      expect(label, n.id).not.toBeNull();
      const key = svg.querySelector(`[data-role="network-key"][data-key-for="${n.id}"]`);
      // named beside its glyph, or a number there and the number with the name in the key
      if (label!.textContent !== n.name) expect(key?.textContent, n.id).toBe(`${label!.textContent} – ${n.name}`);
    }
    // the key's lines are clear of every glyph and name (the drawing the slide was made from)
    const net = svg.querySelector('[data-role="network"] clipPath rect')!;
    const box = { x: Number(net.getAttribute('x')), y: Number(net.getAttribute('y')), w: Number(net.getAttribute('width')), h: Number(net.getAttribute('height')) };
    const drawing = networkDrawing(m.network!, box);
    expect(drawing.keys.map((k) => k.id)).toEqual(['un-convention']);
    for (const k of drawing.keys) for (const t of [...drawing.glyphs, ...drawing.labels]) expect(hit(k, t), `${k.text} over ${t.id}`).toBe(false);
  });

  /** A network whose glyphs cover the whole box, corners included, but for a hole round the selection: no room for
   *  its name beside it, none for its key in a corner. */
  const crowded = (dir: NetworkModel['dir'], name: string): NetworkModel => {
    const node = (id: string, x: number, y: number, extra: Partial<NetNode> = {}): NetNode =>
      ({ id, kind: 'country', name: id, cls: 'party', x, y, r: 10, dimmed: false, selected: false, near: false, labelled: false, ...extra });
    const nodes: NetNode[] = [];
    for (let x = 0; x <= 600; x += 24) for (let y = 0; y <= 300; y += 24) if (Math.hypot(x - 300, y - 150) > 60) nodes.push(node(`n${x}-${y}`, x, y));
    nodes.push(node('SEL', 300, 150, { name, selected: true, labelled: true }));
    return { nodes, links: [], key: { title: 'Links', families: [], stages: [] }, hull: null, dir };
  };

  it('lists a keyed name under the network when no corner is free, rather than leave it out', () => {
    const net = crowded('ltr', 'A selected State with a long name');
    const box = { x: 100, y: 100, w: 640, h: 340 };
    const d = networkDrawing(net, box);
    const key = d.keys.find((k) => k.id === 'SEL');
    expect(key, 'keyed').toBeDefined();
    expect(key!.text).toBe('1 – A selected State with a long name');
    // the number beside the glyph, the key line inside the box and clear of every glyph and name
    expect(d.labels.find((l) => l.id === 'SEL')?.text).toBe('1');
    expect(key!.y + key!.h).toBeLessThanOrEqual(box.y + box.h + 0.01);
    expect(key!.x + key!.w).toBeLessThanOrEqual(box.x + box.w);
    for (const t of [...d.glyphs, ...d.labels]) expect(hit(key!, t), `key over ${t.id}`).toBe(false);
  });

  // A Russian map + network slide keyed "1 – Соединенное Королевство Великобритании и Северной Ирландии" on one line
  // that ran past the slide's right edge (1,701 of 1,600 units by the slide's estimate; x≈1575 in a browser, ~23
  // units into the margin). Every key line, in six languages, lenses and selections, ends inside the network's box.
  for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const) it(`${lang}: keys a long name on lines inside the network (Britain in Russian ran into the margin)`, async () => {
    await loadCatalogue(lang);
    let wrapped = 0;
    for (const lens of ['budapest', 'unga-74-247'] as const)
      for (const [q, layout] of [['sel=GBR', 'map-network'], ['sel=GBR&focus=GBR:1', 'network'], ['sel=BRA&focus=BRA:1', 'map-network']] as const) {
        const label = `${lang} ${lens} ${q} ${layout}`;
        const m = slideModel(atlas, sources, { view: { ...viewOf(`?lens=${lens}&${q}`), lang }, layout, index: 1, total: 2 });
        const svg = svgDocument(renderSlide(m, geo));
        const net = svg.querySelector('[data-role="network"] clipPath rect')!;
        const box = { x: Number(net.getAttribute('x')), w: Number(net.getAttribute('width')) };
        for (const t of svg.querySelectorAll('[data-role="network-key"]')) {
          const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
          if (lines.length > 1) wrapped++;
          for (const line of lines) {
            const x = Number(line.getAttribute('x'));
            const w = textWidth(line.textContent!.trim(), MIN_READABLE, true);
            const [x0, x1] = lang === 'ar' ? [x - w, x] : [x, x + w];
            expect(x0, `${label}: ${line.textContent}`).toBeGreaterThanOrEqual(box.x - 0.01);
            expect(x1, `${label}: ${line.textContent}`).toBeLessThanOrEqual(box.x + box.w + 0.01);
          }
          // the lines read as the key: the number, a dash, the name whole
          const id = t.getAttribute('data-key-for')!;
          expect(t.textContent, label).toMatch(new RegExp(`^\\d+ – ${m.network!.nodes.find((n) => n.id === id)!.name.replace(/[()]/g, '\\$&')}$`));
        }
      }
    if (lang === 'ru') expect(wrapped).toBeGreaterThan(0);
  });

  it('reads an Arabic slide\'s key from the right: the line at the right end, its number first from the right', () => {
    const box = { x: 100, y: 100, w: 640, h: 340 };
    const name = 'دولة مختارة ذات اسم طويل';
    const d = networkDrawing(crowded('rtl', name), box);
    const key = d.keys.find((k) => k.id === 'SEL')!;
    expect(key.text).toBe(`1 – ${name}`);
    expect(key.x + key.w).toBeCloseTo(box.x + box.w);
    for (const t of [...d.glyphs, ...d.labels]) expect(hit(key, t), `key over ${t.id}`).toBe(false);
    // drawn right to left from the key's right end: "1" is its rightmost word, as Arabic reads
    const text = svgDocument(`<svg xmlns="http://www.w3.org/2000/svg">${networkPicture(crowded('rtl', name), box, 'k')}</svg>`).querySelector('[data-role="network-key"]')!;
    expect(text.getAttribute('direction')).toBe('rtl');
    expect(text.getAttribute('text-anchor') ?? 'start').toBe('start');
    expect(Number(text.getAttribute('x'))).toBeCloseTo(key.x + key.w - 3, 0);
    // a left-to-right slide's key as before: from its left end
    const ltr = networkDrawing(crowded('ltr', name), box).keys[0];
    expect(ltr.x).toBe(box.x);
  });

  it('keeps a long name from under the middle of another mark', () => {
    // a small node at the origin; another's glyph 30 units above the middle of where its name would go on the right
    const glyphs = [{ id: 'a', x: -5, y: -5, w: 10, h: 10 }, { id: 'b', x: 140, y: -52, w: 20, h: 20 }];
    const { placed } = placeLabels([{ id: 'a', text: 'Inter-American MLA Convention', at: [0, 0], small: false, r: 5 }], { x: -400, y: -400, w: 800, h: 800 }, 20, glyphs, true);
    expect(placed).toHaveLength(1);
    // it went left of its node; on the right (where it went before) it ran under the middle of b's glyph
    expect(placed[0].x + placed[0].w).toBeLessThan(150);
    expect(labelProblems([{ id: 'a', part: 'network', text: placed[0].text, leader: placed[0].leader, x0: placed[0].x, y0: placed[0].y, x1: placed[0].x + placed[0].w, y1: placed[0].y + placed[0].h }],
      glyphs.map((g) => ({ id: g.id, part: 'network', x0: g.x, y0: g.y, x1: g.x + g.w, y1: g.y + g.h })))).toEqual([]);
  });
});
