import { describe, expect, it } from 'vitest';
import { viewBoxFit } from './viewBoxFit';

describe('viewBoxFit', () => {
  it('letterboxes left and right when the box is wider than the viewBox', () => {
    expect(viewBoxFit(1000, 250, 960, 500)).toEqual({ scale: 0.5, dx: 260, dy: 0 });
  });
  it('letterboxes top and bottom when the box is taller', () => {
    expect(viewBoxFit(480, 600, 960, 500)).toEqual({ scale: 0.5, dx: 0, dy: 175 });
  });
  it('fills exactly when the aspects match', () => {
    expect(viewBoxFit(1920, 1000, 960, 500)).toEqual({ scale: 2, dx: 0, dy: 0 });
  });
});
