// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { matchingIds } from '../../src/data/filters';
import { bundled } from './dataFixture';

const atlas = normaliseDataset(bundled);

describe('bloc filters follow memberships through time', () => {
  it('counts a state that has since left (the United Kingdom in the EU in 2015)', () => {
    const eu2015 = matchingIds(atlas, { bloc: ['eu'] }, '2015-06-01');
    expect(eu2015.has('GBR')).toBe(true);
    expect(eu2015.has('HRV')).toBe(true);
    expect(matchingIds(atlas, { bloc: ['eu'] }, atlas.asOf).has('GBR')).toBe(false);
    expect(matchingIds(atlas, { bloc: ['eu'] }, atlas.asOf).size).toBe(27);
  });

  it('counts Russia in the Council of Europe before its 2022 exit, and observers never', () => {
    expect(matchingIds(atlas, { bloc: ['coe'] }, '2015-06-01').has('RUS')).toBe(true);
    const now = matchingIds(atlas, { bloc: ['coe'] }, atlas.asOf);
    expect(now.has('RUS')).toBe(false);
    expect(now.has('USA')).toBe(false);
    expect(now.size).toBe(46);
  });
});
