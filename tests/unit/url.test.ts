// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { viewFromSearch, searchFromView } from '../../src/store/url';
import { DEFAULT_VIEW } from '../../src/store/appStore';
import { bundled } from './dataFixture';

const atlas = normaliseDataset(bundled);

describe('URL ⇄ view', () => {
  it('restores every contract parameter', () => {
    const { view, notices } = viewFromSearch(atlas, '?lens=unga-74-247&sel=KOR&f=budapest:party;unga-74-247:yes&t=2019-12-27&cmp=KOR,USA,BIH&focus=BIH:2&z=2,10,-5&step=3');
    expect(notices).toEqual([]);
    expect(view).toEqual({
      lens: 'unga-74-247', sel: 'KOR', filters: { budapest: ['party'], 'unga-74-247': ['yes'] }, t: '2019-12-27',
      cmp: ['KOR', 'USA', 'BIH'], focus: { id: 'BIH', depth: 2 }, zoom: '2,10,-5', step: 3,
    });
  });

  it('round-trips a view through its link', () => {
    const search = '?lens=un-convention&sel=europol&f=region:un-african;bloc:au&t=2025-11-30&cmp=FRA';
    const { view } = viewFromSearch(atlas, search);
    expect(searchFromView(view)).toBe(search);
    expect(viewFromSearch(atlas, searchFromView(view)).view).toEqual(view);
  });

  it('the default view has an empty query string', () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe('');
  });

  it('ignores garbage with a notice and keeps the rest', () => {
    const { view, notices } = viewFromSearch(atlas, '?lens=%3Cscript%3E&sel=ZZZ&f=budapest:party,bogus;nope:1&t=2019-02-30&cmp=KOR,XXX,KOR&step=-1&z=NaN,1,1&focus=KOR:9');
    expect(view.lens).toBe('budapest');
    expect(view.sel).toBeNull();
    expect(view.filters).toEqual({ budapest: ['party'] });
    expect(view.t).toBeNull();
    expect(view.cmp).toEqual(['KOR']);
    expect(view.step).toBeNull();
    expect(view.zoom).toBeNull();
    expect(view.focus).toBeNull();
    expect(notices.length).toBe(9);
  });

  it('rejects dates outside the dataset range', () => {
    expect(viewFromSearch(atlas, '?t=1999-01-01').view.t).toBeNull();
    expect(viewFromSearch(atlas, '?t=2099-01-01').view.t).toBeNull();
    expect(viewFromSearch(atlas, '?t=2005-01-01').view.t).toBe('2005-01-01');
  });
});
