// @vitest-environment node
import { describe, expect, it } from 'vitest';
import names from 'virtual:search-names';
import { testAtlas } from './testAtlas';
import { buildSearchIndex, normalise, search } from './search';
import { INSTRUMENT_LABELS } from './atlas';
import { outlineBlocs } from './blocs';
import { formatMessage, loadCatalogue, useCatalogues } from '../i18n/catalogue';
import { groupNames } from '../i18n/entityWords';
import { LANGS, type Lang } from '../i18n/langs';
import { allNames, CATALOGUED_NODES } from '../i18n/names';

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

describe('network nodes and blocs by their names in every language, on any page (virtual:search-names)', () => {
  const atlas = testAtlas();
  /** Runs `f` as on a page whose only catalogue is `lang`'s (and English), whatever other tests have loaded. */
  const onlyLoaded = <T,>(langs: Lang[], f: () => T): T => {
    const loaded = useCatalogues.getState().loaded;
    useCatalogues.setState({ loaded: Object.fromEntries(langs.map((l) => [l, loaded[l]])) });
    try { return f(); } finally { useCatalogues.setState({ loaded }); }
  };

  it('«Интерпол» on an English page finds INTERPOL, labelled in English; without the generated names it did not', () => {
    onlyLoaded(['en'], () => {
      expect(search(buildSearchIndex(atlas, 'en'), 'Интерпол').map((h) => h.id)).not.toContain('interpol');
      const index = buildSearchIndex(atlas, 'en', names);
      expect(search(index, 'Интерпол')[0]).toMatchObject({ id: 'interpol', label: 'INTERPOL', matched: 'Интерпол' });
      const cases: [string, string][] = [['CEDEAO', 'ecowas'], ['ФБР', 'fbi'], ['国际刑警组织', 'interpol'], ['الإنتربول', 'interpol'],
        ['Европол', 'europol'], ['Union africaine', 'bloc:au'], ['非洲联盟', 'bloc:au'], ['Delincuencia Organizada', 'untoc']];
      for (const [q, id] of cases) expect(search(index, q).map((h) => h.id), q).toContain(id);
    });
    onlyLoaded(['en', 'zh'], () => {
      expect(search(buildSearchIndex(atlas, 'zh', names), 'CEDEAO')[0]).toMatchObject({ id: 'ecowas', label: formatMessage('zh', 'nodeName.ecowas') });
    });
  });

  it('knows each node and bloc by exactly the names all six catalogues give it (oracle: the catalogues loaded)', async () => {
    await Promise.all(LANGS.map(loadCatalogue));
    const nodes = [...CATALOGUED_NODES, ...Object.keys(INSTRUMENT_LABELS)];
    const blocs = outlineBlocs(atlas).map((b) => b.id);
    const all = { nodes: nodes.map((id) => new Set(allNames(atlas, id))), blocs: blocs.map((id) => new Set(groupNames(atlas, id))) };
    onlyLoaded(['en'], () => {
      nodes.forEach((id, i) => expect(new Set(allNames(atlas, id, names)), id).toEqual(all.nodes[i]));
      blocs.forEach((id, i) => expect(new Set(groupNames(atlas, id, names)), id).toEqual(all.blocs[i]));
      // and only English's without them: the case the names are for
      expect(new Set(allNames(atlas, 'interpol'))).not.toEqual(all.nodes[nodes.indexOf('interpol')]);
    });
  });
});
