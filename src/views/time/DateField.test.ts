// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateProblem } from './DateField';

describe('dateProblem', () => {
  const end = '2026-02-05';
  it.each([
    ['2010-01-01', null],
    ['2001-11-23', null],
    [end, null],
    ['2001-11-22', /Choose a date from 23 November 2001 to 5 February 2026/],
    ['2026-02-06', /Choose a date/],
    ['0002-01-01', /Choose a date/],
    ['2010-02-30', /not a real date/],
    ['', /complete date/],
  ])('%s', (v, expected) => {
    const p = dateProblem(v, end);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toMatch(expected);
  });
  it('a value the browser could not read is not a real date', () => {
    expect(dateProblem('', end, true)).toMatch(/not a real date/);
  });
});
