// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LANGS } from './langs';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it.each(LANGS)('%s: writes what Intl.NumberFormat writes, whole numbers up to millions and the rest', (lang) => {
    const f = new Intl.NumberFormat(lang);
    const counts = Array.from({ length: 3000 }, (_, i) => i * 337 + (i % 7));
    const numbers = [...Array.from({ length: 1000 }, (_, i) => i), ...counts, 1000, 1234, 9999, 10000, 99999, 100000, 12345.5, -3, -1234, -0, 0.25, 2.5e6, 1234567, 2 ** 53 - 1];
    // one assertion over all 4,016 numbers (an expect each was most of this test's time), every difference named
    const wrong = numbers.filter((n) => formatNumber(lang, n) !== f.format(n)).map((n) => `${lang} ${n}: ${formatNumber(lang, n)} ≠ ${f.format(n)}`);
    expect(wrong).toEqual([]);
  });
});
