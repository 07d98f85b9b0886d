// @vitest-environment node
// Rendered-output snapshots in Observable Plot's manner: scene → SVG text, numbers rounded, one file per case.
// After an intended visual change: `npx vitest run src/scene -u`, then review the diff of __snapshots__/.
import { describe, expect, it } from 'vitest';
import { atlas } from '../views/map/testAtlas';
import { EMPTY_FILTERS } from '../data/filters';
import { FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { computeMapGeometry } from '../geo/mapGeometryComputed';
import { computeScene, type SceneInput } from './scene';
import { renderMapSvg } from './mapSvg';

// A corner of Europe keeps the files small: shapes, small-state markers and their leaders all occur.
const IDS = new Set(['FRA', 'DEU', 'ITA', 'CHE', 'AUT', 'BEL', 'NLD', 'LUX', 'AND', 'MCO', 'SMR', 'VAT', 'LIE', 'MLT']);
const geo = computeMapGeometry(atlas.countries.filter((c) => IDS.has(c.id)));
const base: SceneInput = {
  atlas, lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: null, focus: null, hover: null, legendHover: null,
  hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: 'en',
};
const pretty = (svg: string) => svg.replace(/></g, '>\n<') + '\n';

describe('map scene → SVG', () => {
  const cases: [string, Partial<SceneInput>, Parameters<typeof renderMapSvg>[2]?][] = [
    ['budapest', {}],
    ['unga-74-247-filtered', { lens: 'unga-74-247', filters: { 'unga-74-247': ['yes'] } }],
    ['selected-ita-2004', { sel: 'ITA', t: '2004-06-01' }],
    ['legend-hover-zoomed', { legendHover: 'party', since: '2010-01-01', t: '2020-01-01' }, { t: { k: 4, x: -1500, y: -300 } }],
    // the EU outlined on the day Malta joined: the union of the members' shapes, Malta's marker ringed
    ['outline-eu-2004', { outline: 'eu', t: '2004-05-01' }, { entities: atlas.countries }],
  ];
  for (const [name, view, opts] of cases) {
    it(name, async () => {
      const svg = renderMapSvg(computeScene({ ...base, ...view }), geo, opts);
      expect(svg.match(/data-iso3=/g)).toHaveLength(IDS.size);
      await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/map-${name}.svg`);
    });
  }

  it('keeps the contract attributes on every mark', () => {
    const svg = renderMapSvg(computeScene({ ...base, sel: 'AND' }), geo);
    expect(svg).toMatch(/<circle class="map-marker" data-iso3="AND" data-status="party" data-selected="true" aria-label="Andorra[^"]*" aria-pressed="true"/);
  });
});
