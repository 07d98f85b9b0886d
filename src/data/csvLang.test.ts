// @vitest-environment node
// CSV downloads in the page's language: column names from the catalogues, ids, ISO codes and dates unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import raw from '../../data/atlas.json';
import { loadCatalogue } from '../i18n/catalogue';
import { LANGS } from '../i18n/langs';
import { parseCsv } from './csv';
import { FACT_COLUMNS, factsCsv, sourcesCsv } from './exportCsv';
import type { Dataset } from './schema';
import { tableCsv, tableRows } from './tableRows';
import { testAtlas, testSources } from './testAtlas';

const atlas = testAtlas();
const t = atlas.asOf;
const header = (csv: string) => csv.split('\r\n')[0];

beforeAll(async () => { await Promise.all(LANGS.map(loadCatalogue)); });

describe('CSV in six languages', () => {
  const filters = { 'unga-74-247': ['no'] };
  const rows = tableRows(atlas, filters, t);

  it('names the table columns in the language and keeps the ISO code column and values', () => {
    const expected: Record<string, string> = {
      en: 'Name,ISO3,UN regional group,Budapest Convention (CETS 185),',
      fr: 'Nom,ISO3,Groupe régional de l’ONU,"Convention sur la cybercriminalité (Budapest, STCE 185)",',
      es: 'Nombre,ISO3,Grupo regional de las Naciones Unidas,',
      ru: 'Название,ISO3,Региональная группа ООН,',
      zh: '名称,ISO3,联合国区域组,',
      ar: 'الاسم,ISO3,المجموعة الإقليمية للأمم المتحدة,',
    };
    for (const lang of LANGS) expect(header(tableCsv(atlas, testSources(), rows, t, filters, lang)).startsWith(expected[lang]), lang).toBe(true);
    const fr = parseCsv(tableCsv(atlas, testSources(), rows, t, filters, 'fr'));
    const usa = fr.find((r) => r.values.ISO3 === 'USA')!;
    expect(usa.values.Nom).toBe('États-Unis d’Amérique');
    expect(Object.values(usa.values)).toContain('État partie (2006-09-29)');
    expect(fr[fr.length - 1].values.Nom).toMatch(/^Atlas de la coopération contre la cybercriminalité, jeu de données v/);
  });

  it('leaves the English CSV as it was (the catalogue gives the same words)', () => {
    expect(header(factsCsv(raw as Dataset, 'en'))).toBe(FACT_COLUMNS.join(','));
    expect(FACT_COLUMNS[0]).toBe('family');
    expect(header(sourcesCsv(raw as Dataset))).toBe('source_id,url,title,as_of,what_it_supports,origin');
  });

  it('names the dataset download columns in the language, the cells stay the dataset\'s ids', () => {
    const ar = parseCsv(factsCsv(raw as Dataset, 'ar'));
    expect(Object.keys(ar[0].values)).toEqual(['الفئة', 'الكيان', 'اسم الكيان', 'الطرف المقابل', 'السمة', 'القيمة', 'التاريخ', 'غير مُتحقق منه', 'ملاحظة', 'معرّفات المصادر', 'روابط المصادر', 'الأصل']);
    expect(ar.some((r) => r.values['الكيان'] === 'USA')).toBe(true);
    expect(header(sourcesCsv(raw as Dataset, 'zh'))).toBe('来源标识,网址,标题,截至,所支持的内容,出处');
  });
});
