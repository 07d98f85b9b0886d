// Where a source line gives way: every source of the dataset reads apart from every other by its start plus the part
// kept whole (titleCut.ts), so two lines of a record never read the same when cut.
import { describe, expect, it } from 'vitest';
import { testSources } from '../../data/testAtlas';
import type { Source } from '../../data/schema';
import { distinctStarts } from './titleCut';

const src = (id: string, title: string, asOf = '2020'): Source => ({ id, title, asOf, url: 'https://example.org/', supports: '', origin: '' });

describe('distinctStarts', () => {
  it('starts at the first word not shared with the closest title, at the last word of a title another continues', () => {
    const m = distinctStarts([src('a', 'UN Statistics Division - M49'), src('b', 'UN Statistics Division - M49, overview'),
      src('c', 'UN Statistics Dept'), src('d', 'Council of Europe'), src('e', 'European Union - EU countries'), src('f', 'European Union - EU countries', '2022')]);
    expect(Object.fromEntries(m)).toEqual({ a: 25, b: 25, c: 14, d: 0, e: 20, f: 20 });
  });

  it('in the dataset, two sources never show the same start, kept part and date', () => {
    const all = [...testSources().byId.values()];
    const at = distinctStarts(all);
    // what a line keeps when cut hardest: the first word of its start, and the rest whole with the date
    const shown = new Map<string, string>();
    for (const s of all) {
      const k = at.get(s.id)!;
      const key = `${s.title.slice(0, k).split(' ')[0]}…${s.title.slice(k)}|${s.asOf}`;
      expect(shown.get(key), `${s.id} reads as ${shown.get(key)}`).toBeUndefined();
      shown.set(key, s.id);
    }
    expect(at.get('reg:R05')! > 0 && at.get('reg:R05') === at.get('reg:R01')).toBe(true);
  });
});
