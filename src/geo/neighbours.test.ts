import { describe, expect, it } from 'vitest';
import { neighbourTable, reachableFrom, type NavPoint } from './neighbours';

// A hand-built grid:   A . B
//                      . C .
//                      D . E    (screen coordinates: y grows downwards)
const pts: NavPoint[] = [
  { id: 'A', at: [0, 0] }, { id: 'B', at: [100, 0] }, { id: 'C', at: [50, 50] }, { id: 'D', at: [0, 100] }, { id: 'E', at: [100, 100] },
];

describe('neighbourTable', () => {
  it('moves to the nearest mark in the arrow direction', () => {
    const t = neighbourTable(pts, new Map(), 0);
    expect(t.get('A')).toEqual({ right: 'B', down: 'D' });
    expect(t.get('C')).toEqual({ up: 'A', down: 'D', left: 'A', right: 'B' });
    expect(t.get('E')!.left).toBe('D');
  });

  it('prefers a bordering mark over a nearer one in the cone', () => {
    const t = neighbourTable(pts, new Map([['A', new Set(['E'])]]), 0, 200);
    expect(t.get('A')!.right).toBe('E');
    // …unless the bordering mark is far away (an overseas part)
    expect(neighbourTable(pts, new Map([['A', new Set(['E'])]]), 0, 100).get('A')!.right).toBe('B');
  });

  it('falls back to any mark on that side when the cone is empty', () => {
    const t = neighbourTable([{ id: 'P', at: [0, 0] }, { id: 'Q', at: [10, 100] }], new Map(), 0);
    expect(t.get('P')!.right).toBe('Q');
    expect(t.get('P')!.left).toBeUndefined();
  });

  it('reports reachability', () => {
    const t = neighbourTable(pts, new Map(), 0);
    expect([...reachableFrom(t, 'C')].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    // nothing points at the centre of a square, which is why the real map's table is tested for full reach
    expect([...reachableFrom(t, 'A')].sort()).toEqual(['A', 'B', 'D', 'E']);
    expect([...reachableFrom(new Map([['A', { right: 'B' }]]), 'A')].sort()).toEqual(['A', 'B']);
  });
});
