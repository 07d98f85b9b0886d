// @vitest-environment node
// A bloc as a selection and an outline: its members at a date agree with the `bloc` filter (an independent rule
// over the same rows), selecting it lights exactly them on map and network, and the map outline takes them in.
import { describe, expect, it } from 'vitest';
import { geoContains, geoEqualEarth } from 'd3';
import { testAtlas } from './testAtlas';
import { blocOfSel, blocRoster, blocSel, isOutlineBloc, outlineBlocs } from './blocs';
import { entityName, isMembershipAt } from './atlas';
import { matchingIds } from './filters';
import { blocMembersAt } from '../graph/grouping';
import { computeScene, type SceneInput } from '../scene/scene';
import { diffScene } from '../scene/diff';
import { EMPTY_FILTERS } from './filters';
import { FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { computeMapGeometry } from '../geo/mapGeometryComputed';
import { mapBlocOutline } from '../geo/blocOutline';

const atlas = testAtlas();
const DATES = ['2001-11-23', '2004-04-30', '2004-05-01', '2013-06-30', '2013-07-01', '2020-01-30', '2020-02-01', atlas.asOf];
const BLOCS = outlineBlocs(atlas).map((b) => b.id);
const base: SceneInput = {
  atlas, lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: null, focus: null, hover: null, legendHover: null,
  hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: 'en',
};

describe('a membership dated only to the year or month holds from its last day, as every status does', () => {
  // blocs.csv: Brazil "since 2006" in BRICS (BRIC formalised in 2006), Timor-Leste ASEAN observer "since 2022"
  // until 2025-10-26, the Russian Federation's G8 participation "until 2017" (UNVERIFIED row)
  const at = (bloc: string, id: string, t: string) => blocRoster(atlas, bloc, t).some((r) => r.country === id);
  const observer = (t: string) => (atlas.membershipsByCountry.get('TLS') ?? []).some((m) => m.bloc === 'asean' && m.status === 'observer' && isMembershipAt(m, t));
  it('is not shown during its period, only from its last day', () => {
    expect(at('brics', 'BRA', '2006-06-01')).toBe(false);
    expect(at('brics', 'BRA', '2006-12-31')).toBe(true);
    expect(observer('2022-06-01')).toBe(false);
    expect(observer('2022-12-31')).toBe(true);
    expect(observer('2025-10-26')).toBe(false);
    expect(at('g7', 'RUS', '2017-06-01')).toBe(true);
    expect(at('g7', 'RUS', '2017-12-31')).toBe(false);
  });
});

describe('bloc ids', () => {
  it('names a bloc as bloc:<id>, apart from the network node of the same id', () => {
    expect(blocSel('eu')).toBe('bloc:eu');
    expect(blocOfSel('bloc:eu')).toBe('eu');
    expect(blocOfSel('eu')).toBeNull();
    expect(blocOfSel(null)).toBeNull();
    expect(atlas.nodeById.has('eu')).toBe(true);
    expect(entityName(atlas, 'bloc:eu')).toBe('European Union');
    expect(isOutlineBloc(atlas, 'au')).toBe(true);
    // UN regional groups have the region filter and the default grouping; they are not outlined blocs
    expect(isOutlineBloc(atlas, 'un-african')).toBe(false);
    expect(BLOCS).toContain('coe');
  });
});

describe('bloc members through time', () => {
  it('equal the bloc filter at every date, for every bloc', () => {
    for (const bloc of BLOCS) for (const t of DATES) {
      const roster = blocRoster(atlas, bloc, t).map((r) => r.country);
      expect(new Set(roster), `${bloc} ${t}`).toEqual(matchingIds(atlas, { bloc: [bloc] }, t));
      expect(new Set(roster)).toEqual(blocMembersAt(atlas, bloc, t));
    }
  });

  it('follow accessions and withdrawals (Poland 2004, Croatia 2013, the United Kingdom 2020)', () => {
    const eu = (t: string) => blocMembersAt(atlas, 'eu', t);
    expect(eu('2004-04-30').has('POL')).toBe(false);
    expect(eu('2004-05-01').has('POL')).toBe(true);
    expect(eu('2004-04-30').size).toBe(15);
    expect(eu('2004-05-01').size).toBe(25);
    expect(eu('2013-06-30').has('HRV')).toBe(false);
    expect(eu('2013-07-01').has('HRV')).toBe(true);
    expect(eu('2020-01-30').has('GBR')).toBe(true);
    expect(eu('2020-02-01').has('GBR')).toBe(false);
    const pol = blocRoster(atlas, 'eu', '2004-05-01').find((r) => r.country === 'POL')!;
    expect(pol.membership.since).toBe('2004-05-01');
    expect(pol.membership.sources.length).toBeGreaterThan(0);
  });
});

describe('a selected bloc', () => {
  it('lights exactly its members at the date on the map and in the network, and selects no mark', () => {
    for (const bloc of ['eu', 'au', 'coe', 'asean']) for (const t of ['2004-04-30', '2004-05-01', atlas.asOf]) {
      const scene = computeScene({ ...base, sel: blocSel(bloc), t });
      const members = blocMembersAt(atlas, bloc, t);
      const litMarks = [...scene.marks.values()].filter((m) => m.highlighted).map((m) => m.id);
      expect(new Set(litMarks), `${bloc} ${t}`).toEqual(new Set([...members].filter((id) => scene.marks.has(id))));
      const litNodes = [...scene.nodes.values()].filter((n) => n.highlighted).map((n) => n.id);
      expect(new Set(litNodes)).toEqual(new Set([...members].filter((id) => scene.nodes.has(id))));
      expect([...scene.marks.values()].some((m) => m.selected || m.apart)).toBe(false);
      expect([...scene.nodes.values()].some((n) => n.selected)).toBe(false);
    }
  });

  it('is not the EU node: selecting "eu" lights the node\'s partners, not the members', () => {
    const node = computeScene({ ...base, sel: 'eu' });
    const bloc = computeScene({ ...base, sel: 'bloc:eu' });
    expect(node.nodes.get('eu')!.selected).toBe(true);
    expect(bloc.nodes.get('eu')!.selected).toBe(false);
  });
});

describe('the map outline', () => {
  const geo = computeMapGeometry(atlas.countries);
  /** a point inside each drawn shape, in longitude/latitude (the shape's label point, projected back) */
  const d3 = geoEqualEarth().scale(geo.projection.scale).translate(geo.projection.translate);
  const inside = new Map(geo.shapes.map((s) => [s.id, d3.invert!(s.label)!]));

  it('takes in exactly the members drawn as shapes, and rings exactly the members drawn as markers', () => {
    for (const bloc of ['eu', 'au', 'coe', 'asean', 'oas']) for (const t of ['2004-04-30', '2004-05-01', '2020-02-01', atlas.asOf]) {
      const members = blocMembersAt(atlas, bloc, t);
      const o = mapBlocOutline(geo, atlas.countries, members);
      for (const [id, p] of inside) expect(geoContains(o.geometry, p), `${bloc} ${t} ${id}`).toBe(members.has(id));
      expect(new Set(o.markers)).toEqual(new Set(geo.markers.filter((m) => members.has(m.id)).map((m) => m.id)));
      expect(o.d.length > 0).toBe([...members].some((id) => inside.has(id)));
    }
  });

  it('leaves Poland outside the EU on 2004-04-30 and inside on 2004-05-01', () => {
    const pol = inside.get('POL')!;
    const at = (t: string) => geoContains(mapBlocOutline(geo, atlas.countries, blocMembersAt(atlas, 'eu', t)).geometry, pol);
    expect(at('2004-04-30')).toBe(false);
    expect(at('2004-05-01')).toBe(true);
  });

  it('is in the scene only when chosen, and redrawn only when the bloc or its members change', () => {
    expect(computeScene(base).outline).toBeNull();
    const a = computeScene({ ...base, outline: 'eu', t: '2004-04-30' });
    expect(a.outline!.bloc).toBe('eu');
    expect(a.outline!.members.has('POL')).toBe(false);
    const b = computeScene({ ...base, outline: 'eu', t: '2004-05-01' });
    expect(b.outline!.members.has('POL')).toBe(true);
    expect(diffScene(a, b).blocOutline).toBe(true);
    expect(diffScene(b, computeScene({ ...base, outline: 'eu', t: '2004-05-01', sel: 'KOR' })).blocOutline).toBe(false);
  });
});
