import { describe, expect, it } from 'vitest';
import { typeAheadMatch } from './keyboard';

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
