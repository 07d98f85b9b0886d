// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { allNames, nameOf, nameWithSource } from './names';
import { defaultLang } from './langs';

const atlas = testAtlas();

describe('UN names in the six languages', () => {
  it('gives the Republic of Korea its UN short name in each language (the issue\'s acceptance names)', () => {
    expect(nameOf(atlas, 'KOR', 'en')).toBe('Republic of Korea');
    expect(nameOf(atlas, 'KOR', 'fr')).toBe('République de Corée');
    expect(nameOf(atlas, 'KOR', 'es')).toBe('República de Corea');
    expect(nameOf(atlas, 'KOR', 'ru')).toBe('Республика Корея');
    expect(nameOf(atlas, 'KOR', 'zh')).toBe('大韩民国');
    expect(nameOf(atlas, 'KOR', 'ar')).toBe('جمهورية كوريا');
  });

  it('names every Member and observer State from the UN list in every language', () => {
    const states = atlas.countries.filter((c) => c.kind !== 'territory');
    expect(states).toHaveLength(195);
    for (const c of states)
      for (const lang of ['ar', 'zh', 'fr', 'ru', 'es'] as const) expect(nameWithSource(atlas, c.id, lang).source, `${c.id} ${lang}`).toBe('un');
  });

  it('falls back to the browser\'s locale names for territories the UN list does not name, and says so', () => {
    const tw = nameWithSource(atlas, 'TWN', 'fr');
    expect(tw.source).toBe('browser');
    expect(tw.name).toBe(new Intl.DisplayNames(['fr'], { type: 'region' }).of('TW'));
    expect(nameWithSource(atlas, 'XKX', 'ru').source).toBe('browser');
  });

  it('keeps organisations in their dataset name when no translation is sourced', () => {
    const id = atlas.dataset.nodes[0].id;
    expect(nameWithSource(atlas, id, 'zh')).toEqual({ name: atlas.dataset.nodes[0].label, source: 'dataset' });
  });

  it('lists the names in all six languages and the aliases for search', () => {
    const names = allNames(atlas, 'KOR');
    expect(names).toEqual(expect.arrayContaining(['Republic of Korea', 'République de Corée', 'Республика Корея', '大韩民国', 'جمهورية كوريا']));
  });
});

describe('default language', () => {
  it('takes the first of the browser\'s languages that is one of the six', () => {
    expect(defaultLang(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(defaultLang(['zh-Hans-CN'])).toBe('zh');
    expect(defaultLang(['de', 'ja'])).toBe('en');
    expect(defaultLang(undefined)).toBe('en');
  });
});
