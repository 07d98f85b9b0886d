import { describe, expect, it } from 'vitest';
import { shiftInside } from './insideScreen';

describe('shiftInside', () => {
  it('leaves a box inside the screen where it is', () => {
    expect(shiftInside(10, 300, 390, 8)).toBe(0);
    expect(shiftInside(10, 300, 390, 8, true)).toBe(0);
  });
  it('moves a box past the end back by its overflow, past the start forward', () => {
    expect(shiftInside(200, 450, 390, 8)).toBe(-68);
    expect(shiftInside(-40, 200, 390, 8, true)).toBe(48);
    expect(shiftInside(-40, 200, 390, 8)).toBe(48);
  });
  it('keeps the side the text starts from when the box is wider than the screen', () => {
    expect(shiftInside(100, 600, 390, 8)).toBe(-92);
    expect(shiftInside(-300, 200, 390, 8, true)).toBe(182);
  });
});
