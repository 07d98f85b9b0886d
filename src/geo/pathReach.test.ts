import { describe, expect, it } from 'vitest';
import { pathReaches } from './pathReach';

const w = { x0: 10, y0: 10, x1: 20, y1: 20 };

describe('pathReaches', () => {
  it('is true for a vertex inside the window', () => {
    expect(pathReaches('M0,0L15,15L0,15Z', w)).toBe(true);
  });
  it('is true for a side crossing the window with no vertex in it, closing sides too', () => {
    expect(pathReaches('M0,15L30,15L30,40Z', w)).toBe(true);
    expect(pathReaches('M30,40L30,15L0,15Z', w)).toBe(true);
    expect(pathReaches('M0,12L0,40L30,12Z', w)).toBe(true);
  });
  it('is true for a window wholly inside the shape', () => {
    expect(pathReaches('M0,0L100,0L100,100L0,100Z', w)).toBe(true);
  });
  it('is false for a shape beside the window, even when its box holds the window', () => {
    expect(pathReaches('M30,30L40,30L40,40Z', w)).toBe(false);
    // two islands on either side: their box covers the window, no part of them is in it
    expect(pathReaches('M0,0L5,0L5,5ZM25,25L30,25L30,30Z', w)).toBe(false);
    // a ring round the window with a hole holding it (even-odd)
    expect(pathReaches('M0,0L100,0L100,100L0,100ZM5,5L25,5L25,25L5,25Z', w)).toBe(false);
  });
  it('reads negative and exponent coordinates', () => {
    expect(pathReaches('M-5,-5L1e1,1.5e1L-5,15Z', w)).toBe(true);
    expect(pathReaches('M-5,-5L-1,-1L-5,-1Z', w)).toBe(false);
  });
});
