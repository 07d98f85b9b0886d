// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlText } from './xmlText';
import { randomUnicode, seededRandom } from './fuzz';

/** XML 1.0's Char production, checked code point by code point: an oracle independent of the regexes. */
function isXmlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (!(c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd))) return false;
  }
  return true;
}

describe('xmlText', () => {
  it('maps the vertical tab (PowerPoint soft line break) and form feed to line breaks', () => {
    expect(xmlText('one\u000Btwo\u000Cthree')).toBe('one\ntwo\nthree');
  });
  it('drops the other C0 controls, lone surrogates and U+FFFE/U+FFFF, keeps tab, CR, LF and astral characters', () => {
    expect(xmlText('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(xmlText('x\uD800y\uDC00z')).toBe('xyz');
    expect(xmlText('\t\r\n😀 é 中')).toBe('\t\r\n😀 é 中');
  });
  it('leaves only XML characters in 2,000 random strings', () => {
    const rand = seededRandom(19);
    for (let i = 0; i < 2000; i++) {
      const s = randomUnicode(rand, 60);
      expect(isXmlChars(xmlText(s)), JSON.stringify(s)).toBe(true);
    }
  });
  it('escapes markup after cleaning', () => {
    expect(escapeXml('<a href="x">&\'\u0000</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
