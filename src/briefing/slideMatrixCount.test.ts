// @vitest-environment node
// The matrix slide counts a group as the live matrix does (views/graph/MatrixView.tsx): its name, then its size as a
// count mark, not "Party (12)" (many names end in their own parentheses); the .pptx's table the same, the number a run
// of its own in regular type on a grey ground.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogue } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import { renderSlide } from './renderSlide';
import { slideModel } from './slideModel';
import { atlas, geometry, svgDocument as doc, viewOf, sources } from './slideTestAtlas';
import { buildPptx } from './pptx';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
let geo: MapGeometry;
beforeAll(async () => { geo = await geometry(); await Promise.all((['ru', 'ar'] as const).map(loadCatalogue)); });

describe('the matrix counts a group as the live matrix does', () => {
  for (const lang of ['en', 'ru', 'ar'] as const) it(`${lang}: a count mark after the group's name, not "(n)", on the slide and in the .pptx`, async () => {
    const m = slideModel(atlas, sources, { view: { ...viewOf('?graph=matrix&f=bloc:eu&sel=DEU&rows=region'), lang }, index: 1, total: 1 });
    expect(m.matrix!.groups.length).toBeGreaterThan(1);
    const d = doc(renderSlide(m, geo));
    for (const g of m.matrix!.groups) {
      const label = d.querySelector(`[data-group-label="${g.label}"]`);
      expect(label, `${lang} ${g.label}`).not.toBeNull();
      expect(label!.querySelector('[data-count] rect'), lang).not.toBeNull();
      expect(label!.querySelector('[data-count] text')!.textContent, lang).toBe(formatNumber(lang, g.count));
      expect(label!.textContent, lang).not.toMatch(/[(（]/);
    }
    const zip = await JSZip.loadAsync(await buildPptx('Matrix', [{ model: m, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    for (const g of m.matrix!.groups) {
      expect(xml, lang).not.toMatch(new RegExp(`${g.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?[(（]`));
      // the count, a run of its own on the count mark's grey
      const run = new RegExp(`<a:rPr( [^>]*)>(?:(?!</a:r>)[\\s\\S])*<a:highlight><a:srgbClr val="E8EBF1"/></a:highlight>(?:(?!</a:r>)[\\s\\S])*<a:t>${formatNumber(lang, g.count)}</a:t>`).exec(xml);
      expect(run, `${lang} ${g.label}`).not.toBeNull();
      expect(run![1], lang).not.toContain('b="1"');
    }
  });
});
