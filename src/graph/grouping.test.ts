// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { matchingIds } from '../data/filters';
import { blocMembersAt, groupCountries, groupOf, OTHER } from './grouping';
import { groupLabel } from '../i18n/entityWords';

const atlas = testAtlas();

describe('grouping', () => {
  it('groups countries by UN regional group by default', () => {
    expect(groupOf(atlas, 'KOR', 'region', atlas.asOf)).toBe('un-asia-pacific');
    expect(groupOf(atlas, 'FRA', 'region', atlas.asOf)).toBe('un-weog');
    expect(groupOf(atlas, 'BRA', 'region', atlas.asOf)).toBe('un-grulac');
    expect(groupOf(atlas, 'europol', 'region', atlas.asOf)).toBe(OTHER);
    expect(groupLabel(atlas, 'un-african')).toBe('African States');
  });

  it('groups by bloc at a date: the United Kingdom with the EU until it left', () => {
    expect(groupOf(atlas, 'GBR', 'bloc', '2019-06-01')).toBe('eu');
    expect(groupOf(atlas, 'GBR', 'bloc', '2021-06-01')).toBe('coe');
    expect(groupOf(atlas, 'POL', 'bloc', '2003-06-01')).toBe('coe');
    expect(groupOf(atlas, 'POL', 'bloc', '2004-06-01')).toBe('eu');
  });

  it('puts every country in exactly one group', () => {
    const ids = atlas.countries.map((c) => c.id);
    for (const g of ['region', 'bloc'] as const) {
      const groups = groupCountries(atlas, ids, g, atlas.asOf);
      expect([...groups.values()].flat().sort()).toEqual([...ids].sort());
    }
  });

  it('bloc members at a date agree with the bloc filter (the map and the hull use one rule)', () => {
    for (const t of ['2003-06-01', '2010-01-01', '2021-01-01', atlas.asOf])
      for (const b of ['eu', 'coe', 'au', 'asean', 'brics', 'un-african'])
        expect([...blocMembersAt(atlas, b, t)].sort(), `${b} at ${t}`).toEqual([...matchingIds(atlas, { [b.startsWith('un-') ? 'region' : 'bloc']: [b] }, t)].sort());
  });
});
