// @vitest-environment node
// Rendered-output snapshots of whole slides, in the manner of src/scene/mapSvg.test.ts: slide model → SVG text,
// numbers rounded (textFit.r), one file per case. After an intended visual change: `npx vitest run
// src/briefing/slideSnapshots -u`, then review the diff of __snapshots__/ (and look at the slide).
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogue } from '../i18n/catalogue';
import { renderSlide } from './renderSlide';
import { slideModel, type LayoutId } from './slideModel';
import { atlas, geometry, viewOf, sources } from './slideTestAtlas';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await loadCatalogue('ar');
});
const pretty = (svg: string) => svg.replace(/></g, '>\n<') + '\n';

describe('slides → SVG', () => {
  const cases: [string, string, LayoutId?][] = [
    ['network-eu-selected-outlined-2004', '?sel=bloc:eu&outline=eu&t=2004-05-01', 'network'],
    ['matrix-eu-germany-2020', '?graph=matrix&f=bloc:eu&sel=DEU&t=2020-01-01'],
    ['matrix-eu-ar', '?graph=matrix&f=bloc:eu&t=2020-01-01&lang=ar'],
  ];
  for (const [name, search, layout] of cases) {
    it(name, async () => {
      const svg = renderSlide(slideModel(atlas, sources, { view: viewOf(search), layout: layout ?? null, title: name, index: 1, total: 3 }), geo);
      await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/slide-${name}.svg`);
    });
  }
});
