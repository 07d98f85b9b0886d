// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { viewFromSearch, searchFromView } from '../../src/store/url';
import { DEFAULT_VIEW } from '../../src/store/appStore';
import { bundled } from './dataFixture';

const atlas = normaliseDataset(bundled);

describe('URL ⇄ view', () => {
  it('restores every contract parameter', () => {
    const { view, notices } = viewFromSearch(atlas, '?lens=unga-74-247&sel=KOR&f=budapest:party;unga-74-247:yes&t=2019-12-27&cmp=KOR,USA,BIH&focus=BIH:2&z=2,10,-5&step=3&lang=fr');
    expect(notices).toEqual([]);
    expect(view).toEqual({
      lens: 'unga-74-247', sel: 'KOR', filters: { budapest: ['party'], 'unga-74-247': ['yes'] }, t: '2019-12-27',
      cmp: ['KOR', 'USA', 'BIH'], focus: { id: 'BIH', depth: 2 }, zoom: '2,10,-5', step: 3, lang: 'fr',
    });
  });

  it('carries the language: absent means the browser\'s (if one of the six), and it stays in the link once chosen', () => {
    expect(viewFromSearch(atlas, '?sel=KOR', 'ru').view.lang).toBe('ru');
    expect(viewFromSearch(atlas, '?sel=KOR&lang=ar', 'ru').view.lang).toBe('ar');
    const bad = viewFromSearch(atlas, '?lang=de', 'en');
    expect(bad.view.lang).toBe('en');
    expect(bad.notices).toEqual(['Ignored unknown language "de" (expected ar, zh, en, fr, ru or es)']);
    expect(searchFromView({ ...DEFAULT_VIEW, sel: 'KOR', lang: 'zh' }, 'en')).toBe('?sel=KOR&lang=zh');
    // English chosen by a reader whose browser prefers French: written, or a reload would turn the page French.
    expect(searchFromView({ ...DEFAULT_VIEW, lang: 'en' }, 'fr')).toBe('?lang=en');
    expect(searchFromView({ ...DEFAULT_VIEW, lang: 'en' }, 'en')).toBe('');
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
