// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTypeAhead, TYPE_AHEAD_MS, typeAheadMatch } from './rovingFocus';

const names: Record<string, string> = { SVK: 'Slovakia', SVN: 'Slovenia', ESP: 'Spain', SWE: 'Sweden', TUV: 'Tuvalu' };
const order = Object.keys(names);
const nameOf = (id: string) => names[id];

describe('typeAheadMatch', () => {
  it('cycles through names with the same first letter', () => {
    expect(typeAheadMatch(order, nameOf, 'TUV', 's')).toBe('SVK');
    expect(typeAheadMatch(order, nameOf, 'SVK', 's')).toBe('SVN');
    expect(typeAheadMatch(order, nameOf, 'SWE', 's')).toBe('SVK');
  });

  it('keeps the current mark while a longer prefix still matches it', () => {
    expect(typeAheadMatch(order, nameOf, 'SVK', 'slo')).toBe('SVK');
    expect(typeAheadMatch(order, nameOf, 'SVK', 'slove')).toBe('SVN');
    expect(typeAheadMatch(order, nameOf, 'SVK', 'x')).toBeUndefined();
  });
});

describe('createTypeAhead', () => {
  const key = (k: string, timeStamp: number, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    ({ key: k, timeStamp, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('gathers letters typed in quick succession and starts again after a pause', () => {
    const typed = createTypeAhead();
    expect(typed(key('S', 0))).toBe('s');
    expect(typed(key('l', 200))).toBe('sl');
    expect(typed(key('o', 400))).toBe('slo');
    expect(typed(key('t', 400 + TYPE_AHEAD_MS))).toBe('t');
  });

  it('keeps one letter pressed again and again as that letter, so it cycles through the names starting with it', () => {
    const typed = createTypeAhead();
    expect(typed(key('s', 0))).toBe('s');
    expect(typed(key('s', 100))).toBe('s');
    expect(typeAheadMatch(order, nameOf, 'SVK', typed(key('s', 200))!)).toBe('SVN');
  });

  it('leaves other keys alone', () => {
    const typed = createTypeAhead();
    for (const k of ['Enter', ' ', '1', '+', 'ArrowUp']) expect(typed(key(k, 0))).toBeNull();
    expect(typed(key('c', 0, { ctrlKey: true }))).toBeNull();
  });
});
