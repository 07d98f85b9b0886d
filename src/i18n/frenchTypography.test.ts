// @vitest-environment node
// French typography: a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and inside
// « », in the French catalogue (the page, slides and .pptx read their words from it) and where code joins words (list
// separators, "name: status"). Before, the catalogue had a plain space before 87 colons, 38 semicolons and 4 question
// marks, and a French list was joined with "; ".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelSep, LANGS, listSep } from './langs';
import { quoteValue } from '../lib/notices';

const NB = '\u00a0', NNB = '\u202f';
const fr = JSON.parse(readFileSync('src/i18n/messages/fr.json', 'utf8')) as Record<string, string>;

/** What breaks French typography in a message; code (<code>…</code>) and a "?" standing for "unknown" after "· " aside. */
function faults(text: string): string[] {
  const s = text.replace(/<code>.*?<\/code>/g, '');
  const out: string[] = [];
  for (const m of s.matchAll(/(.)([;!?:])/gu)) {
    const [, before, mark] = m;
    const around = s.slice(Math.max(0, m.index - 12), m.index + 4);
    if (mark === '?' && s.slice(m.index - 1, m.index + 1) === '· ') continue;
    if (mark === ':') {
      if (/\s/.test(before) && before !== NB) out.push(`"${around}": ${JSON.stringify(before)} before ":"`);
      else if (/[\p{L})}»]/u.test(before)) out.push(`"${around}": no space before ":"`);
    } else if (before !== NNB) out.push(`"${around}": ${JSON.stringify(before)} before "${mark}"`);
  }
  for (const m of s.matchAll(/«(.)|(.)»/gu)) if ((m[1] ?? m[2]) !== NB) out.push(`"${m[0]}": no no-break space inside the guillemets`);
  return out;
}

/** Which spaces a catalogue puts in each place French sets one: inside « », before ":", before ; ! ?. One rule for a
 *  catalogue is one space per place; code and <code>, and the "?" that stands for "unknown" after "· ", aside. */
function spacesByPlace(messages: Record<string, string>): Record<'guillemets' | 'colon' | 'semicolonBangQuestion', Set<string>> {
  const out = { guillemets: new Set<string>(), colon: new Set<string>(), semicolonBangQuestion: new Set<string>() };
  const named = (c: string) => (c === NB ? 'U+00A0' : c === NNB ? 'U+202F' : c === ' ' ? 'space' : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  for (const text of Object.values(messages)) {
    const s = text.replace(/<code>.*?<\/code>/g, '');
    for (const m of s.matchAll(/«(.)|(.)»/gu)) out.guillemets.add(named(m[1] ?? m[2]));
    for (const m of s.matchAll(/(\s)([;!?:])/gu)) {
      if (m[2] === '?' && s.slice(m.index - 1, m.index + 1) === '· ') continue;
      (m[2] === ':' ? out.colon : out.semicolonBangQuestion).add(named(m[1]));
    }
  }
  return out;
}

describe('French typography', () => {
  // The rule: a no-break space (U+00A0) inside « » and before ":", a narrow no-break space (U+202F) before ; ! ?
  // (the Imprimerie nationale's rule). It is the one the catalogue has always used: 28 of 28 guillemets, 112 of 112
  // colons, 54 of 54 ; and ?. CLDR does not decide it: its French quotation marks are bare « », and Intl puts U+202F
  // in "12 345" and "12 km" but U+00A0 in "12 %" and "12,00 €".
  it('one rule for the whole French catalogue, the one the code uses too; a mixed catalogue fails', () => {
    const mixed = spacesByPlace({ a: `«${NB}un${NB}»`, b: `«${NNB}deux${NNB}»`, c: `Date${NNB}: x`, d: `x${NB}; y` });
    expect(Object.values(mixed).map((s) => s.size)).toEqual([2, 1, 1]);
    expect(spacesByPlace(fr)).toEqual({ guillemets: new Set(['U+00A0']), colon: new Set(['U+00A0']), semicolonBangQuestion: new Set(['U+202F']) });
    // the code's French joins and quotes set the same spaces
    expect(quoteValue('x', 'fr')).toBe(`«${NB}\u2068x\u2069${NB}»`);
    expect(labelSep('fr').startsWith(NB) && listSep('fr').startsWith(NNB)).toBe(true);
  });

  it('the oracle sees the faults French had', () => {
    expect(faults('Données : {families}')).toHaveLength(1);
    expect(faults('{a} ; {b}')).toHaveLength(1);
    expect(faults(`{a}${NB}; {b}`)).toHaveLength(1);
    expect(faults('supprimer {n} ?')).toHaveLength(1);
    expect(faults('« Comparer »')).toHaveLength(2);
    expect(faults(`Données${NB}: {a}${NNB}; « x » ? · ? inconnu <code>npm run data:build</code>`)).toHaveLength(3);
  });

  it('every French message sets its spaces before ; ! ? : and inside « » as French does', () => {
    const wrong = Object.entries(fr).flatMap(([key, text]) => faults(text).map((f) => `${key}: ${f}`));
    expect(wrong).toEqual([]);
  });

  it('joins French lists and "name: status" with no-break spaces, other languages as before', () => {
    expect(listSep('fr')).toBe(`${NNB}; `);
    expect(labelSep('fr')).toBe(`${NB}: `);
    for (const lang of LANGS.filter((l) => l !== 'fr' && l !== 'zh')) expect(labelSep(lang)).toBe(': ');
    expect(listSep('en')).toBe('; ');
  });
});
