// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { normaliseDataset } from './atlas';
import { addDays } from './dates';
import { UN_CONVENTION_THRESHOLD, unConventionProgress } from './unConvention';

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', 90)).toBe('2026-04-01');
  });
});

describe('unConventionProgress', () => {
  it('on the bundled data: no deposit recorded, so 0 of 40 and not in force', () => {
    const atlas = testAtlas();
    expect(unConventionProgress(atlas, atlas.asOf)).toEqual({ deposited: 0, needed: 40, inForceFrom: null });
  });

  // A synthetic dataset: the real one has no deposit yet, so the threshold itself is tested on made-up deposits.
  const withDeposits = (days: string[], eu?: string) => {
    const real = testAtlas().dataset;
    const signed = real.unConvention.filter((f) => f.country !== 'eu').slice(0, days.length);
    const unConvention = [
      ...signed.map((f, i) => ({ ...f, ratified: days[i] })),
      ...real.unConvention.filter((f) => f.country === 'eu').map((f) => ({ ...f, ratified: eu })),
    ];
    return normaliseDataset({ ...real, unConvention });
  };
  const day = (i: number) => addDays('2026-01-01', i);

  it('counts deposits on or before the date, and dates entry into force 90 days after the 40th', () => {
    const atlas = withDeposits(Array.from({ length: UN_CONVENTION_THRESHOLD }, (_, i) => day(i)));
    const fortieth = day(UN_CONVENTION_THRESHOLD - 1);
    expect(unConventionProgress(atlas, addDays(fortieth, -1))).toEqual({ deposited: 39, needed: 40, inForceFrom: null });
    expect(unConventionProgress(atlas, fortieth)).toEqual({ deposited: 40, needed: 40, inForceFrom: addDays(fortieth, 90) });
  });

  it('never counts the European Union towards the 40 (art. 65(1))', () => {
    const atlas = withDeposits(Array.from({ length: 39 }, (_, i) => day(i)), '2026-01-01');
    expect(unConventionProgress(atlas, '2026-12-31')).toMatchObject({ deposited: 39, inForceFrom: null });
  });

  it('counts a month-only deposit from the month\'s last day, as its status, but gives no entry-into-force day from it', () => {
    const days = Array.from({ length: 39 }, (_, i) => day(i));
    const atlas = withDeposits([...days, '2026-03']);
    // the record says the State's status is unknown through March (lenses.ts): the count does not run ahead of it
    expect(unConventionProgress(atlas, '2026-03-30')).toEqual({ deposited: 39, needed: 40, inForceFrom: null });
    expect(unConventionProgress(atlas, '2026-03-31')).toEqual({ deposited: 40, needed: 40, inForceFrom: null });
  });
});
