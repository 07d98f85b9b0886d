// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { yearsEarlier } from './dates';

describe('yearsEarlier', () => {
  it('keeps the calendar day, across a leap day in between', () => {
    expect(yearsEarlier('2024-03-01')).toBe('2023-03-01'); // 366 days back, not 365
    expect(yearsEarlier('2025-03-01')).toBe('2024-03-01');
    expect(yearsEarlier('2026-02-05')).toBe('2025-02-05');
  });
  it('moves 29 February to the 28th of a common year, and lands on it from a leap year', () => {
    expect(yearsEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearsEarlier('2025-02-28')).toBe('2024-02-28');
    expect(yearsEarlier('2024-02-29', 4)).toBe('2020-02-29');
  });
  it('crosses the year boundary', () => {
    expect(yearsEarlier('2020-01-01')).toBe('2019-01-01');
    expect(yearsEarlier('2019-12-31')).toBe('2018-12-31');
  });
});
