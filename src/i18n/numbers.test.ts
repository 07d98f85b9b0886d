// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LANGS } from './langs';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it.each(LANGS)('%s: writes what Intl.NumberFormat writes, small whole numbers and the rest', (lang) => {
    const f = new Intl.NumberFormat(lang);
    for (const n of [...Array.from({ length: 1000 }, (_, i) => i), 1000, 1234, 12345.5, -3, -0, 0.25, 2.5e6])
      expect(formatNumber(lang, n), `${lang} ${n}`).toBe(f.format(n));
  });
});
