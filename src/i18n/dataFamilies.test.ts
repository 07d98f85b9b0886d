// @vitest-environment node
// The header's tooltip of the data families' as-of notes, in the page's language: the families named in it, the
// data's English notes isolated on an Arabic page, joined as each language joins a label and a list. It gave the
// data's English names joined with ": " and "; " on every page.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { LANGS } from './langs';
import { familiesAsOfList, familyAsOf } from './dataFamilies';

beforeAll(() => Promise.all(LANGS.map(loadCatalogue)));

const FAMILIES = [
  { id: 'budapest', label: 'Budapest Convention (CETS 185) and protocols', asOf: 'early 2026 (CoE counts to 2025-10-28)' },
  { id: 'network', label: 'Cooperation network', asOf: 'to Jul 2025' },
];

describe('the data families\' as-of list', () => {
  it('is the data\'s own words in English', () => {
    expect(familiesAsOfList(FAMILIES, 'en')).toBe('Budapest Convention (CETS 185) and protocols: early 2026 (CoE counts to 2025-10-28); Cooperation network: to Jul 2025');
  });

  it('names the families in French, with a no-break space before ":" and a narrow one before ";"', () => {
    expect(familiesAsOfList(FAMILIES, 'fr')).toBe('Budapest\u00a0: early 2026 (CoE counts to 2025-10-28)\u202f; réseau\u00a0: to Jul 2025');
  });

  it('isolates the English notes in an Arabic line and joins with the Arabic semicolon', () => {
    expect(familiesAsOfList(FAMILIES, 'ar')).toMatch(/^بودابست: \u2066early 2026 \(CoE counts to 2025-10-28\)\u2069؛ .+: \u2066to Jul 2025\u2069$/);
  });

  it('joins Chinese with full-width punctuation, and keeps a family the catalogues do not name as the data writes it', () => {
    const list = familiesAsOfList([...FAMILIES, { id: 'later', label: 'A later family', asOf: '2027' }], 'zh');
    expect(list).toContain('：early 2026');
    expect(list.split('；')).toHaveLength(3);
    expect(list.endsWith('A later family：2027')).toBe(true);
    for (const lang of LANGS.filter((l) => l !== 'en')) expect(familiesAsOfList(FAMILIES, lang), lang).not.toContain('Cooperation network');
  });

  it('reads as Russian phrases in the header\'s line: the treaty named by its noun, "на начало", votes in lower case mid-line', () => {
    const line = [{ id: 'budapest', asOf: 'to Feb 2026' }, { id: 'votes', asOf: '2018–2019' }, { id: 'blocs', asOf: 'early 2026' }]
      .map((f) => familyAsOf(f, 'ru').text);
    expect(line).toEqual(['Будапештская конвенция по февр. 2026 г.', 'голосования в ООН 2018–2019', 'объединения на начало 2026 г.']);
  });
});
