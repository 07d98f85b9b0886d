// @vitest-environment node
// A matrix step as a matrix slide: the live matrix's data (graph/matrix.ts, as views/graph/MatrixView.tsx reads it)
// cut to what stays legible, with what was left out said on the slide, in the step's language.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { matchingIds } from '../data/filters';
import { cellOf, MATRIX_COLUMNS } from '../graph/matrix';
import { buildGraph } from '../graph/model';
import { loadCatalogue } from '../i18n/catalogue';
import { renderSlide, slideFrame } from './renderSlide';
import { columnLayout, MATRIX } from './slideMatrix';
import { defaultLayout, slideModel } from './slideModel';
import { atlas, geometry, svgDocument, viewOf, sources } from './slideTestAtlas';
import { MIN_READABLE, textWidth } from './textFit';
import { columnShort } from '../graph/matrix';
import type { Lang } from '../i18n/langs';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all((['fr', 'es', 'ar', 'zh', 'ru'] as const).map(loadCatalogue));
});
const parse = svgDocument;

describe('matrix slides', () => {
  it('a step showing the matrix gets the matrix layout; a network chosen for it still says what it does', () => {
    expect(defaultLayout(atlas, viewOf('?graph=matrix&sel=KOR'))).toBe('matrix');
    expect(defaultLayout(atlas, viewOf('?graph=matrix&cmp=KOR,USA'))).toBe('compare');
    const m = slideModel(atlas, sources, { view: viewOf('?graph=matrix&sel=KOR') });
    expect(m.layout).toBe('matrix');
    expect(m.statement).not.toMatch(/network/);
    expect(m.network).toBeNull();
    expect(slideModel(atlas, sources, { view: viewOf('?graph=matrix'), layout: 'network' }).statement).toContain('Shown as a network');
  });

  it('draws the live matrix\'s cells for the filtered States, the selection first, and says what it left out', () => {
    const view = viewOf('?graph=matrix&f=bloc:eu&sel=DEU&t=2020-01-01');
    const m = slideModel(atlas, sources, { view });
    const mx = m.matrix!;
    const matching = matchingIds(atlas, view.filters, '2020-01-01');
    const rows = mx.groups.flatMap((g) => g.rows);
    expect(mx.totalRows).toBe([...matching].filter((id) => atlas.countryById.get(id)!.kind !== 'territory').length);
    expect(rows.length).toBe(mx.shownRows);
    expect(rows.every((r) => matching.has(r.id))).toBe(true);
    expect(rows.find((r) => r.id === 'DEU')!.selected).toBe(true);
    // each column is shown, empty among the shown rows, or left out for room: all seventeen, once
    const shown = mx.columns.map((c) => c.id);
    expect(shown.length + mx.emptyColumns.length + mx.roomColumns.length).toBe(MATRIX_COLUMNS.length);
    const graph = buildGraph(atlas, '2020-01-01');
    for (const r of rows) r.cells.forEach((state, j) => {
      const col = MATRIX_COLUMNS.find((c) => c.id === shown[j])!;
      expect(state, `${r.id} × ${col.id}`).toBe(cellOf(atlas, graph, col, r.id, '2020-01-01').state);
    });
    const doc = parse(renderSlide(m, geo));
    expect(doc.querySelectorAll('[data-role="matrix"] [data-row]')).toHaveLength(rows.length);
    expect(doc.querySelector('[data-row="DEU"]')!.getAttribute('data-selected')).toBe('true');
    const notes = [...doc.querySelectorAll('[data-role="matrix-notes"]')].map((t) => t.textContent).join(' ');
    if (mx.shownRows < mx.totalRows) expect(notes).toContain(`${mx.shownRows} of ${mx.totalRows} States shown`);
    for (const c of mx.emptyColumns) expect(notes).toContain(c);
    expect(m.alt).toContain(`Matrix of relations on 1 January 2020: ${mx.shownRows} States × ${mx.columns.length} instruments and bodies`);
  });

  it('groups its rows as the live matrix does: by UN regional group with rows=region', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?graph=matrix&rows=region&f=bloc:eu') }).matrix!;
    const regionOf = (id: string) => atlas.countryById.get(id)!.regions[0];
    expect(m.groups.length).toBeGreaterThan(0);
    // every row sits under its own UN group's heading, and each group once
    for (const g of m.groups) expect(new Set(g.rows.map((r) => regionOf(r.id))).size).toBe(1);
    expect(new Set(m.groups.map((g) => regionOf(g.rows[0].id))).size).toBe(m.groups.length);
    const byLens = slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu') }).matrix!;
    expect(byLens.groups.map((g) => g.label)).not.toEqual(m.groups.map((g) => g.label));
  });

  it('stays legible at 1024×768: sizes, every word inside the picture, rows and columns within their room', () => {
    for (const search of ['?graph=matrix', '?graph=matrix&f=bloc:eu', '?graph=matrix&f=region:un-african&lang=fr', '?graph=matrix&f=bloc:eu&lang=ar', '?graph=matrix&f=bloc:asean&lang=zh', '?graph=matrix&f=bloc:cis&lang=ru']) {
      const m = slideModel(atlas, sources, { view: viewOf(search), caption: 'A caption of two lines at most, which says what the room should take away from this slide, and then keeps going for a while longer than it should.' });
      const f = slideFrame(m);
      // at 1024×768 the 1600-unit slide is drawn 1024 px wide: 0.64 px a unit
      expect(MATRIX.nameSize * 0.64).toBeGreaterThanOrEqual(13);
      expect(m.matrix!.shownRows).toBeGreaterThan(4);
      const doc = parse(renderSlide(m, geo));
      for (const t of doc.querySelectorAll('[data-role="matrix"] text')) {
        const x = Number(t.getAttribute('x')), y = Number(t.getAttribute('y')), size = Number(t.getAttribute('font-size'));
        const w = textWidth(t.textContent!, size, t.getAttribute('font-weight') === '700');
        const a = t.getAttribute('text-anchor');
        const rtl = t.getAttribute('direction') === 'rtl';
        const left = a === 'middle' ? x - w / 2 : (a === 'end') !== rtl ? x - w : x;
        expect(size, search).toBeGreaterThanOrEqual(MIN_READABLE);
        expect(left, `${search}: ${t.textContent}`).toBeGreaterThanOrEqual(f.picture.x - 1);
        expect(left + w, `${search}: ${t.textContent}`).toBeLessThanOrEqual(f.picture.x + f.picture.w + 1);
        expect(y, `${search}: ${t.textContent}`).toBeLessThanOrEqual(f.picture.y + f.picture.h);
        expect(y - size).toBeGreaterThanOrEqual(f.picture.y - 1);
      }
    }
  });

  it('reads from the right in Arabic: names at the right edge, in the step\'s language', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu&lang=ar') });
    const f = slideFrame(m);
    const doc = parse(renderSlide(m, geo));
    const name = doc.querySelector('[data-row] text')!;
    expect(name.getAttribute('direction')).toBe('rtl');
    expect(Number(name.getAttribute('x'))).toBeGreaterThan(f.picture.x + f.picture.w - 20);
    expect(m.alt).toMatch(/^مصفوفة العلاقات/);
    expect(doc.querySelector('[data-matrix-state="signed"]')!.textContent).toBe('موقّع أو مدعو');
  });

  it('sets every column heading whole, each column as wide as its heading needs, at a readable size, in all six languages', () => {
    let shortened = 0;
    // every State (the most columns in use), and the EU (wider columns, other words cut) in Russian
    const cases: [Lang, string][] = [['en', ''], ['fr', ''], ['es', ''], ['ru', ''], ['zh', ''], ['ar', ''], ['ru', '&f=bloc:eu']];
    for (const [lang, f] of cases) {
      const search = `?graph=matrix${f}&lang=${lang}`;
      const m = slideModel(atlas, sources, { view: viewOf(search) });
      const widths = m.matrix!.widths;
      expect(widths.reduce((a, b) => a + b, 0), search).toBeLessThanOrEqual(slideFrame(m).picture.w - MATRIX.nameW + 0.5);
      const doc = parse(renderSlide(m, geo));
      const notes = [...doc.querySelectorAll('[data-role="matrix-notes"]')].map((t) => t.textContent).join(' ');
      const heads = [...doc.querySelectorAll('[data-column]')];
      expect(heads.length, search).toBe(m.matrix!.columns.length);
      expect(heads.length, search).toBeGreaterThan(5);
      for (const [j, h] of heads.entries()) {
        const id = h.getAttribute('data-column')!;
        const lines = [...h.querySelectorAll('text')];
        const label = `${search} ${id}`;
        const name = columnShort(MATRIX_COLUMNS.find((c) => c.id === id)!, lang);
        // lines joined as wrap split them: at spaces, after a slash, between Chinese characters
        const said = lines.map((t) => t.textContent).reduce((a, b) => (/[/\u4e00-\u9fff]$/.test(a) ? a + b : `${a} ${b}`));
        if (h.hasAttribute('data-shortened')) {
          shortened++;
          expect(notes, label).toContain(`${said} = ${name}`);
        } else expect(said, label).toBe(name);
        for (const t of lines) {
          const size = Number(t.getAttribute('font-size'));
          expect(size, label).toBeGreaterThanOrEqual(MIN_READABLE);
          expect(t.textContent, label).not.toMatch(/…$/);
          expect(textWidth(t.textContent!, size, true), label).toBeLessThanOrEqual(widths[j] - 10 + 0.5);
        }
      }
    }
    // "Будапештская", "Интерпол", "الإنتربول" are wider than a twelfth of the grid: their columns take the room the
    // acronyms' columns leave, so no heading is abbreviated ("Будап.", "الإنترب." read badly)
    expect(shortened).toBe(0);
  });

  it('gives a heading with no room its short name written by hand (no key), and abbreviates only when that has none either', () => {
    const cols = (ids: string[]) => ids.map((id) => ({ id, name: columnShort(MATRIX_COLUMNS.find((c) => c.id === id)!, 'ru') }));
    const five = cols(['budapest', 'europol', 'eurojust', 'interpol', 'untoc']);
    // room for the whole names: "Европол/EC3", "Будапештская"
    expect(columnLayout(five, 700, 'ru').headings.map((h) => h.text)).toEqual(['Будапештская', 'Европол/EC3', 'Евроюст', 'Интерпол', 'КТОП ООН']);
    // less room: the short names as UN documents write them, whole, nothing for the key (widths for headings at
    // 20 units, the slide's smallest type: they were 520 and 160 at 18)
    const tight = columnLayout(five, 580, 'ru');
    expect(tight.headings.map((h) => h.text)).toEqual(['Будапешт.', 'Европол', 'Евроюст', 'Интерпол', 'КТОП ООН']);
    expect(tight.headings.some((h) => h.shortened)).toBe(false);
    expect(tight.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(580);
    // no room even for those: equal columns, abbreviated, each said in the key
    const none = columnLayout(five, 300, 'ru');
    expect(none.headings.filter((h) => h.shortened).length).toBeGreaterThan(0);
    for (const h of none.headings) for (const l of h.lines) expect(textWidth(l, h.size, true)).toBeLessThanOrEqual(60 - 10 + 0.5);
    // Arabic: the UN's يوروبول for "يوروبول/EC3"
    const ar = [{ id: 'europol', name: columnShort(MATRIX_COLUMNS.find((c) => c.id === 'europol')!, 'ar') }, { id: 'untoc', name: 'UNTOC' }];
    expect(columnLayout(ar, 180, 'ar').headings[0].text).toBe('يوروبول');
  });
});
