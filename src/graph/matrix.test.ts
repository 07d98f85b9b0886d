// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entityName } from '../data/atlas';
import { testAtlas } from '../data/testAtlas';
import { countryRelations } from '../data/relations';
import { statusAt } from '../data/lenses';
import { stateGroupOf, STATE_GROUPS } from './ego';
import { cellOf, columnShort, columnTitle, headingLines, MATRIX_COLUMNS, matrixRows } from './matrix';
import { loadCatalogue } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import { buildGraph } from './model';

const atlas = testAtlas();

/** 20 countries drawn with a seeded generator (reproducible), and two dates. */
function sample(seed: number, n: number): string[] {
  let s = seed;
  const ids = atlas.countries.filter((c) => c.kind !== 'territory').map((c) => c.id);
  const out = new Set<string>(['KOR', 'GBR']);
  while (out.size < n) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; out.add(ids[s % ids.length]); }
  return [...out];
}

describe('matrix', () => {
  for (const t of ['2019-12-27', atlas.asOf]) {
    const graph = buildGraph(atlas, t);
    it(`agrees with the map and the record for 20 random countries at ${t}`, () => {
      for (const id of sample(7, 20)) {
        // the record's relations, an independent reading of the same graph (grouped by family, national bodies apart)
        const own = countryRelations(graph, id, (x) => entityName(atlas, x)).filter((g) => !g.key.startsWith('via:')).flatMap((g) => g.items);
        for (const col of MATRIX_COLUMNS) {
          const cell = cellOf(atlas, graph, col, id, t);
          if (col.lens) {
            // the map's class under that lens
            expect(cell.cls, `${id} ${col.id}`).toBe(statusAt(atlas, col.lens, id, t).cls);
            continue;
          }
          const items = own.filter((r) => col.targets!.includes(r.other) || (col.id === 'cloud-act' && (r.link.relation === 'cloud_act_agreement' || r.link.relation === 'enacted')));
          const want = items.length ? STATE_GROUPS.find((s) => items.some((r) => stateGroupOf(r.link.stage) === s)) : 'none';
          expect(cell.state, `${id} ${col.id} at ${t}`).toBe(want);
        }
      }
    });
  }

  it('shows the Republic of Korea in Europol (in force) and Eurojust (signed), not in Budapest', () => {
    const g = buildGraph(atlas, atlas.asOf);
    const col = (id: string) => MATRIX_COLUMNS.find((c) => c.id === id)!;
    expect(cellOf(atlas, g, col('europol'), 'KOR', atlas.asOf).state).toBe('in-force');
    expect(cellOf(atlas, g, col('eurojust'), 'KOR', atlas.asOf).state).toBe('signed');
    expect(cellOf(atlas, g, col('budapest'), 'KOR', atlas.asOf).state).toBe('none');
    expect(cellOf(atlas, g, col('cloud-act'), 'GBR', atlas.asOf).state).toBe('in-force');
  });

  it('groups rows by lens class, UN group or bloc, every country once', () => {
    const ids = sample(3, 30);
    for (const sort of ['lens', 'region', 'bloc'] as const) {
      const groups = matrixRows(atlas, ids, sort, 'budapest', atlas.asOf, (id) => entityName(atlas, id));
      expect(groups.flatMap((g) => g.rows).sort()).toEqual([...ids].sort());
    }
    const byLens = matrixRows(atlas, ids, 'lens', 'budapest', atlas.asOf, (id) => entityName(atlas, id));
    for (const g of byLens) for (const id of g.rows) expect(statusAt(atlas, 'budapest', id, atlas.asOf).cls).toBe(g.key);
  });
});

describe('the live matrix\'s vertical headings', () => {
  it('sets a heading longer than the longest one-word heading on two lines, cut at a space; the rest on one', async () => {
    await Promise.all(LANGS.map(loadCatalogue));
    for (const lang of LANGS) for (const c of MATRIX_COLUMNS) {
      const text = columnShort(c, lang);
      const lines = headingLines(text);
      expect(lines.join(' '), `${lang} ${c.id}`).toBe(text);
      expect(lines.length, `${lang} ${c.id}`).toBe(text.length > 12 && text.includes(' ') ? 2 : 1);
    }
    // the heading that made the Arabic header 122 px tall: "convention" above "United Nations"
    expect(headingLines('اتفاقية الأمم المتحدة')).toEqual(['اتفاقية', 'الأمم المتحدة']);
  });
});

describe('the matrix names a body as the network does on the same page', () => {
  it('CIS, SCO, ECOWAS and UNTOC columns in the page language\'s acronyms (СНГ, not CIS, on a Russian page)', async () => {
    await Promise.all(LANGS.map(loadCatalogue));
    const col = (id: string) => MATRIX_COLUMNS.find((c) => c.id === id)!;
    expect(['cis', 'sco-2009', 'ecowas-dir-2011', 'untoc'].map((id) => columnShort(col(id), 'ru'))).toEqual(['СНГ', 'ШОС', 'ЭКОВАС', 'КТОП ООН']);
    expect(['cis', 'sco-2009', 'ecowas-dir-2011'].map((id) => columnShort(col(id), 'fr'))).toEqual(['CEI', 'OCS', 'CEDEAO']);
    expect(['cis', 'sco-2009', 'ecowas-dir-2011', 'untoc'].map((id) => columnShort(col(id), 'en'))).toEqual(['CIS', 'SCO', 'ECOWAS', 'UNTOC']);
  });
});

describe('every matrix column is titled and headed in the page\'s language', () => {
  it('OAS convention headed with the OAS acronym of the language (OEA, ОАГ) and titled with its full name; no English title on another page', async () => {
    await Promise.all(LANGS.map(loadCatalogue));
    const col = (id: string) => MATRIX_COLUMNS.find((c) => c.id === id)!;
    expect(['fr', 'es', 'ru', 'en'].map((l) => columnShort(col('oas-mla'), l as Lang))).toEqual(['OEA A-55', 'OEA A-55', 'ОАГ A-55', 'OAS MLA']);
    const name = (lang: Lang) => (id: string) => nameOf(atlas, id, lang);
    expect(columnTitle(col('cis'), 'ru', name('ru'))).toMatch(/^Соглашение о сотрудничестве государств/);
    expect(columnTitle(col('europol'), 'fr', name('fr'))).toContain('Centre européen de lutte contre la cybercriminalité');
    // the acronym columns, and those of two nodes (their English label was the title on every page)
    const ids = ['j-cat', 'cloud-act', 'g7-247', 'oas-mla', 'europol', 'cis'];
    for (const lang of LANGS.filter((l) => l !== 'en')) for (const id of ids) {
      expect(columnTitle(col(id), lang, name(lang)), `${lang} ${id}`).not.toBe(columnTitle(col(id), 'en', name('en')));
    }
  });
});

