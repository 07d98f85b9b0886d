import { buildWith, bundled } from '../../tests/unit/dataFixture';
import { normaliseDataset } from './atlas';
import { sourcesOf } from './sourceTexts';
import { checkDataset, formatIssue } from './check';
import { datasetCount } from './officialTotals';

const messages = async (d: unknown) => (await checkDataset(d)).map(formatIssue);

describe('official totals', () => {
  it('are bundled, each with a source, and agree exactly where they say so', async () => {
    const atlas = normaliseDataset(bundled);
    const { byId } = sourcesOf(bundled);
    expect(bundled.officialTotals.length).toBeGreaterThan(10);
    for (const o of bundled.officialTotals) {
      expect(o.sources.every((s) => byId.has(s)), o.id).toBe(true);
      expect(datasetCount(atlas, o) === o.official, o.id).toBe(o.agrees);
    }
  });

  it('count the EU for the UN convention, as the UN Treaty Collection does (71 states + EU = 72)', async () => {
    const atlas = normaliseDataset(bundled);
    const un = bundled.officialTotals.find((o) => o.lens === 'un-convention')!;
    expect(un.official).toBe(72);
    expect(datasetCount(atlas, un)).toBe(72);
  });

  it('data:check rejects a total marked as agreeing that does not, naming file and line', async () => {
    // 2025-06-05: the CoE counted 80, the dataset 79 (Ecuador is shown as a Party only from its first evidence).
    const d = buildWith('official-totals.csv', (t) => t.replace('party,2025-06-05,80,no', 'party,2025-06-05,80,yes'));
    expect((await messages(d)).some((m) => m.includes('official-totals.csv:4') && m.includes('counts 79') && m.includes('80'))).toBe(true);
  });

  it('data:check rejects an unknown class, a missing explanation and an unnamespaced source id', async () => {
    const d = buildWith('official-totals.csv', (t) =>
      t.replace('budapest,signatory,2025-10-28', 'budapest,ratified,2025-10-28').replace(/(cets185-invited[^\n]*coe:S11,).*\n/, '$1\n').replace('un:S06,', 'S06,'));
    const m = await messages(d);
    expect(m.some((s) => s.includes('official-totals.csv:3') && s.includes('"ratified" is not a class'))).toBe(true);
    expect(m.some((s) => s.includes('official-totals.csv:8') && s.includes('needs a note'))).toBe(true);
    expect(m.some((s) => s.includes('":S06"') && s.includes('does not resolve'))).toBe(true);
  });

  it('data:check holds the UN convention at no deposit on the UN Treaty Collection list of 2025-11-16', async () => {
    const atlas = normaliseDataset(bundled);
    const none = bundled.officialTotals.find((o) => o.id === 'un-convention-ratified-2025-11')!;
    expect([none.official, datasetCount(atlas, none)]).toEqual([0, 0]);
    // A ratification dated before that list (Azerbaijan's law was only signed on 2026-02-23) contradicts it.
    const d = buildWith('un-convention.csv', (t) => t.replace(/^(AZE,Azerbaijan,2025-10-25,)/m, '$12025-11-01'));
    expect((await messages(d)).some((m) => m.includes('official-totals.csv') && m.includes('counts 1') && m.includes('official total 0'))).toBe(true);
    // The same law recorded as a deposit on its own day (after the list) is no contradiction of it.
    const later = buildWith('un-convention.csv', (t) => t.replace(/^(AZE,Azerbaijan,2025-10-25,)/m, '$12026-02-23'));
    expect((await messages(later)).filter((m) => m.includes('official total 0'))).toEqual([]);
  });
});
