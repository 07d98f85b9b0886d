// A class's narrow-column form (the cross-tab's heads, a slide's table where the full label is cut) means what its full
// label means under the same lens, in every language.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { LANGS } from './langs';
import { LENSES, LENS_IDS } from '../data/lenses';
import { classLabel, classShort } from './terms';

beforeAll(() => Promise.all(LANGS.map((l) => loadCatalogue(l))));

describe('classShort', () => {
  it('"none" is "Not party" under a treaty and "Not signed" under the UN convention; a CETS 224 Party is "Ratified"', () => {
    expect(classShort('budapest', 'none', 'en')).toBe('Not party');
    expect(classShort('un-convention', 'none', 'en')).toBe('Not signed');
    expect(classShort('budapest-p2', 'party', 'en')).toBe('Ratified');
    expect(classShort('budapest', 'party', 'en')).toBe('Party');
  });

  it('Russian heads are short enough for a 480 px panel, one form per status across lenses', () => {
    expect(classShort('budapest', 'party', 'ru')).toBe('Участник');
    expect(classShort('budapest-p2', 'party', 'ru')).toBe('Ратифиц.');
    expect(classShort('un-convention', 'ratified', 'ru')).toBe('Ратифиц.');
    expect(classShort('budapest', 'unknown', 'ru')).toBe('Неизв.');
  });

  for (const lang of LANGS) {
    it(`${lang}: an abstention, a State that did not vote, one invited and an unknown status are called what their full label calls them (the label, or its first words, or an abbreviation of them)`, () => {
      for (const [lens, cls] of [['unga-74-247', 'abstain'], ['unga-74-247', 'absent'], ['budapest', 'invited'], ['budapest', 'unknown']] as const) {
        const short = classShort(lens, cls, lang);
        expect(classLabel(lens, cls, lang).startsWith(short.replace(/\.$/, '')), `${lens} ${cls}: "${short}" / "${classLabel(lens, cls, lang)}"`).toBe(true);
      }
    });

    it(`${lang}: never longer than the full label, and a class the full labels tell apart stays apart`, () => {
      for (const lens of LENS_IDS) {
        const classes = [...new Set([...LENSES[lens].classes, 'unknown', 'no-data'])];
        const shorts = new Map<string, string>();
        for (const cls of classes) {
          const short = classShort(lens, cls, lang);
          expect(short.length, `${lens} ${cls}`).toBeLessThanOrEqual(classLabel(lens, cls, lang).length);
          expect(shorts.has(short), `${lens}: "${short}" for ${shorts.get(short)} and ${cls}`).toBe(false);
          shorts.set(short, cls);
        }
      }
    });
  }
});
