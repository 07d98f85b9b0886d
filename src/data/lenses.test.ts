// Boundary cases of statusAt against the bundled dataset: the day before and the day of each kind of fact.
import raw from '../../data/atlas.json';
import { normaliseDataset } from './atlas';
import { countByClass, statusAt, LENSES, UN_CONVENTION_OPENED } from './lenses';
import type { Dataset } from './schema';

const atlas = normaliseDataset(raw as Dataset);
const cls = (lens: Parameters<typeof statusAt>[1], id: string, t: string) => statusAt(atlas, lens, id, t).cls;

describe('statusAt: Budapest (CETS 185)', () => {
  it('a signatory becomes a party on the day of ratification, not the day before (USA 2006-09-29)', () => {
    expect(atlas.treaty.cets185.get('USA')?.ratified).toBe('2006-09-29');
    expect(cls('budapest', 'USA', '2001-11-22')).toBe('no-data'); // before the treaty opened: not applicable
    expect(cls('budapest', 'USA', '2001-11-23')).toBe('signatory');
    expect(cls('budapest', 'USA', '2006-09-28')).toBe('signatory');
    const party = statusAt(atlas, 'budapest', 'USA', '2006-09-29');
    expect(party).toMatchObject({ cls: 'party', date: '2006-09-29', atLatest: false });
    expect(party.sources.length).toBeGreaterThan(0);
  });

  it('issue acceptance: USA signatory on 2005-01-01 and party on 2007-01-01', () => {
    expect(cls('budapest', 'USA', '2005-01-01')).toBe('signatory');
    expect(cls('budapest', 'USA', '2007-01-01')).toBe('party');
  });

  it('an acceding state is nothing until the accession day (Sierra Leone 2024-04-19)', () => {
    expect(cls('budapest', 'SLE', '2024-01-01')).toBe('none');
    expect(cls('budapest', 'SLE', '2024-04-18')).toBe('none');
    expect(cls('budapest', 'SLE', '2024-04-19')).toBe('party');
    expect(cls('budapest', 'SLE', '2025-01-01')).toBe('party');
  });

  it('a deposit month derived from the entry into force: unknown during that month, party from its last day (Argentina 2018-06, in force 2018-10-01)', () => {
    const f = atlas.treaty.cets185.get('ARG')!;
    expect([f.ratified, f.inForce]).toEqual(['2018-06', '2018-10-01']);
    expect(f.note).toMatch(/deposit month 2018-06 entered: derived from the recorded EIF 2018-10-01/);
    expect(cls('budapest', 'ARG', '2018-05-31')).toBe('none');
    expect(cls('budapest', 'ARG', '2018-06-01')).toBe('unknown');
    expect(cls('budapest', 'ARG', '2018-06-29')).toBe('unknown');
    expect(statusAt(atlas, 'budapest', 'ARG', '2018-06-30')).toMatchObject({ cls: 'party', date: '2018-06' });
  });

  it('a month-precision accession is unknown during that month and party from its last day (Cabo Verde 2018-06)', () => {
    expect(atlas.treaty.cets185.get('CPV')?.ratified).toBe('2018-06');
    expect(cls('budapest', 'CPV', '2018-05-31')).toBe('invited');
    expect(cls('budapest', 'CPV', '2018-06-01')).toBe('unknown');
    expect(cls('budapest', 'CPV', '2018-06-29')).toBe('unknown');
    expect(cls('budapest', 'CPV', '2018-06-30')).toBe('party');
  });

  it('undated parties are parties only from their first evidence, unknown between their bounds (Ecuador, Paraguay)', () => {
    expect(cls('budapest', 'ECU', '2010-01-01')).toBe('none');
    expect(cls('budapest', 'ECU', '2024-06-30')).toBe('none');
    expect(cls('budapest', 'ECU', '2024-07-01')).toBe('unknown');
    expect(cls('budapest', 'ECU', '2026-01-13')).toBe('unknown');
    expect(statusAt(atlas, 'budapest', 'ECU', '2026-01-14')).toMatchObject({ cls: 'party', date: '2026-01-14', atLatest: true });
    expect(cls('budapest', 'PRY', '2005-01-01')).toBe('none');
    expect(cls('budapest', 'PRY', '2010-01-01')).toBe('none');
    expect(cls('budapest', 'PRY', '2017-12-15')).toBe('none');
    expect(cls('budapest', 'PRY', '2017-12-16')).toBe('unknown');
    expect(statusAt(atlas, 'budapest', 'PRY', '2018-10-02')).toMatchObject({ cls: 'party', atLatest: true });
  });

  it('a never-ratifying signatory stays signatory (Ireland); an invitation counts from its day (Papua New Guinea)', () => {
    expect(cls('budapest', 'IRL', '2002-02-27')).toBe('none');
    expect(cls('budapest', 'IRL', '2002-02-28')).toBe('signatory');
    expect(cls('budapest', 'IRL', atlas.asOf)).toBe('signatory');
    expect(cls('budapest', 'PNG', '2010-01-01')).toBe('none');
    expect(cls('budapest', 'PNG', '2024-10-08')).toBe('none');
    expect(cls('budapest', 'PNG', '2024-10-09')).toBe('invited');
  });

  it('a state without any row is none; territories are no-data under every lens', () => {
    expect(cls('budapest', 'CHN', atlas.asOf)).toBe('none');
    for (const lens of Object.keys(LENSES) as (keyof typeof LENSES)[]) {
      expect(cls(lens, 'TWN', atlas.asOf)).toBe('no-data');
      expect(cls(lens, 'XKX', '2020-01-01')).toBe('no-data');
    }
  });
});

describe('statusAt: protocols', () => {
  it('CETS 224: signature day boundary and ratification (Japan)', () => {
    const jpn = atlas.treaty.cets224.get('JPN')!;
    expect(jpn.signed && jpn.ratified).toBeTruthy();
    const dayBefore = (d: string) => new Date(Date.parse(d) - 86400000).toISOString().slice(0, 10);
    // Japan signed on the opening day: the day before, the protocol applied to no one yet
    expect(cls('budapest-p2', 'JPN', dayBefore(jpn.signed!))).toBe(jpn.signed === '2022-05-12' ? 'no-data' : 'none');
    expect(cls('budapest-p2', 'JPN', jpn.signed!)).toBe('signatory');
    expect(cls('budapest-p2', 'JPN', dayBefore(jpn.ratified!))).toBe('signatory');
    expect(cls('budapest-p2', 'JPN', jpn.ratified!)).toBe('party');
  });

  it('an ETS 189 signatory with no date is unknown until the dataset records it (South Africa)', () => {
    expect(statusAt(atlas, 'budapest-p1', 'ZAF', '2010-01-01')).toMatchObject({ cls: 'unknown', next: { cls: 'signatory', atLatest: true } });
    expect(statusAt(atlas, 'budapest-p1', 'ZAF', atlas.asOf)).toMatchObject({ cls: 'signatory', atLatest: true });
  });

  it('a signature known to the month is unknown from the opening, signatory from the last day of the month (Austria, ETS 189, January 2003)', () => {
    expect(cls('budapest-p1', 'AUT', '2003-01-27')).toBe('no-data');
    expect(cls('budapest-p1', 'AUT', '2003-01-28')).toBe('unknown');
    expect(statusAt(atlas, 'budapest-p1', 'AUT', '2003-01-31')).toMatchObject({ cls: 'signatory', atLatest: false });
  });
});

describe('statusAt: UN General Assembly votes', () => {
  it('no vote exists before its date: no-data the day before, the vote on the day (A/RES/74/247)', () => {
    expect(cls('unga-74-247', 'RUS', '2019-12-26')).toBe('no-data');
    expect(cls('unga-74-247', 'RUS', '2019-12-27')).toBe('yes');
    expect(cls('unga-74-247', 'USA', '2019-12-27')).toBe('no');
    expect(cls('unga-73-187', 'USA', '2018-12-16')).toBe('no-data');
    expect(cls('unga-73-187', 'USA', '2018-12-17')).toBe('no');
  });

  it('observer states are not-member once the vote exists, no-data before', () => {
    for (const id of ['VAT', 'PSE']) {
      expect(cls('unga-74-247', id, '2020-01-01')).toBe('not-member');
      expect(cls('unga-74-247', id, '2019-01-01')).toBe('no-data');
    }
  });

  it('per-class counts at the vote date equal the official totals', () => {
    for (const r of atlas.dataset.resolutions) {
      const counts = countByClass(atlas, r.id as 'unga-74-247', r.date);
      expect([counts.yes, counts.no, counts.abstain, counts.absent]).toEqual([r.official.yes, r.official.no, r.official.abstain, r.official.absent]);
      expect(counts['not-member']).toBe(2);
    }
  });

  it('agrees with the UN Digital Library voting records, read again in the 2026-12-07 audit', () => {
    // oracle: the records' own figures (3841023: 79 yes, 60 no, 33 abstentions, 21 not voting; 1656199: 94, 59, 33, 7)
    // and their rows for a sample of States, not the dataset's resolutions table
    const official = { 'unga-74-247': [79, 60, 33, 21], 'unga-73-187': [94, 59, 33, 7] } as const;
    for (const [id, [yes, no, abstain, absent]] of Object.entries(official)) {
      const date = id === 'unga-74-247' ? '2019-12-27' : '2018-12-17';
      const c = countByClass(atlas, id as 'unga-74-247', date);
      expect([c.yes, c.no, c.abstain, c.absent], id).toEqual([yes, no, abstain, absent]);
    }
    const sample: [string, string, string][] = [
      ['BRA', 'abstain', 'yes'], ['TUR', 'abstain', 'abstain'], ['IND', 'yes', 'yes'], ['GBR', 'no', 'no'],
      ['ZAF', 'yes', 'yes'], ['JPN', 'no', 'no'], ['AFG', 'absent', 'absent'], ['AGO', 'absent', 'yes'],
    ];
    for (const [state, v74, v73] of sample) {
      expect(cls('unga-74-247', state, '2019-12-27'), `${state} 74/247`).toBe(v74);
      expect(cls('unga-73-187', state, '2018-12-17'), `${state} 73/187`).toBe(v73);
    }
  });
});

describe('statusAt: UN Convention against Cybercrime', () => {
  it('nobody has signed before the Hanoi opening; at least 70 states by 2025-11-30 (issue acceptance)', () => {
    expect(countByClass(atlas, 'un-convention', '2025-10-01').signatory).toBe(0);
    expect(countByClass(atlas, 'un-convention', '2025-10-24').signatory).toBe(0);
    expect(countByClass(atlas, 'un-convention', UN_CONVENTION_OPENED).signatory).toBeGreaterThan(60);
    expect(countByClass(atlas, 'un-convention', '2025-11-30').signatory).toBeGreaterThanOrEqual(70);
  });

  it('a month-precision signature ("2025-10") is not applicable before the opening, unknown until the month ends', () => {
    const monthOnly = [...atlas.unConvention.values()].filter((f) => f.signed?.length === 7);
    expect(monthOnly.length).toBeGreaterThan(0);
    for (const f of monthOnly) {
      expect(cls('un-convention', f.country, '2025-10-24')).toBe('no-data');
      expect(cls('un-convention', f.country, UN_CONVENTION_OPENED)).toBe('unknown');
      expect(cls('un-convention', f.country, '2025-10-31')).toBe('signatory');
    }
  });

  it('a post-Hanoi signature counts from its own day (Mauritius 2025-11-19)', () => {
    expect(cls('un-convention', 'MUS', '2025-11-18')).toBe('none');
    expect(cls('un-convention', 'MUS', '2025-11-19')).toBe('signatory');
  });

  it('the EU, an organisation node, signs too but is not counted among the map entities', () => {
    expect(statusAt(atlas, 'un-convention', 'eu', '2025-10-24').cls).toBe('no-data');
    expect(statusAt(atlas, 'un-convention', 'eu', '2025-10-25').cls).toBe('signatory');
    expect(atlas.countryById.has('eu')).toBe(false);
  });
});

describe('countByClass is counted once per atlas, lens and date', () => {
  const atlas = normaliseDataset(raw as unknown as Dataset);
  it('gives the same frozen counts again, equal to counting each status', () => {
    const a = countByClass(atlas, 'budapest', '2010-01-01');
    expect(countByClass(atlas, 'budapest', '2010-01-01')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const fresh: Record<string, number> = {};
    for (const c of atlas.countries) { const cls = statusAt(atlas, 'budapest', c.id, '2010-01-01').cls; fresh[cls] = (fresh[cls] ?? 0) + 1; }
    for (const [cls, n] of Object.entries(a)) expect(n, cls).toBe(fresh[cls] ?? 0);
    expect(countByClass(atlas, 'budapest', '2011-01-01')).not.toBe(a);
  });
});

describe('statusAt: before its instrument existed, a lens applies to no one', () => {
  // the raw rows, not the app's milestones: who signed on the opening day
  const rows = raw as Dataset;
  const all = atlas.countries.length;
  it('the UN convention in 2019 and on the day before it opened (2025-10-24): every State not applicable, none "not signed"', () => {
    for (const t of ['2019-06-01', '2025-10-24']) expect(countByClass(atlas, 'un-convention', t)['no-data'], t).toBe(all);
    const first = rows.unConvention.filter((r) => r.signed === UN_CONVENTION_OPENED).map((r) => r.country);
    expect(first.length).toBeGreaterThan(0);
    for (const id of first) expect(cls('un-convention', id, UN_CONVENTION_OPENED), id).toBe('signatory');
    expect(countByClass(atlas, 'un-convention', UN_CONVENTION_OPENED).none).toBeGreaterThan(0);
  });
  it('CETS 224 before it opened on 2022-05-12: not applicable; on the day, the States that signed it then', () => {
    expect(countByClass(atlas, 'budapest-p2', '2022-05-11')['no-data']).toBe(all);
    const first = rows.treaties.filter((r) => r.treaty === 'cets224' && r.signed === '2022-05-12').map((r) => r.country);
    expect(first.length).toBeGreaterThan(0);
    for (const id of first) expect(cls('budapest-p2', id, '2022-05-12'), id).toBe('signatory');
  });
});
