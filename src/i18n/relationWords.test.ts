// @vitest-environment node
// Every relation the network draws, the data's and those the graph model makes from a State's treaty status
// ("signatory", "invited"), has a word in each language: the record showed "signatory, подписано, 25 октября 2025 г."
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { buildGraph } from '../graph/model';
import { loadCatalogue } from './catalogue';
import { relationWord, stageWord } from './entityWords';
import { LANGS } from './langs';

beforeAll(() => Promise.all(LANGS.map(loadCatalogue)));

describe('relation words', () => {
  const atlas = testAtlas();
  // the dataset's last day and a day when States had signed the UN convention and were invited to Budapest
  const links = ['2026-02-05', '2025-11-01', '2015-01-01'].flatMap((t) => buildGraph(atlas, t).links);
  const relations = [...new Set(links.map((l) => l.relation))].sort();

  it('covers the treaty links the model makes', () => expect(relations).toEqual(expect.arrayContaining(['invited', 'signatory'])));

  for (const lang of LANGS) {
    it(`${lang}: no relation reads as its id`, () => {
      // French writes "liaison" as English does
      const raw = relations.filter((r) => relationWord(r, lang) === r.replace(/_/g, ' ') && lang !== 'en' && !(lang === 'fr' && r === 'liaison'));
      expect(raw).toEqual([]);
      // a status link says its stage once
      expect(relationWord('signatory', lang)).toBe(stageWord('signed', lang));
    });
  }
});
