// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDataset, formatIssue } from '../../src/data/check';
import { buildWith, freshDataset, bundled } from './dataFixture';

const messages = async (d: unknown) => (await checkDataset(d)).map(formatIssue);

describe('data:check on the bundled dataset', () => {
  it('passes', async () => {
    expect(await messages(bundled)).toEqual([]);
  });
});

describe('data:check names file, row, field and value for each kind of bad data', () => {
  it('unknown ISO3 code in a fact', async () => {
    const d = buildWith('un-votes.csv', (t) => t.replace('\nALB,Albania,', '\nALX,Albania,'));
    const m = await messages(d);
    expect(m.some((s) => s.includes('un-votes.csv:3') && s.includes('"iso3" = "ALX"') && s.includes('unknown ISO3'))).toBe(true);
  });

  it('a Member State without its UN name in one of the six languages', async () => {
    const d = buildWith('names.csv', (t) => t.replace('\nKOR,KR,جمهورية كوريا,大韩民国,République de Corée,', '\nKOR,KR,جمهورية كوريا,大韩民国,,'));
    const m = await messages(d);
    expect(m.some((s) => /names\.csv:\d+/.test(s) && s.includes('field "fr"') && s.includes('Member State needs its UN name in fr'))).toBe(true);
  });

  it('an observer State missing from names.csv altogether', async () => {
    const d = buildWith('names.csv', (t) => t.replace(/\nVAT,[^\n]*/, ''));
    expect((await messages(d)).some((s) => s.includes('countries.csv') && s.includes('observer State needs its UN name in ar'))).toBe(true);
  });

  it('a name for an entity that does not exist', async () => {
    const d = buildWith('names.csv', (t) => t.replace('\nKOR,', '\nKOX,'));
    expect((await messages(d)).some((s) => s.includes('"iso3" = "KOX"') && s.includes('does not exist'))).toBe(true);
  });

  it('a hub\'s since date without a source, or impossible, or citing no source that exists', async () => {
    const cut = await messages(buildWith('network-nodes.csv', (t) => t.replace(',2013-01-11,S56', ',2013-01-11,')));
    expect(cut.some((s) => /network-nodes\.csv:\d+/.test(s) && s.includes('since date needs a source'))).toBe(true);
    const bad = await messages(buildWith('network-nodes.csv', (t) => t.replace(',2013-01-11,S56', ',2013-02-30,S56')));
    expect(bad.some((s) => s.includes('"since" = "2013-02-30"'))).toBe(true);
    const lost = await messages(buildWith('network-nodes.csv', (t) => t.replace(',2013-01-11,S56', ',2013-01-11,S999')));
    expect(lost.some((s) => s.includes('"source_ids" = "net:S999"'))).toBe(true);
  });

  it('malformed ISO3 code in the registry', async () => {
    const d = buildWith('countries.csv', (t) => t.replace('\nAFG,', '\nAf1,'));
    expect((await messages(d)).some((s) => s.includes('countries.csv:2') && s.includes('"iso3" = "Af1"'))).toBe(true);
  });

  it('duplicate entity', async () => {
    const d = buildWith('countries.csv', (t) => t.replace('\nALB,008,Albania,', '\nAFG,008,Albania,'));
    expect((await messages(d)).some((s) => s.includes('countries.csv:3') && s.includes('duplicate entity'))).toBe(true);
  });

  it('malformed date', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('ALB,Albania,party,,2001-11-23,2002-06-20', 'ALB,Albania,party,,2001-11-23,2002-13-20'));
    const m = await messages(d);
    expect(m.some((s) => s.includes('budapest.csv:2') && s.includes('"ratified" = "2002-13-20"'))).toBe(true);
  });

  it('impossible calendar date', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('ALB,Albania,party,,2001-11-23,2002-06-20', 'ALB,Albania,party,,2001-11-23,2002-02-30'));
    expect((await messages(d)).some((s) => s.includes('"ratified" = "2002-02-30"') && s.includes('impossible date'))).toBe(true);
  });

  it('ratified before signed', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('ALB,Albania,party,,2001-11-23,2002-06-20', 'ALB,Albania,party,,2001-11-23,2000-06-20'));
    expect((await messages(d)).some((s) => s.includes('budapest.csv:2') && s.includes('ratified 2000-06-20 is before signed 2001-11-23'))).toBe(true);
  });

  it('entry into force before ratification', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('2001-11-23,2002-06-20,2004-07-01', '2001-11-23,2002-06-20,2002-01-01'));
    expect((await messages(d)).some((s) => s.includes('inForce 2002-01-01 is before ratified 2002-06-20'))).toBe(true);
  });

  it('an entry into force the deposit and the treaty\'s article contradict (Brazil: 30 November 2022 → 1 March 2023, Art. 37(2))', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('BRA,Brazil,party,,,2022-11-30,2023-03-01', 'BRA,Brazil,party,,,2022-11-30,2023-02-01'));
    expect((await messages(d)).some((s) => s.includes('"inForce" = "2023-02-01"') && s.includes('puts the entry into force on 2023-03-01 (Art. 36(4), 37(2))'))).toBe(true);
  });

  it('status outside its enum', async () => {
    const d = buildWith('budapest.csv', (t) => t.replace('ALB,Albania,party,', 'ALB,Albania,member,'));
    expect((await messages(d)).some((s) => s.includes('budapest.csv:2') && s.includes('"status" = "member"'))).toBe(true);
  });

  it('vote outside its enum', async () => {
    const d = buildWith('un-votes.csv', (t) => t.replace('\nALB,Albania,no,no', '\nALB,Albania,maybe,no'));
    expect((await messages(d)).some((s) => s.includes('un-votes.csv:3') && s.includes('"vote" = "maybe"'))).toBe(true);
  });

  it('edge whose endpoint does not exist', async () => {
    const d = buildWith('network-edges.csv', (t) => t.replace('\nGBR,USA,cloud_act_agreement', '\nGBR,NOWHERE,cloud_act_agreement'));
    expect((await messages(d)).some((s) => s.includes('network-edges.csv:3') && s.includes('"target" = "NOWHERE"') && s.includes('endpoint does not exist'))).toBe(true);
  });

  it('source id that does not resolve', async () => {
    const d = buildWith('un-convention.csv', (t) => t.replace('DZA,Algeria,2025-10-25,,S06;S08;S30', 'DZA,Algeria,2025-10-25,,S06;S999'));
    expect((await messages(d)).some((s) => s.includes('un-convention.csv:2') && s.includes('"source_ids" = "un:S999"') && s.includes('does not resolve'))).toBe(true);
  });

  it('fact without any source id', async () => {
    const d = buildWith('un-convention.csv', (t) => t.replace('DZA,Algeria,2025-10-25,,S06;S08;S30', 'DZA,Algeria,2025-10-25,,'));
    expect((await messages(d)).some((s) => s.includes('un-convention.csv:2') && s.includes('at least one source'))).toBe(true);
  });

  it('source without an http(s) URL', async () => {
    const d = buildWith('budapest-sources.csv', (t) => t.replace('\nS01,https://coe.int', '\nS01,javascript:alert(1)//coe.int'));
    expect((await messages(d)).some((s) => s.includes('budapest-sources.csv:2') && s.includes('"url" = "javascript:alert(1)//coe.int') && s.includes('http(s) URL'))).toBe(true);
  });

  it('vote tallies that differ from the official totals', async () => {
    const d = buildWith('un-votes.csv', (t) => t.replace('\nALB,Albania,no,no', '\nALB,Albania,yes,no'));
    const m = await messages(d);
    expect(m.some((s) => s.includes('resolutions.csv:2') && s.includes('A/RES/74/247: 80 "yes" votes') && s.includes('official total is 79'))).toBe(true);
    expect(m.some((s) => s.includes('A/RES/74/247: 59 "no" votes') && s.includes('official total is 60'))).toBe(true);
  });

  it('a JSON dataset with a wrong shape is reported by JSON path', async () => {
    const d = freshDataset() as unknown as { countries: unknown[] };
    d.countries[0] = { ...(d.countries[0] as object), name: 42 };
    expect((await messages(d)).some((s) => s.includes('countries[0]') && s.includes('"name" = 42'))).toBe(true);
  });

  it('evidence kind outside its enum', async () => {
    const d = buildWith('budapest-evidence.csv', (t) => t.replace('\nCHE,cets185,signed,', '\nCHE,cets185,asked,'));
    expect((await messages(d)).some((s) => s.includes('"kind" = "asked"'))).toBe(true);
  });

  it('a request to be invited whose source does not resolve', async () => {
    const d = buildWith('budapest-evidence.csv', (t) => t.replace('KOR,cets185,requested,invited,2022-10-11,S151', 'KOR,cets185,requested,invited,2022-10-11,S999'));
    expect((await messages(d)).some((s) => s.includes('budapest-evidence.csv:') && s.includes('"source_ids" = "coe:S999"') && s.includes('does not resolve'))).toBe(true);
  });

  it('a request to be invited dated after the invitation', async () => {
    const d = buildWith('budapest-evidence.csv', (t) => t.replace('KOR,cets185,requested,invited,2022-10-11', 'AUS,cets185,requested,invited,2011-01-01'));
    expect((await messages(d)).some((s) => s.includes('budapest-evidence.csv:') && s.includes('invited 2010-09-20 is before requested 2011-01-01'))).toBe(true);
  });
});

describe('data:check: no status before its evidence', () => {
  it('fails when a bound\'s evidence is dated later than the status it is used for, naming file, line, field and value', async () => {
    // Serbia's Party status is bounded by the CoE notification of 2011-06-01 (coe:S64): claim it a year earlier.
    const d = buildWith('budapest-evidence.csv', (t) => t.replace('SRB,cets185,known_by,party,2011-06-01,S64', 'SRB,cets185,known_by,party,2010-06-01,S64'));
    const m = await messages(d);
    expect(m.some((s) => /budapest-evidence\.csv:\d+/.test(s) && s.includes('"known_by" = "2010-06-01"')
      && s.includes('evidence date later than the status it is used for') && s.includes('coe:S64 is dated 2011-06-01'))).toBe(true);
  });

  it('fails when a bound contradicts the recorded date of the same step', async () => {
    const d = buildWith('budapest-evidence.csv', (t) => `${t}ALB,cets185,known_by,party,2002-01-01,S06,test\n`);
    expect((await messages(d)).some((s) => s.includes('"known_by" = "2002-01-01"') && s.includes('dated later (2002-06-20)'))).toBe(true);
  });

  it('fails when an edge stage is dated after the stage that follows it', async () => {
    const d = buildWith('network-stages.csv', (t) => t.replace('RUS,europol,strategic_agreement,in_force,2003-11-06', 'RUS,europol,strategic_agreement,in_force,2023-11-06'));
    expect((await messages(d)).some((s) => s.includes('network-stages.csv:2') && s.includes('"date" = "2023-11-06"') && s.includes('after the next stage'))).toBe(true);
  });

  it('an ended relation without the stage it had until it ended', async () => {
    const d = buildWith('network-stages.csv', (t) => t.replace(/\nNER,ecowas-dir-2011,[^\n]*/, ''));
    const m = await messages(d);
    expect(m.some((s) => /network-edges\.csv:\d+/.test(s) && s.includes('"stage" = "ended"') && s.includes('an ended relation needs the stage it had'))).toBe(true);
    expect(m.filter((s) => s.includes('an ended relation'))).toHaveLength(1);
  });
});

describe('data:check: each recorded vote cites the UN Digital Library voting record of its resolution', () => {
  it('every vote on 74/247 and 73/187 cites its own record (records 3841023 and 1656199), not the other one', async () => {
    const url = new Map(bundled.sources.map((s) => [s.id, s.url]));
    const recordsCited = (res: string) => new Set(bundled.votes.filter((v) => v.resolution === res)
      .flatMap((v) => v.sources.map((id) => url.get(id)).filter((u) => u?.startsWith('https://digitallibrary.un.org/'))));
    expect([...recordsCited('unga-74-247')]).toEqual(['https://digitallibrary.un.org/record/3841023']);
    expect([...recordsCited('unga-73-187')]).toEqual(['https://digitallibrary.un.org/record/1656199']);
    expect(bundled.votes.filter((v) => v.resolution === 'unga-74-247')).toHaveLength(193);
  });

  it('fails when a resolution has no voting record, naming file, line and field', async () => {
    const d = buildWith('resolutions.csv', (t) => t.replace(/,un:S48$/m, ','));
    const m = await messages(d);
    expect(m.some((s) => s.includes('resolutions.csv:2') && s.includes('record_source_id') && s.includes('A/RES/74/247'))).toBe(true);
  });

  it('fails when the record named is not a UN Digital Library record', async () => {
    const d = buildWith('resolutions.csv', (t) => t.replace(/,un:S49$/m, ',un:S03'));
    expect((await messages(d)).some((s) => s.includes('resolutions.csv:3') && s.includes('A/RES/73/187: no source is its UN Digital Library voting record'))).toBe(true);
  });
});
