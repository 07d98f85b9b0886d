import raw from '../../data/atlas.json';
import type { Dataset } from './schema';
import { csvField, parseCsv } from './csv';
import { FACT_COLUMNS, factsCsv, sourcesCsv } from './exportCsv';

const d = raw as Dataset;

describe('CSV export', () => {
  it('quotes fields with commas, quotes and newlines so they read back intact', () => {
    const tricky = ['a,b', 'say "hi"', 'two\nlines', 'plain'];
    const text = tricky.map(csvField).join(',') + '\r\n';
    expect(parseCsv(`w,x,y,z\r\n${text}`)[0].values).toEqual({ w: 'a,b', x: 'say "hi"', y: 'two\nlines', z: 'plain' });
  });

  it('has one row per fact attribute, every row with source ids and resolvable http(s) URLs', () => {
    const rows = parseCsv(factsCsv(d));
    expect(Object.keys(rows[0].values)).toEqual(FACT_COLUMNS);
    const dated = d.treaties.reduce((n, t) => n + 1 + [t.signed, t.ratified, t.inForce].filter(Boolean).length, 0);
    const un = d.unConvention.reduce((n, u) => n + [u.signed, u.ratified].filter(Boolean).length, 0);
    const computed = rows.filter((r) => r.values.attribute.endsWith('_computed')).length;
    expect(rows).toHaveLength(d.countries.length + dated + computed + d.votes.length + d.sponsors.length + un + d.memberships.length
      + d.edges.reduce((n, e) => n + 1 + e.history.length, 0) + d.officialTotals.length);
    // (the rows that break a rule, in one assertion: three or more expect calls per row before)
    expect(rows.filter((r) => {
      const ids = r.values.source_ids.split(';'), urls = r.values.source_urls.split(' ');
      return !(ids.length > 0) || urls.length !== ids.length || !urls.every((u) => /^https?:\/\//.test(u));
    }).map((r) => `${r.values.origin}: ${r.values.source_ids} / ${r.values.source_urls}`)).toEqual([]);
  });

  it('carries values as the dataset has them (USA ratified CETS 185 on 2006-09-29; votes)', () => {
    const rows = parseCsv(factsCsv(d)).map((r) => r.values);
    expect(rows.find((r) => r.family === 'cets185' && r.entity === 'USA' && r.attribute === 'ratified_or_acceded')?.value).toBe('2006-09-29');
    expect(rows.filter((r) => r.family === 'unga-74-247' && r.value === 'yes')).toHaveLength(79);
  });

  it('has each stage of a relation with its own date and sources (Moldova–Europol: signed 2014-12-18, in force undated)', () => {
    const rows = parseCsv(factsCsv(d)).map((r) => r.values)
      .filter((r) => r.family === 'network' && r.entity === 'MDA' && r.counterpart === 'europol');
    expect(rows.map((r) => [r.value, r.date, r.source_ids])).toEqual([
      ['signed', '2014-12-18', 'net:S46;net:S334'],
      ['in_force', '', 'net:S47'],
    ]);
  });

  it('gives the entries into force the record computes, marked apart from recorded ones (in_force_computed, in_force_by_computed)', () => {
    const rows = parseCsv(factsCsv(d)).map((r) => r.values);
    const at = (family: string, entity: string) => rows.filter((r) => r.family === family && r.entity === entity && r.attribute.startsWith('in_force'));
    // sourced oracles: Slovakia's ETS 189 deposit 2023-06-28, in force 2023-10-01 (coe:S84); Iceland's 2023-01-30, in
    // force 2023-05-01 (coe:S146); the USA's CETS 185 entry into force is recorded (2007-01-01), so nothing is computed
    expect(at('ets189', 'SVK').map((r) => [r.attribute, r.value, r.date, r.source_ids])).toEqual([['in_force_computed', '2023-10-01', '2023-10-01', 'coe:S84']]);
    expect(at('ets189', 'ISL').map((r) => [r.attribute, r.value])).toEqual([['in_force_computed', '2023-05-01']]);
    expect(at('cets185', 'USA').map((r) => [r.attribute, r.value])).toEqual([['in_force', '2007-01-01']]);
    // a consent before the Protocol's own entry into force (2006-03-01) cites that day's source (coe:S107)
    expect(at('ets189', 'ALB').map((r) => [r.attribute, r.value, r.source_ids.split(';').includes('coe:S107')])).toEqual([['in_force_computed', '2006-03-01', true]]);
    // Serbia's CETS 185 deposit is undated: in force by 2011-10-01 at the latest, from the 2011-06-01 list (coe:S64)
    expect(at('cets185', 'SRB').map((r) => [r.attribute, r.value, r.source_ids])).toEqual([['in_force_by_computed', '2011-10-01', 'coe:S64']]);
    const computed = rows.filter((r) => r.attribute.endsWith('_computed'));
    expect(computed.length).toBeGreaterThan(30);
    for (const r of computed) {
      expect(r.note, r.entity).toMatch(/^Computed, not read in a source: .*Art\. /);
      expect(at(r.family, r.entity).filter((x) => x.attribute === 'in_force')).toEqual([]);
    }
    // the UN convention has no deposit on record, so nothing is computed for it
    expect(rows.filter((r) => r.family === 'un-convention' && r.attribute.startsWith('in_force'))).toEqual([]);
  });

  it('lists every source once', () => {
    const rows = parseCsv(sourcesCsv(d));
    expect(rows.map((r) => r.values.source_id)).toEqual(d.sources.map((s) => s.id));
    expect(rows.find((r) => r.values.source_id === 'coe:S108')?.values.what_it_supports).toContain('2022-05-12');
  });
});

describe('CSV cells are never run as formulas by a spreadsheet', () => {
  it('prefixes =, +, -, @, tab and carriage return with an apostrophe (OWASP) and keeps other text as is', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('2019-12-27')).toBe('2019-12-27');
    expect(csvField('Türkiye')).toBe('Türkiye');
  });
});
