// @vitest-environment node
// When each Budapest treaty binds a State (data/inForce.ts). The oracles are dates read in sources: a State's entry
// into force as the Council of Europe or a national treaty office gives it, never a date this code computed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { parseCsv } from './csv';
import { stateInForce, threeMonthsRule, treatyInForce, treatyProgress } from './inForce';
import type { Treaty } from './schema';

const atlas = testAtlas();
const rows = parseCsv(readFileSync('data/raw/budapest.csv', 'utf8')).map((r) => r.values);
const eif = (treaty: Treaty, id: string) => stateInForce(atlas, treaty, atlas.treaty[treaty].get(id)!);

describe('the three-month rule (CETS 185 Art. 36(4), 37(2); ETS 189 Art. 10(2), 11(2); CETS 224 Art. 16(4))', () => {
  it('gives the recorded entry into force of every CETS 185 row that has both dates (65 rows read, their sources)', () => {
    // 12 more rows have a deposit month derived from their recorded entry into force by this very rule (their notes
    // say so): they cannot test it, so they are set apart
    const derived = (r: (typeof rows)[number]) => /deposit month \d{4}-\d{2} entered: derived from the recorded EIF/.test(r.notes);
    const both = rows.filter((r) => r.cets185_ratified_or_acceded.length >= 7 && r.cets185_in_force);
    expect(both.filter(derived).map((r) => r.iso3)).toEqual(['ARG', 'COL', 'GRD', 'ISL', 'ISR', 'ITA', 'LUX', 'MKD', 'NOR', 'PER', 'POL', 'UKR']);
    expect(both.filter((r) => !derived(r)).length).toBe(65);
    for (const r of both) {
      const rule = threeMonthsRule(r.cets185_ratified_or_acceded)!;
      expect([r.iso3, rule > '2004-07-01' ? rule : '2004-07-01']).toEqual([r.iso3, r.cets185_in_force]);
    }
  });

  it('month ends and year ends: 30 November → 1 March (Brazil, coe:S30, coe:S45); 31 January → 1 May; a year gives nothing', () => {
    expect(threeMonthsRule('2022-11-30')).toBe('2023-03-01');
    expect(threeMonthsRule('2024-01-31')).toBe('2024-05-01');
    expect(threeMonthsRule('2018-06')).toBe('2018-10-01');
    expect(threeMonthsRule('2018')).toBeNull();
  });
});

describe('entry into force for a State', () => {
  it.each([
    // treaty, State, day in force as its source gives it, source: derived from the deposit where no column records it
    ['ets189', 'SVK', '2023-10-01', 'coe:S84'], // Slovak notice: deposited 2023-06-28, in force 2023-10-01
    ['ets189', 'ISL', '2023-05-01', 'coe:S146'], // CoE news: deposited 2023-01-30, in force for Iceland 2023-05-01
    ['ets189', 'ALB', '2006-03-01', 'coe:S46'], // ratified 2004-11-26, before the Protocol's own entry into force
    ['ets189', 'AND', '2017-03-01', 'coe:S46'],
    ['cets185', 'BRA', '2023-03-01', 'coe:S45'], // recorded
  ] as const)('%s %s in force from %s (%s)', (treaty, id, day, source) => {
    const f = atlas.treaty[treaty].get(id)!;
    expect(f.sources).toContain(source);
    expect(eif(treaty, id)?.date).toBe(day);
    expect(eif(treaty, id)?.atLatest).toBe(false);
  });

  it('says which article a computed day comes from', () => {
    expect(eif('ets189', 'SVK')).toMatchObject({ derived: true, article: '10(2), 11(2)' });
    expect(eif('ets189', 'ALB')).toMatchObject({ derived: true, article: '10(1)' });
    expect(eif('cets185', 'BRA')).toMatchObject({ derived: false });
  });

  it('bounds the day for a State known to have consented only by a date: Serbia, a Contracting State on 2011-06-01 (coe:S64)', () => {
    expect(eif('cets185', 'SRB')).toMatchObject({ date: '2011-10-01', atLatest: true });
  });

  it('bounds the day where the deposit is undated but bounded by a count (ETS 189: Romania, Serbia, Paraguay, Parties by 2023-01-30)', () => {
    for (const id of ['ROU', 'SRB', 'PRY']) expect(eif('ets189', id), id).toMatchObject({ date: '2023-05-01', atLatest: true });
  });
});

describe('the Second Protocol (CETS 224) is not in force', () => {
  it('has three of the five ratifications Art. 16(3) asks for: Serbia, Japan, Hungary (coe:S02)', () => {
    expect(treatyInForce(atlas, 'cets224')).toBeNull();
    expect(treatyProgress(atlas, 'cets224', atlas.asOf)).toEqual({ deposited: 3, needed: 5, inForceFrom: null });
    expect(treatyProgress(atlas, 'cets224', '2026-02-04').deposited).toBe(2);
    expect(treatyProgress(atlas, 'cets224', '2023-02-08').deposited).toBe(0);
    for (const id of ['JPN', 'SRB', 'HUN']) expect(eif('cets224', id)).toBeNull();
  });

  it('the Convention and the First Protocol are, from the days the Council of Europe gives (coe:S107)', () => {
    expect(treatyInForce(atlas, 'cets185')).toBe('2004-07-01');
    expect(treatyInForce(atlas, 'ets189')).toBe('2006-03-01');
  });
});
