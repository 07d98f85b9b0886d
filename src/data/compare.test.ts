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
    // in force at the date first, then those not in force ("0 (and 1 not in force)")
    expect(parseInt(cloud.cells[1], 10)).toBeGreaterThan(parseInt(cloud.cells[0], 10));
  });

  it('at a past date says later dates as later and bloc rows as they were then (Russia in the Council of Europe, 2003)', () => {
    const past = '2003-01-27';
    const at = compareRows(atlas, buildGraph(atlas, past), ['FRA', 'USA', 'RUS'], past);
    const cell = (group: string, label: string, i: number) => at.find((r) => r.group === group && r.label === label)!.cells[i];
    expect(cell('Budapest Convention (CETS 185)', 'Signed', 0)).toBe('23 November 2001');
    expect(cell('Budapest Convention (CETS 185)', 'Ratified / acceded', 0)).toBe('10 January 2006 (after the date shown)');
    expect(cell('UN', 'UN convention signed', 2)).toBe('25 October 2025 (after the date shown)');
    // the 47 co-sponsors of the 2019 draft are on record from A/RES/74/247 (as the summary says them)
    expect(cell('UN', 'Sponsored A/C.3/74/L.11', 2)).toBe('Yes (after the date shown)');
    // France was not among them; in 2003 that is not yet a fact either (the draft is of 2019)
    expect(cell('UN', 'Sponsored A/C.3/74/L.11', 0)).toBe('No (after the date shown)');
    expect(row('Sponsored A/C.3/74/L.11').cells).toEqual(['No', 'No', 'No']);
    expect(compareRows(atlas, graph, ['RUS'], t).find((r) => r.label === 'Sponsored A/C.3/74/L.11')!.cells).toEqual(['Yes']);
    // blocs.csv: Russia joined the CoE on 1996-02-28 and left on 2022-03-16; in 2003 it was a member, not "withdrawn"
    expect(cell('Blocs at the date', 'Council of Europe', 2)).toBe('member since 28 February 1996');
    expect(cell('Blocs at the date', 'G7', 2)).toBe('member since 1997');
  });

  it('counts relations in force at the date, and apart those that are not (Russia and Europol, suspended in 2022)', () => {
    // network-edges.csv: Russia–Europol in force from 2003-11-06, suspended from March 2022 (net:S139)
    const cell = (t: string) => compareRows(atlas, buildGraph(atlas, t), ['RUS'], t).find((r) => r.label === 'Europol / EC3 / J-CAT')!.cells[0];
    expect(cell('2010-01-01')).toBe('1');
    expect(cell('2023-06-01')).toBe('0 (and 1 not in force)');
  });

  it('gives the entry into force as the record does: recorded, or computed and said to be (ETS 189 Slovakia, coe:S84)', () => {
    const at = (ids: string[], day: string) => compareRows(atlas, buildGraph(atlas, day), ids, day);
    const cell = (rs: ReturnType<typeof at>, group: string, i: number) => rs.find((r) => r.group === group && r.label === 'In force')!.cells[i];
    const now = at(['SVK', 'USA', 'SRB'], t);
    // budapest.csv: Slovakia deposited its ETS 189 ratification on 2023-06-28; coe:S84 gives 2023-10-01, which the
    // dataset does not record, so it is computed by Art. 10(2), 11(2)
    expect(cell(now, 'First Protocol (ETS 189)', 0)).toBe('1 October 2023 (computed from the deposit: Art. 10(2), 11(2))');
    // recorded (budapest.csv cets185_in_force, coe:S64): no "computed"
    expect(cell(now, 'Budapest Convention (CETS 185)', 1)).toBe('1 January 2007');
    // Serbia: no deposit day; on the CoE list of 2011-06-01 (coe:S64), so in force by 1 October 2011 at the latest
    expect(cell(now, 'Budapest Convention (CETS 185)', 2)).toBe('by 1 October 2011 at the latest (computed from the deposit: Art. 36(4), 37(2))');
    // before it, the day is later than the date shown
    expect(cell(at(['SVK'], '2023-07-01'), 'First Protocol (ETS 189)', 0)).toBe('1 October 2023 (after the date shown, computed from the deposit: Art. 10(2), 11(2))');
    // CETS 224 is not in force (3 of 5 ratifications): Japan ratified, nothing in force
    expect(cell(at(['JPN'], t), 'Second Protocol (CETS 224)', 0)).toBe('—');
  });

  it('a single country differs from nothing', () => {
    expect(compareRows(atlas, graph, ['KOR'], t).some((r) => r.differs)).toBe(false);
  });
});
