// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BoxIndex, overlaps, type Box } from './boxIndex';
import { seededRandom } from './fuzz';

describe('BoxIndex', () => {
  // The slides' index (cells of 32 units) meets boxes past the grid's edge, before its origin, infinite, or with a
  // coordinate not a number; its answers must be those of a scan of every box (briefing/labelPlace.ts relies on it).
  it('finds what a scan of every box finds, past the grid and with boxes infinite or not a number', () => {
    const rand = seededRandom(7);
    const coord = () => {
      const u = rand();
      return u < 0.02 ? NaN : u < 0.04 ? -Infinity : u < 0.06 ? Infinity : -500 + rand() * 3500;
    };
    const box = (): Box => { const x = coord(), y = coord(); return [x, y, x + rand() * 300, y + rand() * 300]; };
    const index = new BoxIndex(32, 64), all: Box[] = [];
    for (let i = 0; i < 400; i++) { const b = box(); all.push(b); index.add(b); }
    // what the slides ask: a test of their own, which a box with a coordinate not a number may pass (their distance
    // to it is NaN)
    const odd = (b: Box) => b.some((v) => Number.isNaN(v));
    for (let q = 0; q < 500; q++) {
      const b = box();
      const test = (o: Box) => odd(o) || odd(b) || overlaps(o, b);
      expect(index.some(b, (n) => test(all[n])), `query ${q}`).toBe(all.some(test));
      expect(index.hits(b), `query ${q}`).toBe(all.some((o) => overlaps(o, b)));
      expect(index.count(b)).toBe(all.filter((o) => overlaps(o, b)).length);
    }
  });
});
