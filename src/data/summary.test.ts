import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { summarise } from './summary';

const atlas = testAtlas();

describe('summarise', () => {
  it('says party year, vote and UN signature from the data', () => {
    const usa = summarise(atlas, 'USA', atlas.asOf);
    const year = (atlas.treaty.cets185.get('USA')!.ratified ?? '').slice(0, 4);
    expect(usa).toContain(`Party to the Budapest Convention since ${year}`);
    const v = atlas.votes.get('unga-74-247')!.get('USA')!.vote;
    expect(v).toBe('no');
    expect(usa).toMatch(/voted against A\/RES\/74\/247/);
  });

  it('says a non-party voted and signed', () => {
    const kor = summarise(atlas, 'KOR', atlas.asOf);
    expect(kor).toMatch(/^Not a party to the Budapest Convention/);
    expect(kor).toContain('voted against A/RES/74/247 and A/RES/73/187');
    const un = atlas.unConvention.get('KOR');
    if (un?.signed) expect(kor).toContain('signed the UN convention');
    else expect(kor).toContain('has not signed the UN convention');
  });

  it('follows the as-of date: before 2018 there is no vote and no UN convention', () => {
    const s = summarise(atlas, 'USA', '2010-01-01');
    expect(s).not.toMatch(/voted|UN convention/);
    expect(summarise(atlas, 'USA', '2005-01-01')).toMatch(/^Signed the Budapest Convention on 23 November 2001/);
  });

  it('says an unknown status as unknown, and a date known only as a bound not as the day (Serbia, Argentina, Malta)', () => {
    // budapest-evidence.csv: Serbia a Party by 2011-06-01 at the latest, its deposit day not recorded
    expect(summarise(atlas, 'SRB', '2010-01-01')).toMatch(/^Status under the Budapest Convention not known at this date/);
    expect(summarise(atlas, 'SRB', '2012-01-01')).toBe('Party to the Budapest Convention.');
    // Argentina: deposited in June 2018 (month derived from its entry into force, 2018-10-01), day not recorded
    expect(summarise(atlas, 'ARG', '2018-06-15')).toMatch(/^Status under the Budapest Convention not known/);
    // Malta: listed as a signatory on 2011-06-01, its signature day not recorded
    expect(summarise(atlas, 'MLT', '2011-06-01')).toMatch(/^Signed the Budapest Convention but is not a party/);
  });

  it('says when the lenses do not apply', () => {
    expect(summarise(atlas, 'GRL', atlas.asOf)).toMatch(/territory/);
  });

  it('ends a Russian summary whose last clause is a date with one full stop, not "г.." (Brazil, signed 25 October 2025)', () => {
    const ru = summarise(atlas, 'BRA', atlas.asOf, 'ru');
    expect(ru).toMatch(/25 октября 2025 г\.$/);
    expect(ru).not.toMatch(/\.\.$/);
    // a clause without a closing abbreviation still gets its full stop
    expect(summarise(atlas, 'BRA', '2005-06-01', 'ru')).toMatch(/[^.]\.$/);
    expect(summarise(atlas, 'BRA', atlas.asOf, 'en')).toMatch(/25 October 2025\.$/);
  });
});
