// @vitest-environment node
// Slides in the step's language: no English catalogue word in a French or Arabic slide (model and drawn SVG), the
// .pptx runs carry the language and Arabic paragraphs are right to left, text fits in Chinese and Arabic.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseIcu, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MapGeometry } from '../geo/mapGeometry';
import { formatMessage, loadCatalogue } from '../i18n/catalogue';
import { formatDate } from '../data/dates';
import { nameOf } from '../i18n/names';
import { lensLabel } from '../i18n/terms';
import type { Lang } from '../i18n/langs';
import { LAYOUT_IDS } from './layouts';
import { buildPptx } from './pptx';
import { MATRIX_COLUMNS } from '../graph/matrix';
import { cardRows, cardSources, renderSlide, slideFrame, SLIDE_W } from './renderSlide';
import { slideModel, type SlideInput, type SlideModel } from './slideModel';
import { atlas, geometry, svgDocument, view, viewOf, sources } from './slideTestAtlas';
import { textWidth, wrap, charsFor, MIN_READABLE } from './textFit';
import { formatNumber } from '../i18n/numbers';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all((['fr', 'ar', 'zh'] as const).map(loadCatalogue));
});

/** Literal words of a catalogue's messages (placeholders and select keys left out); read and parsed once per language
 *  (every check of a slide parsed the whole catalogue again). */
const words = new Map<Lang, Set<string>>();
function wordsOf(lang: Lang): Set<string> {
  const known = words.get(lang);
  if (known) return known;
  const messages = JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8')) as Record<string, string>;
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const e of els) {
      if (e.type === TYPE.literal) for (const w of e.value.match(/\p{L}+/gu) ?? []) out.add(w);
      if ('options' in e) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  for (const m of Object.values(messages)) walk(parseIcu(m));
  words.set(lang, out);
  return out;
}
const english = wordsOf('en');
/** English words of the catalogue in `text` that the language's own catalogue does not also use ("Total", "Budapest"). */
function englishIn(text: string, lang: Lang): string[] {
  const own = wordsOf(lang);
  return [...new Set((text.match(/\p{L}+/gu) ?? []).filter((w) => english.has(w) && !own.has(w) && w.length > 1))];
}

const FILTERED = '?lens=unga-74-247&f=budapest:party;unga-74-247:yes,no;region:un-african';
/** Every layout, with a filter over three dimensions, a selection, a focus, a callout; the words are the deck's. */
const inputs = (lang: Lang): SlideInput[] => LAYOUT_IDS.map((layout) => ({
  view: { ...(layout === 'compare' ? view({ cmp: ['KOR', 'USA', 'BIH'] }) : viewOf(`${FILTERED}&sel=SRB&focus=SRB:1`)), lang },
  layout, index: 2, total: 9,
}));
const unfilteredTable = (lang: Lang): SlideInput => ({ view: view({ lens: 'un-convention', lang }), layout: 'table' });
/** The models of `inputs(lang)` then `unfilteredTable(lang)`, each made once: the model, drawn and fitting tests read
 *  the same slides (slideModel is pure; nothing here changes a model). */
const made = new Map<string, SlideModel>();
const modelsOf = (lang: Lang, withTable = true): SlideModel[] => [...inputs(lang), ...(withTable ? [unfilteredTable(lang)] : [])].map((input, i) => {
  const key = `${lang} ${i}`;
  let m = made.get(key);
  if (!m) made.set(key, (m = slideModel(atlas, sources, input)));
  return m;
});

/** What a model says in words, data left out: source titles, bloc and region names (English in the dataset). */
function modelText(m: SlideModel): string {
  const data = [...m.citations.map((c) => c.title), ...atlas.blocs.map((b) => b.name)];
  const strip = (s: string) => data.reduce((t, d) => t.split(d).join(' '), s);
  return strip([
    m.title, m.lensLine, m.statement, m.footer, m.stepLabel ?? '', m.alt, m.sourceLine,
    ...m.legend.map((l) => l.text), ...m.labels.map((l) => l.name),
    ...(m.record ? [m.record.name, ...m.record.rows.flatMap((r) => [r.lens, r.status, r.date ?? ''])] : []),
    ...(m.compare ? [...m.compare.names, ...m.compare.rows.flatMap((r) => [r.lens, ...r.cells.flatMap((c) => [c.status, c.date ?? ''])])] : []),
    ...(m.table?.kind === 'list' ? [m.table.title, ...m.table.items.flatMap((i) => [i.name, i.status])] : []),
    ...(m.table?.kind === 'crosstab' ? [m.table.title, ...m.table.columns.map((c) => c.label), ...m.table.rows.map((r) => r.label)] : []),
  ].join('\n'));
}

/** Names the dataset gives in English: UN regional groups and blocs, organisations and instruments. */
const DATA_NAMES = [...atlas.blocs.map((b) => b.name), ...atlas.dataset.nodes.filter((n) => !atlas.countryById.has(n.id)).map((n) => n.label)];
/** The SVG's words, leaving out the sources line, the record's source list and lines that are (the start of) a data name. */
function svgText(svg: string): string {
  const doc = svgDocument(svg);
  // a record card's source is read from its whole line (its title, data, may be drawn shortened)
  return [...doc.querySelectorAll('text'), ...doc.querySelectorAll('[data-source] > title')]
    .filter((t) => t.getAttribute('data-role') !== 'sources' && !(t.tagName === 'text' && t.closest('[data-source]')))
    .map((t) => t.textContent ?? '')
    .filter((text) => !/^(Sources|المصادر)/.test(text) && !DATA_NAMES.some((n) => n.startsWith(text.replace(/…$/, '')) || text.includes(n)))
    .join('\n');
}

describe('slides in the step\'s language', () => {
  it('the oracle sees English: an English slide is full of catalogue words', () => {
    const m = slideModel(atlas, sources, inputs('en')[0]);
    expect(englishIn(modelText(m), 'fr').length).toBeGreaterThan(5);
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`a ${lang} slide model, in every layout, has no English catalogue word`, () => {
      for (const m of modelsOf(lang)) {
        expect(m.lang).toBe(lang);
        expect(englishIn(modelText(m), lang), `${m.layout}: ${modelText(m)}`).toEqual([]);
      }
    });

    it(`a ${lang} slide as drawn (SVG text) has no English catalogue word`, () => {
      for (const m of modelsOf(lang)) {
        // data, and the matrix's acronym headings ("UNTOC", "J-CAT"), written alike in every language as in the live matrix
        const data = [...m.citations.map((c) => c.title), ...atlas.blocs.map((b) => b.name), ...MATRIX_COLUMNS.filter((c) => !c.lens).map((c) => c.short)];
        const text = data.reduce((t, d) => t.split(d).join(' '), svgText(renderSlide(m, geo)));
        expect(englishIn(text, lang), `${m.layout}`).toEqual([]);
      }
    });
  }

  it('names the network slide\'s organisations and instruments in the step\'s language (the live graph\'s short forms)', () => {
    const names = (lang: Lang) => slideModel(atlas, sources, { view: { ...viewOf('?sel=europol'), lang }, layout: 'network' }).network!.nodes.filter((n) => n.labelled).map((n) => n.name);
    expect(names('zh')).toEqual(expect.arrayContaining(['欧洲刑警组织', '布达佩斯公约']));
    expect(names('fr')).toEqual(expect.arrayContaining(['Europol', 'Convention de Budapest']));
    expect(names('ar')).toEqual(expect.arrayContaining(['اليوروبول', 'اتفاقية بودابست']));
    expect(names('en')).toEqual(expect.arrayContaining(['Europol', 'Budapest Convention']));
  });

  it('says the filter in French with UN treaty terms, and in Arabic and Chinese', () => {
    const fr = slideModel(atlas, sources, { view: { ...viewOf('?lens=unga-74-247&f=budapest:party;unga-74-247:yes'), lang: 'fr' } });
    // no-break spaces before the colon and inside "sur 79" (French typography; they also keep the number on its line)
    expect(fr.statement).toMatch(/^8 sur\u00a0\d+\u00a0: États parties \(Convention de Budapest\) qui ont voté pour la résolution A\/RES\/74\/247$/);
    expect(fr.legend.find((l) => l.cls === 'yes')!.text).toBe('Pour\u00a0: 8 affichés sur\u00a079');
    expect(wrap('Contre\u00a0: 0 affichés sur\u00a060', 22, 3)).toEqual(['Contre\u00a0: 0 affichés', 'sur\u00a060']);
    const ar = slideModel(atlas, sources, { view: { ...viewOf('?f=budapest:party'), lang: 'ar' } });
    expect(ar.statement).toContain('الدول الأطراف في اتفاقية بودابست');
    expect(ar.dir).toBe('rtl');
    const zh = slideModel(atlas, sources, { view: { ...viewOf('?f=budapest:party&sel=KOR'), lang: 'zh' } });
    expect(zh.statement).toContain('《布达佩斯公约》缔约国');
    expect(zh.statement).toContain('大韩民国');
  });

  it('lays an Arabic slide out right to left: text anchored at the right margin, the legend column on the left', () => {
    const m = slideModel(atlas, sources, { view: { ...viewOf('?f=budapest:party'), lang: 'ar' }, title: 'عنوان' });
    const f = slideFrame(m);
    expect(f.legend!.x).toBeLessThan(f.picture.x);
    const doc = svgDocument(renderSlide(m, geo));
    const title = doc.querySelector('[data-role="title"]')!;
    expect(title.getAttribute('direction')).toBe('rtl');
    expect(Number(title.getAttribute('x'))).toBe(f.title.x + f.title.w);
    expect(title.getAttribute('text-anchor')).toBeNull(); // "start" of a right-to-left line is its right end
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    // the map is a drawing: not mirrored
    expect(renderSlide(m, geo)).not.toMatch(/scale\(-1/);
  });

  it('keeps an Arabic slide\'s English source titles, notes and ids in their order: isolated left to right, each line balanced', () => {
    const LRI = '\u2066', PDI = '\u2069';
    const balanced = (l: string) => {
      let depth = 0;
      for (const ch of l) { if (/[\u2066-\u2068]/.test(ch)) depth++; if (ch === PDI && --depth < 0) return false; }
      return depth === 0;
    };
    // the United States under CETS 224: a card whose source title takes three lines, an Arabic date, then the id
    const m = slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=ar'), layout: 'map-record' });
    const doc = svgDocument(renderSlide(m, geo));
    const src = doc.querySelector('[data-role="record"] [data-source]')!;
    const id = src.getAttribute('data-source')!;
    const lines = [...src.querySelectorAll('text')];
    expect(lines.length).toBeGreaterThan(1);
    for (const t of lines) {
      // the line reads from the right as the card does; the title's words are in a left-to-right isolate on every line
      expect(t.getAttribute('direction'), t.textContent!).toBe('rtl');
      expect(balanced(t.textContent!), t.textContent!).toBe(true);
      expect(t.textContent!.startsWith(LRI), t.textContent!).toBe(true);
    }
    // the title, then the date (Arabic, right to left), then the id, isolated
    // (read across its lines, broken at spaces: at 20 units the id may take a line of its own)
    expect(lines.map((t) => t.textContent).join(' ')).toMatch(new RegExp(`${PDI} \u2067\\(بتاريخ [^)]+\\)${PDI} · ${LRI}${id}${PDI}$`));
    // the slide's sources line: each English title isolated, also where a break cuts one
    const lineTexts = [...doc.querySelectorAll('[data-role="sources"]')].map((t) => t.textContent!);
    for (const l of lineTexts) expect(balanced(l), l).toBe(true);
    expect(lineTexts.join(' ')).toMatch(new RegExp(`^المصادر: ${LRI}[A-Z]`));
    // a source whose as-of is an English note ("2023-12 / 2024") has it isolated too, not its digits reordered
    const noted = slideModel(atlas, sources, { view: viewOf('?sel=USA&lang=ar'), layout: 'map-record' }).record!.sources;
    for (const s of noted) expect(/^\d{4}-\d\d(-\d\d)?$/.test(s.date) || /[\u0600-\u06ff]/.test(s.date) || s.date.startsWith(LRI), s.date).toBe(true);
  });

  it('never breaks an Arabic sources line inside a title: each title one left-to-right run, "؛" right after it', () => {
    // a title broken across lines read "Council of Europe Treaty Office: ؛Council of Europe … 185 :المصادر" (its first
    // words at the far left of the first line); the map, a record, a network and the UN convention lens
    const views = ['?lang=ar', '?sel=KOR&lang=ar', '?sel=europol&lens=un-convention&t=2015-06-30&lang=ar', '?lens=un-convention&lang=ar', '?sel=USA&lens=budapest-p2&lang=ar'];
    for (const v of views) {
      const m = slideModel(atlas, sources, { view: viewOf(v) }, geo);
      expect(m.sourceNames.length, v).toBeGreaterThan(1);
      const lines = [...svgDocument(renderSlide(m, geo)).querySelectorAll('[data-role="sources"]')].map((t) => t.textContent!);
      const runs = lines.flatMap((l) => l.match(/\u2066[^\u2066-\u2069]*\u2069/g) ?? []);
      expect(runs, v).toEqual(m.sourceNames.map((s) => `\u2066${s.title}\u2069`));
      // each run followed by the Arabic separator (or ending the line list before the count)
      for (const l of lines) for (const after of l.split(/\u2066[^\u2066-\u2069]*\u2069/).slice(1)) expect(after, `${v}: ${l}`).toMatch(/^(؛|$)/);
      // nothing cut by the fit (a title's own "…" is shortTitle's, inside its run)
      expect(lines.join(' ').replace(/\u2066[^\u2066-\u2069]*\u2069/g, 'T'), v).not.toMatch(/…/);
    }
  });

  it('keeps an Arabic sources line at the slide\'s smallest type or larger: a title fewer and counted, not shrunk', () => {
    // three whole titles of the Budapest charts took 17 units (11 px at 1024×768)
    for (const [q, layout] of [['?lens=budapest&lang=ar', 'map'], ['?lens=budapest-p1&lang=ar', 'network'], ['?lens=budapest&sel=USA&lang=ar', 'map-record']] as const) {
      const m = slideModel(atlas, sources, { view: viewOf(q), layout });
      const f = slideFrame(m);
      expect(f.sources.size, q).toBeGreaterThanOrEqual(MIN_READABLE);
      expect(f.sources.lines.at(-1), q).not.toMatch(/…$/);
      // every record cited is named or counted ("و116 أخرى")
      expect(m.sourceNames.length, q).toBeGreaterThan(0);
      expect(m.sourceNames.length + m.sourcesMore, q).toBe(m.citations.length);
      expect(f.sources.lines.join(' '), q).toContain(formatNumber('ar', m.sourcesMore));
    }
  });

  it('wraps an Arabic record card\'s long English source title rather than cut it, and counts the sources it leaves out', () => {
    // Brazil under the UN convention: "UN Treaty Collection, MTDSG Chapter XVIII-16, United Nations…" and nothing said
    // of the two other sources
    const bare = (x: string) => x.replace(/[\u2066-\u2069\s]/g, '');
    for (const sel of ['BRA', 'FRA', 'RUS', 'CHN']) {
      const m = slideModel(atlas, sources, { view: viewOf(`?sel=${sel}&lens=un-convention&lang=ar`), layout: 'map-record' });
      const card = svgDocument(renderSlide(m, geo)).querySelector('[data-role="record"]')!;
      const drawn = [...card.querySelectorAll('[data-source]')];
      expect(drawn.length, sel).toBeGreaterThan(0);
      const first = m.record!.sources[0];
      const lines = [...drawn[0].querySelectorAll('text')].map((t) => t.textContent!).join(' ');
      expect(bare(lines), sel).toBe(bare(first.text));
      const more = m.record!.sources.length - drawn.length;
      if (more) expect(bare(card.textContent!), sel).toContain(bare(formatMessage('ar', 'slide.sourcesMore', { count: more })));
    }
  });

  it('an Arabic .pptx without the sources\' texts says so and writes each cited id as an English run', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const m = slideModel(atlas, null, { view: viewOf('?lang=ar') }, geo);
    expect(m.sourceIds.length).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(await buildPptx('Deck', [{ model: m, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const runs = [...xml.matchAll(/<a:r><a:rPr [^>]*lang="([^"]+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((x) => ({ lang: x[1], text: x[2] }));
    for (const id of m.sourceIds) expect(runs, id).toContainEqual({ lang: 'en-US', text: `\u2066${id}\u2069` });
    expect(runs.map((r) => r.text).join('')).toContain('تعذّر تحميل عناوين المصادر');
    expect(runs.map((r) => r.text).join('')).not.toContain('لا ينطبق أي مصدر');
  });

  it('wraps an isolated run across lines closed and opened again, so each line (a paragraph of its own) keeps it', () => {
    const text = '\u2067المصادر: \u2066Council of Europe Treaty Office: Chart of signatures\u2069 و3 أخرى\u2069';
    const lines = wrap(text, 20, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^\u2067\u2066.*\u2069\u2069$/);
    expect(lines.join(' ').replace(/[\u2066-\u2069]/g, '')).toBe(text.replace(/[\u2066-\u2069]/g, ''));
    // the marks take no width
    expect(textWidth('\u2066abc\u2069', 20)).toBe(textWidth('abc', 20));
  });

  it('fits Chinese and Arabic text by its width: Chinese breaks between characters, no line spills', () => {
    const zh = '本幻灯片所示内容无适用来源，另有三个来源列于地图集中，以及更多的说明文字';
    const lines = wrap(zh, charsFor(400, 30), 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(zh);
    for (const l of lines) expect(textWidth(l, 30)).toBeLessThanOrEqual(400);
    // a Chinese character is a whole em, wider than the Latin average
    expect(textWidth('国家', 20)).toBe(40);
    for (const lang of ['zh', 'ar'] as const) {
      for (const m of modelsOf(lang, false)) {
        const f = slideFrame(m);
        for (const b of [f.title, f.lensLine, f.statement, f.sources, f.footer].filter((x) => x !== null)) {
          for (const l of b.lines) expect(b.x + textWidth(l, b.size, (b.weight ?? 400) >= 600), `${lang} ${m.layout}: ${l}`).toBeLessThanOrEqual(SLIDE_W);
        }
      }
    }
  });

  it('writes .pptx runs in the slide\'s language, Arabic paragraphs right to left', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const models = [
      slideModel(atlas, sources, { view: { ...viewOf('?f=budapest:party&sel=KOR'), lang: 'ar' }, index: 1, total: 2 }),
      slideModel(atlas, sources, { view: { ...viewOf('?f=budapest:party&sel=KOR'), lang: 'fr' }, index: 2, total: 2 }),
    ];
    const zip = await JSZip.loadAsync(await buildPptx('Deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    const [ar, fr] = await Promise.all([1, 2].map((n) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')));
    const langs = (xml: string) => new Set([...xml.matchAll(/<a:rPr [^>]*lang="([^"]+)"/g)].map((x) => x[1]));
    // Arabic, but for the English source titles isolated in it (tagged English: below)
    expect(langs(ar)).toEqual(new Set(['ar-SA', 'en-US']));
    // French, but for the dataset's English source titles (below)
    expect(langs(fr)).toEqual(new Set(['fr-FR', 'en-US']));
    const paragraphs = (xml: string) => [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((x) => x[1]).filter((p) => p.includes('<a:t>'));
    expect(paragraphs(ar).length).toBeGreaterThan(4);
    for (const p of paragraphs(ar)) expect(p, p.slice(0, 200)).toMatch(/<a:pPr [^>]*rtl="1"/);
    expect(fr).not.toMatch(/rtl="1"/);
    expect(ar).toContain(models[0].statement.replace(/&/g, '&amp;'));
  });

  it('says the lens once: under a title that names it the subtitle gives the date, and the selection, in all six', async () => {
    await Promise.all((['en', 'es', 'ru'] as const).map(loadCatalogue));
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
      const v = { ...viewOf('?lens=budapest-p2&sel=USA&t=2023-05-01'), lang };
      const lens = lensLabel('budapest-p2', lang);
      const m = slideModel(atlas, sources, { view: v, layout: 'map' });
      const day = formatDate('2023-05-01', lang);
      expect(m.title, lang).toBe(lens);
      expect(m.lensLine, lang).not.toContain(lens);
      expect(m.lensLine, lang).toContain(day);
      expect(m.statement, lang).toContain(nameOf(atlas, 'USA', lang));
      // nothing lost: the drawn slide says the lens (title), the date and the selection
      const drawn = [...svgDocument(renderSlide(m, geo)).querySelectorAll('text')].map((t) => t.textContent).join(' ');
      const bare = (x: string) => x.replace(/[\s\u2066-\u2069]/g, '');
      for (const said of [lens, day, nameOf(atlas, 'USA', lang)]) expect(bare(drawn), `${lang}: ${said}`).toContain(bare(said));
      // a step titled in its own words keeps the lens in the subtitle
      expect(slideModel(atlas, sources, { view: v, layout: 'map', title: 'Briefing' }).lensLine, lang).toContain(lens);
    }
  });

  it('isolates an Arabic .pptx\'s English source titles and ids left to right, as the SVG slide does', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    // the United States under CETS 224 (a record card with sources) and the EU as a matrix: both have a sources line
    const models = [
      slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=ar'), layout: 'map-record', index: 1, total: 3 }),
      slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu&sel=DEU&lang=ar'), index: 2, total: 3 }),
      slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=fr'), layout: 'map-record', index: 3, total: 3 }),
    ];
    const zip = await JSZip.loadAsync(await buildPptx('Deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    const [rec, matrix, fr] = await Promise.all([1, 2, 3].map((n) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')));
    const runsOf = (p: string) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((x) => x[1]);
    const sourceParagraphs = (xml: string) => [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((x) => runsOf(x[1]))
      .filter((runs) => runs.join('').startsWith('المصادر: '));
    for (const xml of [rec, matrix]) {
      const paragraphs = sourceParagraphs(xml);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const runs of paragraphs) {
        const text = runs.join('');
        // once the isolated stretches are taken out, no Latin letter is left to the right-to-left paragraph
        expect(text.replace(/\u2066[^\u2066-\u2069]*\u2069/g, ''), text).not.toMatch(/[A-Za-z]/);
        // each linked title is a run of its own, isolated whole
        for (const r of runs.filter((x) => /[A-Za-z]/.test(x) && !x.includes('\u2067'))) expect(r, r).toMatch(/^\u2066[^\u2066-\u2069]*\u2069$/);
      }
    }
    // the bottom line names records by their links, titles isolated: "المصادر: ⁦Netherlands Treaty Database: …⁩; …"
    expect(sourceParagraphs(rec).at(-1)!.join('')).toMatch(/^المصادر: \u2066[A-Z]/);
    // the card's source reads title, date, id
    expect(sourceParagraphs(rec)[0].join('')).toMatch(/\u2069 \u2067\(بتاريخ [^)]+\)\u2069 · \u2066coe:S0\d\u2069/);
    // a left-to-right slide has no marks
    expect(fr).not.toMatch(/[\u2066-\u2069]/);
  });

  it('joins an Arabic slide\'s sources with the Arabic semicolon "؛", a Chinese one\'s with "；" (SVG and .pptx)', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const cases = [['ar', '؛ '], ['zh', '；']] as const;
    const models = cases.map(([lang]) => slideModel(atlas, sources, { view: viewOf(`?sel=USA&lens=budapest-p2&lang=${lang}`), layout: 'map-record' }));
    const zip = await JSZip.loadAsync(await buildPptx('Deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    for (const [i, [lang, sep]] of cases.entries()) {
      const m = models[i];
      const parts = m.sourceNames.length + (m.sourcesMore ? 1 : 0);
      expect(parts, lang).toBeGreaterThan(1);
      // the line with its isolated English titles taken out: the separators are the language's own
      const own = m.sourceLine.replace(/\u2066[^\u2066-\u2069]*\u2069/g, 'T');
      expect(own.split(sep).length - 1, `${lang}: ${own}`).toBe(parts - 1);
      expect(own, lang).not.toContain(';');
      const drawn = [...svgDocument(renderSlide(m, geo)).querySelectorAll('[data-role="sources"]')].map((t) => t.textContent).join(' ');
      expect(drawn.replace(/\u2066[^\u2066-\u2069]*\u2069/g, 'T'), lang).not.toContain(';');
      // the .pptx's bottom line: a run of its own between the linked titles
      const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string');
      const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((x) => x[1]);
      // (the card's sources are cut at their isolates too, in Arabic: more such runs there)
      expect(runs.filter((r) => r === sep).length, lang).toBeGreaterThanOrEqual(m.sourceNames.length - 1);
      expect(runs.filter((r) => r === '; ').length, lang).toBe(0);
    }
  });

  it('sets French punctuation on a slide and in its .pptx: no-break spaces before ":" and ";" (narrow before ";")', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const m = slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=fr'), layout: 'map-record' });
    expect(m.sourceNames.length).toBeGreaterThan(1);
    const svg = renderSlide(m, geo);
    const drawn = [...svgDocument(svg).querySelectorAll('text')].map((t) => t.textContent).join('\n');
    const xml = (await (await JSZip.loadAsync(await buildPptx('Deck', [{ model: m, picture: PNG }], 'arraybuffer'))).file('ppt/slides/slide1.xml')!.async('string'))
      .replace(/<[^>]+>/g, '\n').replace(/&amp;/g, '&');
    for (const [where, text] of [['SVG', drawn], ['.pptx', xml]]) {
      // the record card's row, the legend's entries, the sources line's lead and separators (at 20 units the card has
      // room for its own lens's row and its two sources, not for the Budapest row it also drew at 18)
      for (const said of ['STCE 224\u00a0: Signataire', 'Signataire\u00a0: 49', 'Sources\u00a0:']) expect(text, where).toContain(said);
      // (the .pptx also lists the card's sources whole, joined the same way)
      expect(text.split('\u202f; ').length - 1, where).toBeGreaterThanOrEqual(m.sourceNames.length - 1 + (m.sourcesMore ? 1 : 0));
      // no plain or narrow space before a colon, no plain or no-break one before a semicolon
      expect(text, where).not.toMatch(/[ \u202f]:|[ \u00a0];/);
    }
  });

  it('tags the English isolated in an Arabic .pptx as English (lang="en-US"): titles and ids, in the card and the sources line', async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const models = [
      slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=ar'), layout: 'map-record', index: 1, total: 2 }),
      slideModel(atlas, sources, { view: viewOf('?sel=USA&lens=budapest-p2&lang=fr'), layout: 'map-record', index: 2, total: 2 }),
    ];
    const zip = await JSZip.loadAsync(await buildPptx('Deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    const [ar, fr] = await Promise.all([1, 2].map((n) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')));
    const runs = (xml: string) => [...xml.matchAll(/<a:r><a:rPr [^>]*lang="([^"]+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((x) => ({ lang: x[1], text: x[2] }));
    const english = runs(ar).filter((r) => r.lang === 'en-US');
    // each isolate is a run of its own, tagged English; every other run is Arabic and holds no isolate
    for (const r of runs(ar)) {
      const isolate = /^\u2066[^\u2066-\u2069]*\u2069$/.test(r.text);
      expect(r.lang, r.text).toBe(isolate ? 'en-US' : 'ar-SA');
      if (!isolate) expect(r.text, r.text).not.toMatch(/\u2066[^\u2066-\u2069]*\u2069/);
    }
    // the card's sources (title, then the id) and the sources line's titles
    const m = models[0];
    for (const s of m.record!.sources) {
      expect(english.map((r) => r.text), s.id).toContain(`\u2066${s.id}\u2069`);
      expect(english.some((r) => r.text.startsWith(`\u2066${s.title.slice(0, 20)}`)), s.title).toBe(true);
    }
    for (const s of m.sourceNames) expect(english.map((r) => r.text), s.title).toContain(`\u2066${s.title}\u2069`.replace(/&/g, '&amp;'));
    // a left-to-right slide: its English runs below
    expect(new Set(runs(fr).map((r) => r.lang))).toEqual(new Set(['fr-FR', 'en-US']));
  });

  it('tags the dataset\'s English in a French, Spanish, Russian or Chinese .pptx as English (lang="en-US"), every other run the slide\'s language', async () => {
    await Promise.all((['es', 'ru'] as const).map(loadCatalogue));
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const cases = [['fr', 'fr-FR'], ['es', 'es-ES'], ['ru', 'ru-RU'], ['zh', 'zh-CN'], ['en', 'en-GB']] as const;
    // the United States under CETS 224: a record card with three sources, and a sources line of linked titles
    const models = cases.map(([lang]) => slideModel(atlas, sources, { view: viewOf(`?sel=USA&lens=budapest-p2&lang=${lang}`), layout: 'map-record' }));
    const zip = await JSZip.loadAsync(await buildPptx('Deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    const runs = (xml: string) => [...xml.matchAll(/<a:r><a:rPr [^>]*lang="([^"]+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((x) => ({ lang: x[1], text: x[2].replace(/&amp;/g, '&') }));
    for (const [i, [lang, tag]] of cases.entries()) {
      const m = models[i];
      // (the card's sources as the slide's card names them: the others it counts, "and 2 more")
      const named = cardSources(m, cardRows(m, slideFrame(m).record!).sourcesBox).items.map((x) => x.src);
      const englishWords = new Set([...m.sourceNames.map((s) => s.title), ...named.flatMap((s) => [s.title, s.id, ...(s.note ? [s.date] : [])])]);
      expect(m.record!.sources.length, lang).toBeGreaterThan(1);
      expect(named.length, lang).toBeGreaterThan(0);
      const all = runs(await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string'));
      // in English every run is the slide's; elsewhere exactly the dataset's words are English
      for (const r of all) expect(r.lang, `${lang}: ${r.text}`).toBe(lang !== 'en' && englishWords.has(r.text) ? 'en-US' : tag);
      for (const w of englishWords) expect(all.some((r) => r.text === w), `${lang}: ${w}`).toBe(true);
    }
  });

  it('tags the dataset\'s English in a French, Spanish, Russian, Chinese or Arabic SVG slide as English (xml:lang="en" on its tspan), as the .pptx does', async () => {
    await Promise.all((['es', 'ru'] as const).map(loadCatalogue));
    for (const lang of ['fr', 'es', 'ru', 'zh', 'ar', 'en'] as const) {
      // the United States under CETS 224: a record card with three sources, and a sources line of titles
      const m = slideModel(atlas, sources, { view: viewOf(`?sel=USA&lens=budapest-p2&lang=${lang}`), layout: 'map-record' });
      const svg = renderSlide(m, geo);
      const doc = svgDocument(svg);
      const tagged = [...doc.querySelectorAll('tspan')].filter((t) => t.getAttribute('xml:lang') === 'en' || t.getAttribute('lang') === 'en');
      if (lang === 'ar') {
        // a right-to-left line keeps each isolate's marks, inside its tspan (so the line orders as without tspans),
        // and every left-to-right isolate is in one
        for (const t of tagged) expect(t.textContent, lang).toMatch(/^\u2066[^\u2066]*\u2069?$/);
        const isolates = [...doc.querySelectorAll('text')].map((t) => t.textContent!.split('\u2066').length - 1).reduce((a, b) => a + b, 0);
        expect(isolates, lang).toBeGreaterThan(3);
        expect(tagged.length, lang).toBe(isolates);
      } else {
        // a left-to-right slide needs no isolate marks: the tspan says it
        expect(svg, lang).not.toMatch(/[\u2066-\u2069]/);
      }
      if (lang === 'en') { expect(tagged, lang).toEqual([]); continue; }
      const said = tagged.map((t) => t.textContent!.replace(/[\u2066-\u2069]/g, '')).join('\n');
      // the card's sources drawn (each id, its title's first words) and the sources line's first title
      const drawn = m.record!.sources.filter((s) => doc.querySelector(`g[data-source="${s.id}"]`));
      expect(drawn.length, lang).toBeGreaterThan(0);
      for (const s of drawn) {
        expect(tagged.map((t) => t.textContent!.replace(/[\u2066-\u2069]/g, '')), `${lang}: ${s.id}`).toContain(s.id);
        expect(said, `${lang}: ${s.title}`).toContain(s.title.split(' ').slice(0, 2).join(' '));
      }
      expect(said, lang).toContain(m.sourceNames[0].title.split(' ').slice(0, 3).join(' '));
      // and nothing of the slide's own words: each tagged piece is one of the dataset's English texts
      const english = [...m.sourceNames.map((s) => s.title), ...m.record!.sources.flatMap((s) => [s.title, s.id, s.date])].join(' ');
      for (const t of tagged) for (const w of t.textContent!.replace(/[\u2066-\u2069]/g, '').replace(/…$/, '').split(/\s+/).filter(Boolean)) expect(english, `${lang}: ${w}`).toContain(w);
    }
  });
});
