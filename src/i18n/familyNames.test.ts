// @vitest-environment node
// A link family's full name heads the record's groups and the compare rows at every as-of date, so it cannot carry a
// count: "INTERPOL (196 members)" headed the group of a country in 2005, when INTERPOL had 144 members (the chip and
// the hub count at the date: graph/universal.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { EDGE_FAMILIES } from '../graph/model';
import { loadCatalogue } from './catalogue';
import { familyLabel } from './entityWords';
import { LANGS } from './langs';

beforeAll(() => Promise.all(LANGS.map(loadCatalogue)));

describe('link families\' full names', () => {
  it('hold no membership count in any language (a count belongs to a date; "24/7" and "Art. 35" are names)', () => {
    const counted = LANGS.flatMap((lang) => EDGE_FAMILIES.map((f) => `${lang} ${f}: ${familyLabel(f, lang)}`)).filter((s) => /\d{3}/.test(s.split(': ').slice(1).join(': ')));
    expect(counted).toEqual([]);
  });
});
