// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { blocMembersAt } from './grouping';
import { blocHull, discsPath, hullRadius, insideHull } from './hulls';
import { layoutOf } from './forceLayout';
import { layoutGraph, SPACING } from './layout';

const atlas = testAtlas();
const positions = layoutOf(atlas);
const drawn = layoutGraph(atlas).nodes.map((n) => n.id);
const hullAt = (bloc: string, t: string) => blocHull(blocMembersAt(atlas, bloc, t), positions, drawn, SPACING);

describe('bloc outlines', () => {
  it('keeps every non-member outside and every member inside (random blocs, random dates)', () => {
    // every misplaced node named, in one assertion (an expect per node was most of this test's time)
    const wrong: string[] = [];
    for (const bloc of ['eu', 'coe', 'au', 'oas', 'asean', 'sco', 'brics', 'arab-league', 'cis'])
      for (const t of ['2001-11-23', '2004-06-01', '2013-07-01', '2020-06-01', atlas.asOf]) {
        const members = blocMembersAt(atlas, bloc, t);
        const discs = hullAt(bloc, t);
        for (const id of drawn) if (insideHull(positions.get(id)!, discs) !== members.has(id)) wrong.push(`${bloc} ${t} ${id} ${members.has(id) ? 'outside' : 'inside'}`);
      }
    expect(wrong).toEqual([]);
  });

  it('follows memberships through time: Poland outside the EU before 2004-05-01, the United Kingdom after 2020-01-31', () => {
    const pol = positions.get('POL')!, gbr = positions.get('GBR')!;
    expect(insideHull(pol, hullAt('eu', '2004-04-30'))).toBe(false);
    expect(insideHull(pol, hullAt('eu', '2004-05-01'))).toBe(true);
    expect(insideHull(gbr, hullAt('eu', '2020-01-30'))).toBe(true);
    expect(insideHull(gbr, hullAt('eu', '2020-02-01'))).toBe(false);
    expect(insideHull(positions.get('HRV')!, hullAt('eu', '2013-06-30'))).toBe(false);
  });

  it('sizes discs below the nearest non-member and draws them as one path', () => {
    expect(hullRadius([{ x: 0, y: 0 }], [{ x: 10, y: 0 }], 50)).toBeCloseTo(9);
    expect(hullRadius([{ x: 0, y: 0 }], [], 50)).toBe(50);
    expect(discsPath([{ x: 0, y: 0, r: 5 }])).toBe('M-5.0,0.0a5.0,5.0 0 1,0 10.0,0a5.0,5.0 0 1,0 -10.0,0');
  });
});
