import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { cellFilter, crossTab } from './crosstab';
import { matchingIds } from './filters';
import { statusAt } from './lenses';

const atlas = testAtlas();
const t = atlas.asOf;

describe('crossTab', () => {
  it('counts every entity exactly once for two lenses', () => {
    const x = crossTab(atlas, 'budapest', 'unga-74-247', t);
    const sum = x.counts.flat().reduce((a, b) => a + b, 0);
    expect(sum).toBe(atlas.countries.length);
    expect(x.entities).toBe(atlas.countries.length);
    expect(x.rowTotals.reduce((a, b) => a + b, 0)).toBe(sum);
  });

  it('budapest party × 74/247 no equals the direct count from the data', () => {
    const x = crossTab(atlas, 'budapest', 'unga-74-247', t);
    const direct = atlas.countries.filter((c) =>
      statusAt(atlas, 'budapest', c.id, t).cls === 'party' && atlas.votes.get('unga-74-247')?.get(c.id)?.vote === 'no').length;
    const cell = x.counts[x.rows.indexOf('party')][x.cols.indexOf('no')];
    expect(cell).toBe(direct);
    expect(cell).toBeGreaterThan(0);
  });

  it('a cell counts what its filter lets through, regions included', () => {
    for (const [r, c] of [['budapest', 'region'], ['region', 'unga-73-187']] as const) {
      const x = crossTab(atlas, r, c, '2020-06-01');
      x.rows.forEach((row, i) => x.cols.forEach((col, j) => {
        if (i % 2 === 0 && j % 2 === 0)
          expect(matchingIds(atlas, cellFilter(r, row, c, col), '2020-06-01').size).toBe(x.counts[i][j]);
      }));
    }
  });

  it('follows the date: no votes before 2018', () => {
    const x = crossTab(atlas, 'budapest', 'unga-74-247', '2010-01-01');
    expect(x.colTotals[x.cols.indexOf('no-data')]).toBe(atlas.countries.length);
  });
});
