// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { viewFromSearch, searchFromView } from '../../src/store/url';
import { DEFAULT_VIEW } from '../../src/store/appStore';
import { bundled } from './dataFixture';
import { loadCatalogue, loadCatalogues } from '../../src/i18n/catalogue';
import { LANGS } from '../../src/i18n/langs';

const atlas = normaliseDataset(bundled);
/** A value as an English notice quotes it: curly quotes around a first-strong isolate. */
const q = (v: string) => `“\u2068${v}\u2069”`;

describe('URL ⇄ view', () => {
  it('restores every contract parameter', () => {
    const { view, notices } = viewFromSearch(atlas, '?lens=unga-74-247&sel=KOR&f=budapest:party;unga-74-247:yes&t=2019-12-27&cmp=KOR,USA,BIH&focus=BIH:2&z=2,-10,-5&step=3&lang=fr');
    expect(notices).toEqual([]);
    expect(view).toEqual({
      lens: 'unga-74-247', sel: 'KOR', filters: { budapest: ['party'], 'unga-74-247': ['yes'] }, t: '2019-12-27',
      cmp: ['KOR', 'USA', 'BIH'], focus: { id: 'BIH', depth: 2 }, zoom: '2,-10,-5', step: 3, lang: 'fr',
      graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens',
    });
  });

  it('carries the language: absent means the browser\'s (if one of the six), and it stays in the link once chosen', () => {
    expect(viewFromSearch(atlas, '?sel=KOR', 'ru').view.lang).toBe('ru');
    expect(viewFromSearch(atlas, '?sel=KOR&lang=ar', 'ru').view.lang).toBe('ar');
    const bad = viewFromSearch(atlas, '?lang=de', 'en');
    expect(bad.view.lang).toBe('en');
    expect(bad.notices).toEqual([`Ignored unknown language ${q('de')} (expected ar, zh, en, fr, ru or es)`]);
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

  it('names the countries a compare leaves out, past the third or not countries', async () => {
    await loadCatalogue('fr');
    const { view, notices } = viewFromSearch(atlas, '?cmp=USA,BIH,CHN,FRA,europol&lang=fr');
    expect(view.cmp).toEqual(['USA', 'BIH', 'CHN']);
    expect(notices).toEqual(['Ignoré dans la comparaison\u00a0: «\u00a0\u2068FRA\u2069\u00a0», «\u00a0\u2068europol\u2069\u00a0» (pays uniquement, 3 au plus)']);
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
    // nine bad parts: five said, the rest counted (issue 19: notices are bounded)
    expect(notices).toHaveLength(6);
    expect(notices[5]).toBe('4 more notices about this link not shown');
  });

  it('a parameter given twice keeps its first value, names the ones ignored, and the link is rewritten with one', () => {
    const { view, notices } = viewFromSearch(atlas, '?lens=unga-74-247&lens=unga74&t=2019-12-27&t=2020-01-01&t=2020-01-01&sel=KOR&sel=KOR', 'en');
    expect(view.lens).toBe('unga-74-247');
    expect(view.t).toBe('2019-12-27');
    // the same value twice loses nothing, so it is not worth a notice
    expect(notices).toEqual([
      `${q('lens')} is given more than once in the link: used the first, ${q('unga-74-247')}; ignored ${q('unga74')}`,
      `${q('t')} is given more than once in the link: used the first, ${q('2019-12-27')}; ignored ${q('2020-01-01')}`,
    ]);
    expect(searchFromView(view, 'en')).toBe('?lens=unga-74-247&sel=KOR&t=2019-12-27');
    // many values are listed as the other notices list them; the deck parameter is counted too
    const many = viewFromSearch(atlas, '?rows=region&rows=a&rows=b&rows=c&rows=d&deck=N4Ig&deck=XYZ', 'en').notices;
    expect(many).toEqual([
      `${q('rows')} is given more than once in the link: used the first, ${q('region')}; ignored ${q('a')}, ${q('b')}, ${q('c')} … (1 more)`,
      `${q('deck')} is given more than once in the link: used the first, ${q('N4Ig')}; ignored ${q('XYZ')}`,
    ]);
  });

  it('says a repeated parameter in the link\'s language', async () => {
    await loadCatalogue('ar');
    const { view, notices } = viewFromSearch(atlas, '?lang=ar&lang=fr&lens=budapest&lens=un-convention', 'en');
    expect(view.lang).toBe('ar');
    expect(view.lens).toBe('budapest');
    expect(notices).toEqual([
      'ورد «\u2068lang\u2069» أكثر من مرة في الرابط: استُخدمت القيمة الأولى «\u2068ar\u2069»، وتم تجاهل: «\u2068fr\u2069»',
      'ورد «\u2068lens\u2069» أكثر من مرة في الرابط: استُخدمت القيمة الأولى «\u2068budapest\u2069»، وتم تجاهل: «\u2068un-convention\u2069»',
    ]);
  });

  it('quotes a bad value as the notice\'s language does, isolated for bidi (not in ASCII "…")', async () => {
    await loadCatalogues(LANGS);
    const said = Object.fromEntries(LANGS.map((l) => [l, viewFromSearch(atlas, `?lang=${l}&t=banana`, 'en').notices[0]]));
    expect(said.en).toMatch(/^Ignored date “\u2068banana\u2069” \(expected/);
    expect(said.fr).toMatch(/^Date «\u00a0\u2068banana\u2069\u00a0» ignorée/);
    expect(said.es).toMatch(/^Se ignoró la fecha «\u2068banana\u2069» /);
    expect(said.ru).toMatch(/^Дата «\u2068banana\u2069» пропущена/);
    expect(said.zh).toMatch(/^已忽略日期“\u2068banana\u2069”（/);
    expect(said.ar).toMatch(/^تم تجاهل التاريخ «\u2068banana\u2069» /);
  });

  it('rejects dates outside the dataset range', () => {
    expect(viewFromSearch(atlas, '?t=1999-01-01').view.t).toBeNull();
    expect(viewFromSearch(atlas, '?t=2099-01-01').view.t).toBeNull();
    expect(viewFromSearch(atlas, '?t=2005-01-01').view.t).toBe('2005-01-01');
    // a real day outside the data is not a format error: the notice says which dates the atlas covers
    expect(viewFromSearch(atlas, '?t=1999-01-01').notices).toEqual([`Ignored date ${q('1999-01-01')} (outside the atlas's dates, 2001-11-23 to ${atlas.asOf})`]);
    expect(viewFromSearch(atlas, '?t=2019-02-30').notices[0]).toMatch(/\(expected yyyy-mm-dd between/);
  });

  // issue 19: numbers are bounded before they reach the DOM or the address, and each change is said
  it.each([
    ['2,10.25,5', '2,0,0', true], // the map's translate extent: no empty space at the top left
    ['40,1e308,1e308', '40,0,0', true],
    ['40,-99999999,-99999999', '40,-37440,-19500', true], // the bottom right corner, not an empty map
    ['99,0,0', '40,0,0', true],
    ['1e308,0,0', '40,0,0', true],
    ['0.5,0,0', null, true],
    ['1,0,0', null, false], // the whole world: the default, so no z in the link
    ['2.0001,0,0', '2,0,0', false], // rounded as the map writes it
    ['4,-1500,-300', '4,-1500,-300', false], // the README's example is kept as it is
  ])('brings z=%s within what the map can show', (z, zoom, noticed) => {
    const { view, notices } = viewFromSearch(atlas, `?z=${z}`);
    expect(view.zoom).toBe(zoom);
    expect(notices).toHaveLength(noticed ? 1 : 0);
    if (noticed) expect(notices[0]).toMatch(/brought within what the map can show/);
  });

  it.each(['Infinity,0,0', 'NaN,1,1', '2,,0', '2,0', 'a,b,c'])('ignores z=%s', (z) => {
    const { view, notices } = viewFromSearch(atlas, `?z=${z}`);
    expect(view.zoom).toBeNull();
    expect(notices).toEqual([expect.stringMatching(/^Ignored zoom/)]);
  });

  it('a 400-digit step never becomes step=Infinity', () => {
    const { view, notices } = viewFromSearch(atlas, `?step=${'9'.repeat(400)}`);
    expect(view.step).toBeNull();
    expect(searchFromView(view)).toBe('');
    expect(notices).toHaveLength(1);
    expect(notices[0].length).toBeLessThan(120);
    expect(viewFromSearch(atlas, '?step=100').view.step).toBe(100);
    expect(viewFromSearch(atlas, '?step=101').view.step).toBeNull();
  });

  it('groups bad filter classes in one notice and bounds every quoted value', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `x${i}`).join(',');
    expect(viewFromSearch(atlas, `?f=bloc:${thirty}`).notices).toEqual([`30 unknown filter classes ignored in ${q('bloc')}: ${q('x0')}, ${q('x1')}, ${q('x2')} … (27 more)`]);
    const many = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    expect(viewFromSearch(atlas, `?f=bloc:${many};budapest:${many}`).notices).toHaveLength(2);
    const { notices } = viewFromSearch(atlas, `?lens=${'L'.repeat(300)}`);
    expect(notices).toEqual([`Ignored unknown lens ${q(`${'L'.repeat(39)}…`)}`]);
  });

  it('says at most a handful of notices for one link', () => {
    const { notices } = viewFromSearch(atlas, '?lens=a&sel=b&f=c:1;d:2&t=e&cmp=f&focus=g&z=h&step=i');
    expect(notices.length).toBeLessThanOrEqual(6);
    expect(notices.at(-1)).toMatch(/more notices about this link not shown/);
  });
});

describe('graph view, grouping, outline and a selected bloc in the link', () => {
  it('round-trips graph=matrix, group=bloc, outline=eu, rows=region and sel=bloc:eu', () => {
    const search = '?sel=bloc:eu&t=2004-05-01&graph=matrix&group=bloc&outline=eu&rows=region';
    const { view, notices } = viewFromSearch(atlas, search);
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ sel: 'bloc:eu', graphView: 'matrix', grouping: 'bloc', outline: 'eu', rowsBy: 'region' });
    expect(searchFromView(view)).toBe(search);
    expect(viewFromSearch(atlas, searchFromView(view)).view).toEqual(view);
  });

  it('leaves the defaults out of the link', () => {
    expect(searchFromView({ ...DEFAULT_VIEW, graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens' })).toBe('');
  });

  it('turns garbage into a notice and the default, keeping the rest', () => {
    const { view, notices } = viewFromSearch(atlas, '?sel=bloc:atlantis&graph=tree&group=continent&outline=un-african&rows=alphabet&lens=un-convention');
    expect(view).toMatchObject({ sel: null, graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens', lens: 'un-convention' });
    expect(notices).toEqual([
      `Ignored unknown selection ${q('bloc:atlantis')}`,
      `Ignored graph view ${q('tree')} (expected network or matrix); showing the network`,
      `Ignored network grouping ${q('continent')} (expected region or bloc); grouping by UN regional group`,
      `Ignored outline ${q('un-african')} (expected a bloc id such as eu, coe, au); no outline`,
      `Ignored matrix row order ${q('alphabet')} (expected lens, region or bloc); rows by the map's status`,
    ]);
  });

  it('a bloc is not an ego focus', () => {
    const { view, notices } = viewFromSearch(atlas, '?focus=bloc:eu:1');
    expect(view.focus).toBeNull();
    expect(notices).toHaveLength(1);
  });
});
