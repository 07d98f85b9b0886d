import { describe, expect, it } from 'vitest';
import { boundNotices, listValues, MAX_NOTICES, quoteValue } from './notices';

describe('notices', () => {
  it('quotes a value on one line, cut past 40 characters', () => {
    expect(quoteValue('abc')).toBe('"abc"');
    expect(quoteValue('a\nb\u0000c')).toBe('"a b c"');
    expect(quoteValue('x'.repeat(300))).toBe(`"${'x'.repeat(39)}…"`);
    expect(quoteValue('😀'.repeat(50))).toBe(`"${'😀'.repeat(39)}…"`); // never half a character
  });
  it('lists three values and counts the rest', () => {
    expect(listValues(['a'])).toBe('"a"');
    expect(listValues(['a', 'b', 'c', 'd', 'e'])).toBe('"a", "b", "c" … (2 more)');
  });
  it('says each notice once and at most a handful', () => {
    expect(boundNotices(['x', 'x', 'y'])).toEqual(['x', 'y']);
    const many = boundNotices(Array.from({ length: 50 }, (_, i) => `n${i}`));
    expect(many).toHaveLength(MAX_NOTICES);
    expect(many.at(-1)).toBe('45 more notices about this link not shown');
  });
});
