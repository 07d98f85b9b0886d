// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { useAppStore, DEFAULT_VIEW, MAX_COMPARE } from '../../src/store/appStore';
import { selectHighlightSet, selectMatchSet, selectStatusMap, withAtlas } from '../../src/store/derived';
import { bundled } from './dataFixture';

const atlas = normaliseDataset(bundled);
const get = () => useAppStore.getState();
/** The store's state with the dataset beside it (it lives in react-query's cache, not in the store). */
const derivable = () => withAtlas(get(), atlas);

beforeEach(() => {
  useAppStore.setState({ ...DEFAULT_VIEW, notices: [] });
});

describe('store events', () => {
  it('one click rule for map and graph: a click selects, a click on the selection clears, a double click keeps it', () => {
    get().entityClicked('KOR');
    expect(get().sel).toBe('KOR');
    get().entityClicked('europol');
    expect(get().sel).toBe('europol');
    get().entityClicked('europol');
    expect(get().sel).toBeNull();
    get().entityClicked('FRA');
    get().entityClicked('FRA', true);
    expect(get().sel).toBe('FRA');
  });

  it('filters toggle classes and dim non-matching countries', () => {
    expect(selectMatchSet(derivable())).toBeNull();
    get().lensChosen('unga-74-247');
    get().filterToggled(atlas, 'unga-74-247', 'no');
    expect(selectMatchSet(derivable())?.size).toBe(60);
    get().filterToggled(atlas, 'unga-74-247', 'abstain');
    expect(selectMatchSet(derivable())?.size).toBe(93);
    get().filtersCleared();
    expect(selectMatchSet(derivable())).toBeNull();
  });

  it('a lens change drops the legend hover, which named a class of the old lens', () => {
    get().legendHovered('party');
    get().lensChosen('unga-74-247');
    expect(get().legendHover).toBeNull();
    expect(get().lens).toBe('unga-74-247');
  });

  it('derived selectors return the same reference until an input changes', () => {
    const a = selectStatusMap(derivable());
    get().entitySelected('KOR');
    expect(selectStatusMap(derivable())).toBe(a);
    get().lensChosen('un-convention');
    expect(selectStatusMap(derivable())).not.toBe(a);
  });

  it('selecting an organisation highlights its partner countries', () => {
    get().entitySelected('europol');
    const lit = selectHighlightSet(derivable())!;
    const countries = [...lit].filter((id) => atlas.countryById.has(id));
    expect(countries.length).toBeGreaterThanOrEqual(10);
    expect(lit.has('europol')).toBe(false);
  });

  it('compare holds at most three countries and says so', () => {
    for (const id of ['KOR', 'USA', 'BIH', 'FRA']) get().compareToggled(id);
    expect(get().cmp).toEqual(['KOR', 'USA', 'BIH']);
    expect(get().cmp.length).toBe(MAX_COMPARE);
    expect(get().notices.length).toBe(1);
    get().compareToggled('USA');
    expect(get().cmp).toEqual(['KOR', 'BIH']);
  });

  it('the as-of date changes statuses', () => {
    get().dateChosen('2005-01-01');
    expect(selectStatusMap(derivable()).get('USA')?.cls).toBe('signatory');
    get().dateChosen('2007-01-01');
    expect(selectStatusMap(derivable()).get('USA')?.cls).toBe('party');
  });
});
