// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readTypedDate } from './DateField';
import { formatDateText, readDateText } from './dateText';

describe('readTypedDate', () => {
  const end = '2026-02-05';
  const ok = (iso: string) => ({ iso });
  it.each([
    ['10/01/2010', ok('2010-01-10')],
    ['23/11/2001', ok('2001-11-23')],
    ['5/2/2026', ok(end)],
    ['2010-01-10', ok('2010-01-10')], // ISO, as in the address, in any language
    ['22/11/2001', /Choose a date from 23 November 2001 to 5 February 2026/],
    ['06/02/2026', /Choose a date/],
    ['01/01/0002', /Choose a date/],
    ['30/02/2010', /not a real date/],
    ['12/27/2019', /not a real date/], // month 27: the browser's en-US order is not the page's
    ['27/12/19', /not a real date/],
    ['yesterday', /not a real date/],
    ['27/12', /complete date/],
    ['', /complete date/],
  ])('%s', (v, expected) => {
    const r = readTypedDate(v, end);
    if (expected instanceof RegExp) expect('problem' in r && r.problem).toMatch(expected);
    else expect(r).toEqual(expected);
  });
});

describe('the date in the page language\'s digits', () => {
  it.each([
    ['en', '27/12/2019'], ['fr', '27/12/2019'], ['es', '27/12/2019'], ['ru', '27.12.2019'], ['zh', '2019/12/27'],
  ] as const)('%s writes 2019-12-27 as %s and reads it back', (lang, text) => {
    expect(formatDateText('2019-12-27', lang)).toBe(text);
    expect(readDateText(text, lang)).toEqual({ iso: '2019-12-27' });
  });
  it('Arabic: day first, its right-to-left marks and Arabic-Indic digits are read', () => {
    expect(formatDateText('2019-12-07', 'ar').replace(/\u200f/g, '')).toMatch(/^(07|٠٧)\/(12|١٢)\/(2019|٢٠١٩)$/);
    expect(readDateText(formatDateText('2019-12-07', 'ar'), 'ar')).toEqual({ iso: '2019-12-07' });
    expect(readDateText('٠٧/١٢/٢٠١٩', 'ar')).toEqual({ iso: '2019-12-07' });
  });
  it('Chinese: year first, also typed with 年月日 and full-width digits', () => {
    expect(readDateText('２０１９年１２月７日', 'zh')).toEqual({ iso: '2019-12-07' });
  });
});
