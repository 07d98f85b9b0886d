// @vitest-environment node
// Ids from links and deck files are any short text: one named like an Object.prototype member must be said as
// itself, never become an object or a function (an imported deck filtering on class "__proto__" made
// Intl.ListFormat throw in the deck dialog, and the page fell to its error screen).
import { describe, expect, it } from 'vitest';
import { describeFiltersIn, filterClassLabel, filterPhrase } from './filterWords';
import { classLabel, classShort } from './terms';
import { nameOf, shortNameOf } from './names';
import { entityName } from '../data/atlas';
import { groupName, groupShort, kindLabel, membershipWord, relationWord, stageWord } from './entityWords';
import { atlas } from '../briefing/slideTestAtlas';
import { DIMENSIONS } from '../data/filters';
import { LENS_IDS } from '../data/lenses';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('words for ids named like Object.prototype members', () => {
  for (const id of HOSTILE) {
    it(`"${id}" is said as itself`, () => {
      for (const lens of LENS_IDS) {
        expect(classLabel(lens, id, 'en')).toBe(id);
        expect(classShort(lens, id, 'fr')).toBe(id);
      }
      for (const word of [groupName(atlas, id, 'en'), groupShort(atlas, id, 'ar'), kindLabel(id, 'en'), membershipWord(id, 'en'), stageWord(id, 'en')]) {
        expect(word).toBe(id);
      }
      expect(entityName(atlas, id)).toBe(id);
      for (const lang of ['en', 'fr'] as const) {
        expect(nameOf(atlas, id, lang)).toBe(id);
        expect(shortNameOf(atlas, id, lang)).toBe(id);
      }
      expect(relationWord(id, 'en')).toBe(id.replace(/_/g, ' ')); // an unknown relation is its id in words
      for (const dim of DIMENSIONS) {
        expect(filterClassLabel(atlas, dim, id, 'en')).toBe(id);
        expect(describeFiltersIn(atlas, { [dim]: [id, 'party'] }, 'en')).toContain(id);
        expect(filterPhrase(atlas, { [dim]: [id] }, 'ru')).toEqual(expect.any(String));
      }
    });
  }
});
