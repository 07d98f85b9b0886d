import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAndNormalise } from '../data/loadDataset';
import { LENSES } from '../data/lenses';
import { slideText } from './slideText';
import { VIEW_A, VIEW_B } from './testViews';

const atlas = validateAndNormalise(JSON.parse(readFileSync('data/atlas.json', 'utf8')));

describe('slideText', () => {
  it('titles the lens and counts every country and territory once in the legend', () => {
    const w = slideText(atlas, VIEW_A);
    expect(w.title).toBe(LENSES.budapest.label);
    expect(w.legend.map((l) => l.cls)).toEqual(LENSES.budapest.classes);
    expect(w.legend.reduce((n, l) => n + l.count, 0)).toBe(atlas.countries.length);
    expect(w.subtitle).toBe('');
  });

  it('says what is filtered and selected, and the as-of date of the view', () => {
    const w = slideText(atlas, VIEW_B);
    expect(w.subtitle).toContain('74/247: Yes');
    expect(w.subtitle).toContain(`Selected: ${atlas.countryById.get('KOR')!.name}`);
    expect(w.asOf).toBe('As of 31 January 2020');
  });

  it('counts unverified entries in the source line, singular for one', () => {
    const w = slideText(atlas, { ...VIEW_A, lens: 'un-convention' });
    const n = Number(/(\d+) entr(?:y|ies) marked unverified/.exec(w.source)?.[1] ?? 0);
    if (n) expect(w.source).toContain(`${n} ${n === 1 ? 'entry' : 'entries'} marked unverified`);
    expect(w.source).not.toMatch(/\b1 entries\b/);
  });

  it('names the documents behind the colours and the dataset version', () => {
    const w = slideText(atlas, VIEW_B);
    expect(w.source).toMatch(/^Sources: \d+ documents \(/);
    expect(w.source).toContain(`v${atlas.version}`);
  });
});
