// Words in parentheses put together in code: one pair, never "(…) (…)" or a pair inside another.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { addParens, LANGS } from './langs';
import { statusWords } from '../views/map/describe';

describe('addParens', () => {
  it('opens a pair after words without one, joins the last pair of words that end with one', () => {
    expect(addParens('Yes', 'unverified', 'en')).toBe('Yes (unverified)');
    expect(addParens('Yes (27 December 2019)', 'unverified', 'en')).toBe('Yes (27 December 2019, unverified)');
    expect(addParens('是（2019年12月27日）', '未经核实', 'zh')).toBe('是（2019年12月27日，未经核实）');
    expect(addParens('نعم (27 ديسمبر 2019)', 'غير مؤكد', 'ar')).toBe('نعم (27 ديسمبر 2019، غير مؤكد)');
  });
});

describe("a mark's status with its caveats (map and network names, tooltips)", () => {
  beforeAll(() => Promise.all(LANGS.map((l) => loadCatalogue(l))));
  const vote = { cls: 'yes', date: '2019-12-27', atLatest: false, sources: [], unverified: true } as const;
  for (const lang of LANGS) {
    it(`${lang}: a vote's date and "unverified" in one pair`, () => {
      const words = statusWords('unga-74-247', { ...vote, sources: [] }, lang);
      expect(words.match(/[(（]/g)).toHaveLength(1);
      expect(words).toMatch(/[)）]$/);
    });
  }
});
