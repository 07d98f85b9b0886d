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
    expect(rows).toHaveLength(d.countries.length + dated + d.votes.length + d.sponsors.length + un + d.memberships.length
      + d.edges.reduce((n, e) => n + 1 + e.history.length, 0) + d.officialTotals.length);
    for (const r of rows) {
      const ids = r.values.source_ids.split(';');
      expect(ids.length, r.values.origin).toBeGreaterThan(0);
      expect(r.values.source_urls.split(' ')).toHaveLength(ids.length);
      r.values.source_urls.split(' ').forEach((u) => expect(u).toMatch(/^https?:\/\//));
    }
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
