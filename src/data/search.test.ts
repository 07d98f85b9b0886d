import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { buildSearchIndex, normalise, search } from './search';

const index = buildSearchIndex(testAtlas());
const top = (q: string) => search(index, q)[0]?.id;

describe('search', () => {
  it('ignores diacritics, case and punctuation', () => {
    expect(normalise('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(top('Turkiye')).toBe('TUR');
    expect(top("cote d'ivoire")).toBe('CIV');
    expect(top('CÔTE')).toBe('CIV');
  });
  it('finds aliases and says which one matched', () => {
    const hit = search(index, 'South Korea')[0];
    expect(hit.id).toBe('KOR');
    expect(hit.matched).toBe('South Korea');
    expect(top('Turkey')).toBe('TUR');
  });
  it('finds a country by its name in any of the six languages, whatever the page\'s language', () => {
    for (const lang of ['en', 'fr', 'ar', 'zh', 'ru', 'es'] as const) {
      const idx = buildSearchIndex(testAtlas(), lang);
      for (const q of ['Corée', 'coree', 'Корея', 'КОРЕЯ', '韩国', '大韩民国', 'كوريا', 'República de Corea', 'Republic of Korea', 'KOR'])
        expect(search(idx, q)[0]?.id, `${q} (page in ${lang})`).toBe('KOR');
    }
  });
  it('labels hits in the page\'s language and says which other name matched', () => {
    const hit = search(buildSearchIndex(testAtlas(), 'fr'), 'Корея')[0];
    expect(hit.label).toBe('République de Corée');
    expect(hit.matched).toBe('Республика Корея');
    expect(search(buildSearchIndex(testAtlas(), 'zh'), 'Allemagne')[0]).toMatchObject({ id: 'DEU', label: '德国' });
  });
  it('finds ISO3 and ISO numeric codes', () => {
    expect(top('KOR')).toBe('KOR');
    expect(top('kor')).toBe('KOR');
    expect(top('410')).toBe('KOR');
    expect(top('usa')).toBe('USA');
  });
  it('finds organisations and instruments', () => {
    expect(top('europol')).toBe('europol');
    expect(search(index, 'budapest').map((h) => h.id)).toContain('budapest');
    expect(search(index, 'interpol').map((h) => h.kind)).toContain('organisation');
  });
  it('ranks prefixes above substrings and returns nothing for nothing', () => {
    const ids = search(index, 'nig', 20).map((h) => h.id);
    expect(ids.indexOf('NER')).toBeLessThan(ids.length);
    expect(ids.slice(0, 2).sort()).toEqual(['NER', 'NGA']);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });
});
