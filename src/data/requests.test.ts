// @vitest-environment node
// Korea's 2022-10-11 request to be invited (budapest-evidence.csv kind `requested`): a dated, sourced event that the
// record lists and that the status at a date never reads.
import { describe, expect, it } from 'vitest';
import { testAtlas, testSources } from './testAtlas';
import { requestsAt } from './atlas';
import { statusAt } from './lenses';
import { selectionEvents } from './timeline';

describe("the Republic of Korea's request to be invited to accede", () => {
  const atlas = testAtlas();

  it('changes no status: KOR under CETS 185 is the same the day before and the day after the request', () => {
    const before = statusAt(atlas, 'budapest', 'KOR', '2022-10-10');
    const after = statusAt(atlas, 'budapest', 'KOR', '2022-10-12');
    expect(after.cls).toBe(before.cls);
    // The treaty table records nothing for Korea: not party, as today.
    expect(after.cls).toBe(statusAt(atlas, 'budapest', 'KOR', atlas.asOf).cls);
    expect(atlas.treaty.cets185.has('KOR')).toBe(false);
  });

  it('is listed from its day on, with a source that resolves to the Newspim report', () => {
    expect(requestsAt(atlas, 'KOR', '2022-10-10')).toEqual([]);
    const [r] = requestsAt(atlas, 'KOR', '2022-10-11');
    expect(r).toMatchObject({ treaty: 'cets185', country: 'KOR', date: '2022-10-11' });
    expect(r.sources.map((id) => testSources().byId.get(id)?.url)).toEqual(['http://m.newspim.com/news/view/20221011001127']);
    expect(requestsAt(atlas, 'KOR', '2022-10-12')).toHaveLength(1);
  });

  it('is not a step of any treaty fact', () => {
    for (const f of atlas.dataset.treaties) expect(f.evidence.every((e) => e.kind !== 'requested')).toBe(true);
  });
});

describe('selectionEvents: the time bar marks the selected State\'s request', () => {
  const atlas = testAtlas();
  it('lists KOR\'s request with its source, and nothing for a State without one or no selection', () => {
    expect(selectionEvents(atlas, 'KOR')).toEqual([{ date: '2022-10-11', what: 'requested', country: 'KOR', sources: ['coe:S151'] }]);
    // said in the page's language by i18n/timeWords.ts (timeWords.test.ts)
    expect(selectionEvents(atlas, 'FRA')).toEqual([]);
    expect(selectionEvents(atlas, null)).toEqual([]);
  });
});
