import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { compareRows } from './compare';
import { buildGraph } from '../graph/model';
import { LENSES } from './lenses';

const atlas = testAtlas();
const t = atlas.asOf;
const graph = buildGraph(atlas, t);

describe('compareRows', () => {
  const rows = compareRows(atlas, graph, ['KOR', 'USA', 'BIH'], t);
  const row = (label: string) => rows.find((r) => r.label === label)!;

  it('marks rows whose cells differ and only those', () => {
    for (const r of rows) expect(r.differs).toBe(new Set(r.cells).size > 1);
    expect(row(LENSES.budapest.label).differs).toBe(true);
    expect(row(LENSES.budapest.label).cells[0]).toMatch(/^Not party/);
    expect(row(LENSES.budapest.label).cells[1]).toMatch(/^Party/);
  });

  it('says votes, blocs and relation counts per country', () => {
    expect(row(LENSES['unga-74-247'].label).cells[0]).toMatch(/^No/);
    expect(row('NATO').cells[1]).toMatch(/^member since 1949/);
    expect(row('NATO').cells[0]).toBe('—');
    const cloud = row('CLOUD Act and e-evidence');
    expect(Number(cloud.cells[1])).toBeGreaterThan(Number(cloud.cells[0]));
  });

  it('a single country differs from nothing', () => {
    expect(compareRows(atlas, graph, ['KOR'], t).some((r) => r.differs)).toBe(false);
  });
});
