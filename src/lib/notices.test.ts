import { beforeAll, describe, expect, it } from 'vitest';
import { boundNotices, isolate, listValues, MAX_NOTICES, quoteValue } from './notices';
import { formatMessage, loadCatalogue } from '../i18n/catalogue';
import { LANGS } from '../i18n/langs';

const FSI = '\u2068', PDI = '\u2069';

describe('notices', () => {
  beforeAll(() => Promise.all([loadCatalogue('en'), loadCatalogue('zh'), loadCatalogue('ar')]));

  it('quotes a value on one line, cut past 40 characters', () => {
    expect(quoteValue('abc', 'en')).toBe(`“${FSI}abc${PDI}”`);
    expect(quoteValue('a\nb\u0000c', 'en')).toBe(`“${FSI}a b c${PDI}”`);
    expect(quoteValue('x'.repeat(300), 'en')).toBe(`“${FSI}${'x'.repeat(39)}…${PDI}”`);
    expect(quoteValue('😀'.repeat(50), 'en')).toBe(`“${FSI}${'😀'.repeat(39)}…${PDI}”`); // never half a character
  });

  // Before, every language got ASCII "…": "banana" in Russian, Arabic or Chinese text, and in an Arabic notice a
  // Latin value could take the marks and the words beside it into its own left-to-right run.
  it('quotes as each language does, the value isolated for bidi', () => {
    const quoted = Object.fromEntries(LANGS.map((l) => [l, quoteValue('banana', l)]));
    expect(quoted).toEqual({
      en: `“${FSI}banana${PDI}”`,
      fr: `«\u00a0${FSI}banana${PDI}\u00a0»`, // the French catalogue's no-break space inside « »
      es: `«${FSI}banana${PDI}»`,
      ru: `«${FSI}banana${PDI}»`,
      zh: `“${FSI}banana${PDI}”`,
      ar: `«${FSI}banana${PDI}»`,
    });
    for (const q of Object.values(quoted)) expect(q).not.toContain('"');
  });

  it('drops the bidi controls a value brings, so it can neither close its isolate nor reorder the sentence', () => {
    expect(quoteValue('a\u2069\u202eb\u200fc\u2066', 'ar')).toBe(`«${FSI}abc${PDI}»`);
  });

  it('lists three values and counts the rest, separated as the language separates them', () => {
    expect(listValues(['a'], 'en')).toBe(`“${FSI}a${PDI}”`);
    expect(listValues(['a', 'b', 'c', 'd', 'e'], 'en')).toBe(`“${FSI}a${PDI}”, “${FSI}b${PDI}”, “${FSI}c${PDI}” … (2 more)`);
    expect(listValues(['a', 'b'], 'zh')).toBe(`“${FSI}a${PDI}”、“${FSI}b${PDI}”`);
    expect(listValues(['a', 'b'], 'ar')).toBe(`«${FSI}a${PDI}»، «${FSI}b${PDI}»`);
  });

  it('says each notice once and at most a handful', () => {
    expect(boundNotices(['x', 'x', 'y'])).toEqual(['x', 'y']);
    const many = boundNotices(Array.from({ length: 50 }, (_, i) => `n${i}`));
    expect(many).toHaveLength(MAX_NOTICES);
    expect(many.at(-1)).toBe('45 more notices about this link not shown');
  });

  it("isolates a deck's own title in the sentence that names it, dropping the bidi controls it brings", () => {
    expect(isolate('Budapest\u202e today\n')).toBe('\u2068Budapest today \u2069');
    // an Arabic title in an English confirmation and an English one in an Arabic notice each stay one run
    expect(formatMessage('en', 'deck.imported', { title: isolate('دليل الإحاطة'), count: 2 })).toBe('Imported “\u2068دليل الإحاطة\u2069” (2 steps).');
    expect(formatMessage('ar', 'deck.deleteConfirm', { n: 2, title: isolate('Budapest today') })).toContain('«\u2068Budapest today\u2069»');
  });
});

