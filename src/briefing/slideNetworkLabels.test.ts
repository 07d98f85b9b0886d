// @vitest-environment node
// Network labels on slides, checked on the drawn SVG (not on the placer's own boxes): for several steps, no label
// box meets another label or any other node's glyph, and every label stays inside the picture and the slide. The
// glyph boxes are read back from the glyphs' path data (the largest coordinate, a bound for every shape), the label
// boxes from the text's position, anchor and estimated width.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogue } from '../i18n/catalogue';
import { NET_LABEL_SIZE } from './networkPicture';
import { renderSlide, slideFrame, SLIDE_H, SLIDE_W } from './renderSlide';
import { slideModel, type LayoutId } from './slideModel';
import { atlas, geometry, svgDocument, viewOf, sources } from './slideTestAtlas';
import { textWidth } from './textFit';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all((['ar', 'ru'] as const).map(loadCatalogue));
});

interface Box { x0: number; y0: number; x1: number; y1: number }
const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const STEPS: [string, LayoutId][] = [
  ['?sel=bloc:eu&t=2004-05-01', 'network'],
  ['?sel=bloc:eu&t=2004-05-01&outline=eu', 'map-network'],
  ['?sel=KOR', 'network'],
  ['?sel=europol', 'network'],
  ['?lens=un-convention&sel=BIH&focus=BIH:1', 'map-network'],
  ['?group=bloc&outline=au&sel=NGA', 'network'],
  ['?lens=unga-74-247&f=budapest:party;unga-74-247:yes', 'network'],
  ['?sel=bloc:au&lang=ar', 'network'],
  ['?sel=RUS&lang=ru&group=bloc', 'network'],
];

describe('slide network labels', () => {
  for (const [search, layout] of STEPS) {
    it(`${layout} ${search}: labels clear of each other and of other nodes' glyphs, inside the picture`, () => {
      const m = slideModel(atlas, sources, { view: viewOf(search), layout });
      const doc = svgDocument(renderSlide(m, geo));
      const glyphs = [...doc.querySelectorAll('path[data-node-id]')].map((p) => {
        const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(p.getAttribute('transform')!)!.map(Number);
        const e = Math.max(...p.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map((v: string) => Math.abs(Number(v)))) + Number(p.getAttribute('stroke-width')) / 2;
        return { id: p.getAttribute('data-node-id')!, x0: tx - e, y0: ty - e, x1: tx + e, y1: ty + e };
      });
      expect(glyphs.length).toBe(m.network!.nodes.length);
      const labels = [...doc.querySelectorAll('[data-role="network-label"]')].map((g) => {
        const t = g.querySelector('text')!;
        const x = Number(t.getAttribute('x')), y = Number(t.getAttribute('y'));
        const w = textWidth(t.textContent!, NET_LABEL_SIZE, true);
        const x0 = t.getAttribute('text-anchor') === 'end' ? x - w : x;
        // the glyphs' box: from the ascender to below the baseline
        return { id: g.getAttribute('data-label-for')!, x0, x1: x0 + w, y0: y - NET_LABEL_SIZE * 0.8, y1: y + NET_LABEL_SIZE * 0.22 };
      });
      expect(labels.length).toBeGreaterThan(3);
      // the selection is named whenever it is a node
      if (m.selected && m.network!.nodes.some((n) => n.id === m.selected)) expect(labels.map((l) => l.id)).toContain(m.selected);
      const pic = slideFrame(m).picture;
      // every clash named, in one assertion (an expect per pair of boxes was most of this file's time)
      const wrong: string[] = [];
      for (const [i, a] of labels.entries()) {
        if (!(a.x0 >= pic.x && a.x1 <= pic.x + pic.w && a.y0 >= pic.y && a.y1 <= pic.y + pic.h)) wrong.push(`${a.id} outside the picture`);
        if (!(a.x0 >= 0 && a.x1 <= SLIDE_W && a.y0 >= 0 && a.y1 <= SLIDE_H)) wrong.push(`${a.id} outside the slide`);
        for (const b of labels.slice(i + 1)) if (meet(a, b)) wrong.push(`${a.id} / ${b.id}`);
        for (const g of glyphs) if (g.id !== a.id && meet(a, g)) wrong.push(`label ${a.id} over the glyph of ${g.id}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
