// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_LABELS } from '../data/atlas';
import { testAtlas } from '../data/testAtlas';
import { loadCatalogue, useCatalogues } from './catalogue';
import { allNames, CATALOGUED_NODES, labelOf, nameOf, nameWithSource, shortNameOf } from './names';
import { defaultLang, LANGS } from './langs';

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

  it('keeps an entity the catalogues do not name in its dataset name', () => {
    expect(nameWithSource(atlas, 'no-such-node', 'zh')).toEqual({ name: 'no-such-node', source: 'dataset' });
  });

  it('lists the names in all six languages and the aliases for search', () => {
    const names = allNames(atlas, 'KOR');
    expect(names).toEqual(expect.arrayContaining(['Republic of Korea', 'République de Corée', 'Республика Корея', '大韩民国', 'جمهورية كوريا']));
  });
});

describe('the network\'s organisations, agencies and instruments in the six languages', () => {
  beforeAll(() => Promise.all(LANGS.map(loadCatalogue)));
  const nodes = [...atlas.dataset.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label })),
    ...Object.entries(INSTRUMENT_LABELS).map(([id, label]) => ({ id, kind: 'instrument' as const, label }))];

  it('names every node of the dataset in every catalogue, each language its own name', () => {
    expect(nodes).toHaveLength(32);
    expect([...CATALOGUED_NODES].sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const n of nodes) {
      for (const lang of ['fr', 'es', 'ru', 'zh', 'ar'] as const) {
        const { name, source } = nameWithSource(atlas, n.id, lang);
        expect(source, `${n.id} ${lang}`).toBe('catalogue');
        expect(name.trim(), `${n.id} ${lang}`).toBeTruthy();
      }
      // a script's own name where the language has its own script (Microsoft and GLACY-e… keep their Latin name)
      if (!['microsoft', 'glacy-e', 'cybereast', 'cybersouth'].includes(n.id))
        for (const lang of ['ru', 'zh', 'ar'] as const) expect(nameOf(atlas, n.id, lang), `${n.id} ${lang}`).toMatch(/[\u0400-\u04FF\u4E00-\u9FFF\u0600-\u06FF]/);
      expect(nameWithSource(atlas, n.id, 'en')).toEqual({ name: n.label, source: 'dataset' });
    }
  });

  it('keeps the English catalogue\'s node names equal to the dataset\'s labels (one name, two places, kept in step)', () => {
    const en = JSON.parse(readFileSync(resolve(process.cwd(), 'src/i18n/messages/en.json'), 'utf8')) as Record<string, string>;
    const keys = Object.keys(en).filter((k) => k.startsWith('nodeName.'));
    expect(keys).toHaveLength(24);
    for (const k of keys) expect(en[k], k).toBe(atlas.nodeById.get(k.slice('nodeName.'.length))?.label);
  });

  it('gives the official titles found in the sources (oracle: the texts as the depositaries and parties publish them)', () => {
    // UNTOC in its six authentic languages (treaties.un.org, UNODC)
    expect(nameOf(atlas, 'untoc', 'fr')).toMatch(/^Convention des Nations Unies contre la criminalité transnationale organisée \(/);
    expect(nameOf(atlas, 'untoc', 'es')).toMatch(/^Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional \(/);
    expect(nameOf(atlas, 'untoc', 'ru')).toMatch(/^Конвенция Организации Объединенных Наций против транснациональной организованной преступности \(/);
    expect(nameOf(atlas, 'untoc', 'zh')).toMatch(/^联合国打击跨国有组织犯罪公约（/);
    expect(nameOf(atlas, 'untoc', 'ar')).toMatch(/^اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية \(/);
    // the CIS agreements' and the SCO agreement's Russian originals, the SCO agreement's Chinese text, the Arab
    // Convention's Arabic original, the Malabo Convention's French title
    expect(nameOf(atlas, 'cis-2001', 'ru')).toMatch(/^Соглашение о сотрудничестве государств – участников Содружества Независимых Государств в борьбе с преступлениями в сфере компьютерной информации \(Минск/);
    expect(nameOf(atlas, 'cis-2018', 'ru')).toMatch(/^Соглашение о сотрудничестве государств – участников Содружества Независимых Государств в борьбе с преступлениями в сфере информационных технологий \(Душанбе/);
    expect(nameOf(atlas, 'sco-2009', 'ru')).toMatch(/^Соглашение между правительствами государств – членов Шанхайской организации сотрудничества о сотрудничестве в области обеспечения международной информационной безопасности \(/);
    expect(nameOf(atlas, 'sco-2009', 'zh')).toMatch(/^上海合作组织成员国保障国际信息安全政府间合作协定（/);
    expect(nameOf(atlas, 'arab-ict', 'ar')).toMatch(/^الاتفاقية العربية لمكافحة جرائم تقنية المعلومات \(/);
    expect(nameOf(atlas, 'malabo', 'fr')).toMatch(/^Convention de l’Union africaine sur la cybersécurité et la protection des données à caractère personnel \(/);
    expect(nameOf(atlas, 'eurojust', 'es')).toBe('Eurojust (Agencia de la Unión Europea para la Cooperación Judicial Penal)');
    expect(nameOf(atlas, 'oas-mla', 'es')).toMatch(/^Convención Interamericana sobre Asistencia Mutua en Materia Penal \(/);
  });

  it('labels the network with short forms: the catalogues\' own, else the name\'s acronym or the name before its parenthesis', () => {
    expect(labelOf(atlas, { id: 'untoc', kind: 'instrument', label: '' }, 'en')).toBe('UNTOC');
    expect(labelOf(atlas, { id: 'cis', kind: 'organisation', label: '' }, 'ru')).toBe('СНГ');
    expect(labelOf(atlas, { id: 'ec3', kind: 'agency', label: 'European Cybercrime Centre (EC3)' }, 'zh')).toBe('EC3');
    expect(labelOf(atlas, { id: 'europol', kind: 'agency', label: '' }, 'zh')).toBe('欧洲刑警组织');
    expect(labelOf(atlas, { id: 'europol', kind: 'agency', label: '' }, 'ar')).toBe('اليوروبول');
    expect(labelOf(atlas, { id: 'KOR', kind: 'country', label: 'Republic of Korea' }, 'fr')).toBe('République de Corée');
    for (const n of nodes) for (const lang of LANGS) {
      const label = labelOf(atlas, n, lang);
      expect(label.trim(), `${n.id} ${lang}`).toBeTruthy();
      expect(label.length, `${n.id} ${lang}: ${label}`).toBeLessThanOrEqual(34);
    }
  });

  it('keeps the dataset\'s name while no catalogue has arrived (never a message key)', () => {
    const loaded = useCatalogues.getState().loaded;
    useCatalogues.setState({ loaded: {} });
    try {
      expect(nameWithSource(atlas, 'europol', 'zh')).toEqual({ name: atlas.nodeById.get('europol')!.label, source: 'dataset' });
      expect(labelOf(atlas, { id: 'europol', kind: 'agency', label: atlas.nodeById.get('europol')!.label }, 'en')).toBe('Europol');
      expect(allNames(atlas, 'europol').some((n) => n.startsWith('node'))).toBe(false);
    } finally {
      useCatalogues.setState({ loaded });
    }
  });

  it('shortens bodies and instruments where room is short, never countries or blocs', () => {
    expect(shortNameOf(atlas, 'cis-2018', 'ru')).toBe('Соглашение СНГ 2018');
    expect(shortNameOf(atlas, 'europol', 'fr')).toBe('Europol');
    expect(shortNameOf(atlas, 'GBR', 'fr')).toBe(nameOf(atlas, 'GBR', 'fr'));
    expect(shortNameOf(atlas, 'bloc:sco', 'fr')).toBe('Organisation de Shanghai pour la coopération');
  });

  it('finds a node by its names and short forms in every language whose catalogue has loaded', () => {
    expect(allNames(atlas, 'ecowas')).toEqual(expect.arrayContaining(['CEDEAO', 'ЭКОВАС', '西非国家经济共同体（西非经共体）', 'إيكواس']));
    expect(allNames(atlas, 'interpol')).toEqual(expect.arrayContaining(['INTERPOL', 'Интерпол', '国际刑警组织', 'الإنتربول']));
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
