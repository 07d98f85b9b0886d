import { describe, expect, it } from 'vitest';
import { testAtlas, testSources } from './testAtlas';
import { parseCsv } from './csv';
import { matchingIds } from './filters';
import { LENSES, statusAt } from './lenses';
import { sortRows, tableCsv, tableRows } from './tableRows';

const atlas = testAtlas();
const sources = testSources();
const t = atlas.asOf;

describe('table rows and CSV', () => {
  const filters = { 'unga-74-247': ['no'] };
  const rows = tableRows(atlas, filters, t);

  it('holds exactly the filtered entities', () => {
    expect(rows.map((r) => r.id).sort()).toEqual([...matchingIds(atlas, filters, t)].sort());
    expect(rows.length).toBe(60);
  });

  it('sorts by lens class order and by name both ways', () => {
    const byBudapest = sortRows(rows, 'budapest', 'ascending');
    const order = LENSES.budapest.classes;
    for (let i = 1; i < byBudapest.length; i++)
      expect(order.indexOf(byBudapest[i - 1].status.budapest.cls)).toBeLessThanOrEqual(order.indexOf(byBudapest[i].status.budapest.cls));
    const desc = sortRows(rows, 'name', 'descending').map((r) => r.name);
    expect(desc).toEqual([...rows.map((r) => r.name)].sort((a, b) => b.localeCompare(a)));
  });

  it('the CSV is that table plus sources and a citation line', () => {
    const csv = tableCsv(atlas, sources, rows, t, filters);
    const parsed = parseCsv(csv);
    // header + rows + citation
    expect(parsed.length).toBe(rows.length + 1);
    const usa = parsed.find((r) => r.values.ISO3 === 'USA')!;
    expect(usa.values.Name).toBe(atlas.countryById.get('USA')!.name);
    expect(usa.values[LENSES.budapest.label]).toBe('Party (2006-09-29)');
    expect(usa.values[LENSES['unga-74-247'].label]).toMatch(/^No/);
    for (const id of rows.find((r) => r.id === 'USA')!.sources)
      expect(usa.values.Sources).toContain(`${id} ${sources.byId.get(id)!.url}`);
    const last = parsed[parsed.length - 1].values.Name;
    expect(last).toContain(`dataset v${atlas.version}`);
    expect(last).toContain('74/247: No');
    expect(csv.split('\r\n')[0].split(',')[0]).toBe('Name');
  });

  it('marks unverified statuses in the CSV', () => {
    const all = tableRows(atlas, {}, t);
    const csv = parseCsv(tableCsv(atlas, sources, all, t, {}));
    const doubted = atlas.countries.filter((c) => statusAt(atlas, 'budapest-p1', c.id, t).unverified).map((c) => c.id);
    expect(doubted).toContain('ROU'); // Serbia's ETS 189 status is no longer unverified: a CoE page names it (coe:S152)
    for (const r of csv) expect(r.values[LENSES['budapest-p1'].label].includes('[unverified]'), r.values.ISO3).toBe(doubted.includes(r.values.ISO3));
  });
});
