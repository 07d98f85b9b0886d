// @vitest-environment node
// What a slide draws stays in its part: the legend and the record card end above the caption and the sources in
// every language (Russian legend entries wrap to two lines), the map's "more not labelled" note is only where a map
// is drawn, a short record card keeps the row of the slide's own lens, and a table names its States whole when a
// slightly smaller size fits them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { formatMessage, loadCatalogue } from '../i18n/catalogue';
import { lensShort } from '../i18n/terms';
import { labelSep } from '../i18n/langs';
import { LENS_IDS, statusAt } from '../data/lenses';
import type { Lang } from '../i18n/langs';
import { networkFit } from './networkPicture';
import { cardRows, cardShortened, cardSources, legendNeed, renderSlide, slideFrame, sourceLines } from './renderSlide';
import { mapLabelsDropped } from './mapPicture';
import { speakerNotes } from './slideStrings';
import { inForceWords, slideModel, type SlideInput } from './slideModel';
import type { LayoutId } from './layouts';
import { atlas, geometry, svgDocument as doc, viewOf, sources } from './slideTestAtlas';
import { charsFor, fitLines, MIN_READABLE, textWidth, wrap } from './textFit';

const LANGS: Lang[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all(LANGS.map(loadCatalogue));
  // the network's layout and the map's paths are memoised per dataset: made once here, not in the first test
  for (const layout of ['network', 'map'] as const) renderSlide(slideModel(atlas, sources, { view: viewOf('?sel=KOR'), layout }), geo);
});

const CAPTION = 'A caption long enough to take two lines of the slide, which leaves the record card less room than it would like to have for its sources.';
const input = (q: string, lang: Lang, layout: LayoutId): SlideInput =>
  ({ view: { ...viewOf(q), lang }, layout, caption: 'A caption of a few words', index: 2, total: 5 });

// Several tests look at the same slide: each is modelled, drawn and parsed once (~0.1 s each; nothing here changes them).
const slides = new Map<string, { m: ReturnType<typeof slideModel>; d: Document }>();
function slide(q: string, lang: Lang, layout: LayoutId) {
  const key = `${q} ${lang} ${layout}`;
  let s = slides.get(key);
  if (!s) {
    const m = slideModel(atlas, sources, input(q, lang, layout));
    slides.set(key, s = { m, d: doc(renderSlide(m, geo)) });
  }
  return s;
}

describe('slide parts stay in their boxes', () => {
  const VIEWS = ['?lens=unga-74-247&f=budapest:party&sel=KOR', '?lens=budapest&t=2010-01-01&f=budapest:party&sel=FRA'];
  for (const lang of LANGS) for (const layout of ['map', 'network', 'map-record', 'table'] as const) {
    it(`${lang} ${layout}: legend and record end above the caption and the sources`, () => {
      for (const q of VIEWS) {
        const { m, d } = slide(q, lang, layout);
        const f = slideFrame(m);
        const top = (f.caption ?? f.sources).y;
        const texts = [...d.querySelectorAll('[data-role="legend"] text, [data-role="record"] text')];
        expect(texts.length).toBeGreaterThan(3);
        // the baseline plus the descenders (one assertion naming every text past the line)
        const past = texts.filter((t) => !(Number(t.getAttribute('y')) + 0.25 * Number(t.getAttribute('font-size')) <= top)).map((t) => `"${t.textContent}" at ${t.getAttribute('y')}`);
        expect(past, `${lang} ${layout} ${q}: past ${top}`).toEqual([]);
        // every legend entry is drawn: its own, or named with the classes none of which is drawn ("None shown: …")
        const merged = [...d.querySelectorAll('[data-role="legend"] [data-legend-none]')].flatMap((g) => g.getAttribute('data-legend-none')!.split(' '));
        expect(d.querySelectorAll('[data-role="legend"] [data-legend-class]').length + merged.length).toBe(m.legend.length);
      }
    });
  }

  it('says "more not labelled" only where a map is drawn', () => {
    const q = '?lens=unga-73-187&f=region:un-eastern-european';
    const note = (layout: LayoutId) => {
      const m = slideModel(atlas, sources, input(q, 'en', layout));
      return { m, has: (doc(renderSlide(m, geo)).documentElement.textContent ?? '').includes('more not labelled') };
    };
    const map = note('map');
    expect(map.m.unlabelled).toBeGreaterThan(0);
    expect(map.has).toBe(true);
    // a table names every State it lists
    expect(note('table').has).toBe(false);
    expect(note('network').has).toBe(false);
  });

  it('a record card short of room keeps the row of the slide\'s lens', () => {
    for (const lang of LANGS) {
      const { m, d } = slide('?lens=unga-74-247&f=budapest:party&sel=KOR', lang, 'map-record');
      const row = m.record!.rows.find((r) => r.current)!;
      const shown = [...d.querySelectorAll('[data-role="record"] text')].map((t) => t.textContent ?? '').join(' ');
      expect(shown, lang).toContain(row.status.split(' ')[0]);
      expect(shown, lang).toContain(row.lens);
      expect(row.lens).toBe(lensShort('unga-74-247', lang));
    }
  });

  // A map + record slide cites what it draws: the rows its card has room for, not the six rows of the record. The rows
  // drawn are read from the SVG, their evidence from the data (statusAt), the rest of the slide's from the same view
  // without a card.
  const CARDS = ['?lens=un-convention&sel=BRA', '?lens=unga-74-247&f=budapest:party&sel=KOR', '?lens=budapest&sel=USA', '?lens=budapest-p2&sel=FRA&t=2023-06-01'];
  for (const lang of LANGS) it(`${lang}: a record card's sources line cites the rows the card draws, every one of them, and no row it leaves out`, () => {
    let dropped = 0;
    for (const q of CARDS) for (const caption of ['', 'A caption long enough to take two lines of the slide, which leaves the record card less room than it would like to have for its sources.']) {
      const label = `${lang} ${q} ${caption.length}`;
      const m = slideModel(atlas, sources, { ...input(q, lang, 'map-record'), caption });
      const texts = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="record"] text')].map((t) => t.textContent ?? '');
      const sel = m.selected!;
      // a row's lens may wrap before its colon ("Convención de las Naciones / Unidas: Ha firmado"): the card's lines are read as one text
      const card = texts.join(' ');
      const rows = m.record!.rows.map((row, i) => ({ row, lens: LENS_IDS[i], drawn: texts.some((t) => t.startsWith(row.lens.split(' ')[0])) && card.includes(`${row.lens}${labelSep(lang).trimEnd()}`) }));
      expect(rows.find((x) => x.row.current)!.drawn, label).toBe(true);
      // (a "not party" row stands on the treaty's complete list, as the record's fact does)
      const LISTS: Record<string, string> = { budapest: 'cets185', 'budapest-p1': 'ets189', 'budapest-p2': 'cets224', 'un-convention': 'un-convention' };
      const rowSources = (x: (typeof rows)[number]) => {
        const s = statusAt(atlas, x.lens, sel, m.date);
        return (!s.sources.length && s.cls === 'none' ? atlas.dataset.listSources[LISTS[x.lens]] ?? [] : s.sources).filter((id) => sources.byId.has(id));
      };
      const cited = new Set(m.citations.map((c) => c.id));
      // every source of every row drawn
      expect(rows.filter((r) => r.drawn).flatMap((x) => rowSources(x).filter((id) => !cited.has(id)).map((id) => `${x.lens} ${id}`)), `${label}: not cited`).toEqual([]);
      // nothing else than the slide without its card cites, and the rows drawn
      const bare = new Set(slideModel(atlas, sources, { ...input(q, lang, 'map'), caption }).citations.map((c) => c.id));
      const drawnIds = new Set(rows.filter((r) => r.drawn).flatMap(rowSources));
      expect([...cited].filter((id) => !(bare.has(id) || drawnIds.has(id))), `${label}: cited, drawn by no part of the slide`).toEqual([]);
      // the model says which rows it shows, and the card has room for them
      expect(rows.map((x) => x.drawn), label).toEqual(m.record!.rows.map((row) => row.shown));
      expect(cardRows(m, slideFrame(m).record!).fit, label).toBeGreaterThanOrEqual(rows.filter((x) => x.drawn).length);
      dropped += rows.filter((x) => !x.drawn).length;
    }
    // the cards above are short of room: some rows are left out, so the test says something
    expect(dropped, lang).toBeGreaterThan(0);
  });

  it('Brazil under the UN convention: the card leaves out the votes, and the slide does not cite the UN voting records', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=BRA'), layout: 'map-record' });
    const texts = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="record"] text')].map((t) => t.textContent ?? '').join(' ');
    expect(texts).not.toContain('74/247');
    expect(m.sourceLine).not.toMatch(/voting record/);
    expect(m.citations.map((c) => c.title).filter((t) => /voting record/.test(t))).toEqual([]);
  });

  // Long words on a card wrap to the lines they are allowed before any "…": a name on up to three lines ("Соединенное
  // Королевство Великобритании и Северной Ирландии"), a row on up to three, a source's whole title (not the sources
  // line's 110 characters: "…computercriminaliteit…"), a second source whole or counted, never a stub ("Council…").
  it('crowded record cards wrap long names, rows and source titles rather than cut them', () => {
    const cases: [string, Lang][] = [
      ['?lens=budapest&sel=GBR', 'ru'], ['?lens=budapest&sel=GBR', 'fr'], ['?lens=budapest&sel=BOL', 'ru'], ['?lens=budapest&sel=VEN', 'ru'],
      ['?lens=budapest&sel=PRK', 'ru'], ['?lens=budapest&sel=VAT', 'es'], ['?lens=budapest&sel=ALB', 'ar'], ['?lens=budapest&sel=CHL', 'ar'],
      ['?lens=budapest&sel=BRA', 'ar'], ['?lens=un-convention&sel=KAZ', 'en'], ['?lens=un-convention&sel=DOM', 'en'], ['?lens=un-convention&sel=GBR', 'zh'],
      ['?lens=budapest&sel=COD', 'zh'], ['?lens=unga-74-247&sel=GBR', 'ar'],
    ];
    for (const [q, lang] of cases) {
      const m = slideModel(atlas, sources, { view: { ...viewOf(q), lang }, layout: 'map-record', index: 2, total: 5 });
      const texts = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="record"] text')].map((t) => t.textContent ?? '');
      expect(texts.filter((t) => t.includes('…')), `${lang} ${q}`).toEqual([]);
      // and nothing of the card is in the notes as shortened (only the sources line's 110-character titles may be)
      const plain = (x: string) => x.replace(/[\u2066-\u2069]/g, '');
      expect(m.shortened.filter((x) => m.record!.sources.some((src) => plain(src.text) === plain(x)) || plain(x) === m.record!.name), `${lang} ${q}`).toEqual([]);
    }
  });

  it('where a card must cut its first source, the notes give its whole line', async () => {
    // a Russian card (Russia's, under the UN convention) with room for one row and less than its first source whole:
    // the source's title is cut after a word. (At 20 units the column takes width from the map before a card cuts a title, and no card of a sweep of
    // ~1,900 crowded ones under a caption cuts one: the card is given here the height a crowded one had.)
    const m = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=RUS&lang=ru'), layout: 'map-record', notes: 'Заметки', index: 2, total: 5, caption: CAPTION }, geo);
    const src = m.record!.sources[0];
    const full = slideFrame(m).record!;
    const card = Array.from({ length: 150 }, (_, i) => ({ ...full, w: 440, h: full.h - 2 * i })).find((b) => cardSources(m, cardRows(m, b).sourcesBox).items[0]?.cut)!;
    expect(card).toBeDefined();
    const drawn = cardSources(m, cardRows(m, card).sourcesBox).items[0].lines.join(' ').replace(/[\u2066-\u2069]/g, '');
    expect(drawn).toMatch(/…/);
    expect(drawn).toMatch(new RegExp(`${src.id}$`));
    // (without the marks that isolate its English words: the notes are not an Arabic line)
    // (the model gives the notes its words without the marks that isolate English words: slideModel.ts withShortened)
    const shortened = cardShortened(m, card).map((x) => x.replace(/[\u2066-\u2069]/g, ''));
    expect(shortened).toContain(src.text.replace(/[\u2066-\u2069]/g, ''));
    expect(speakerNotes({ ...m, shortened })).toBe(`Заметки\n\nСокращено на слайде, полностью:\n${shortened.join('\n')}`);
    // a title the sources line cuts to its length is given whole too
    const un = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=BRA'), layout: 'map-record' });
    const cut = un.sourceNames.find((n) => n.title.endsWith('…'))!;
    expect(cut.title).toMatch(/^Netherlands treaty database/);
    expect(un.shortened).toContain('Netherlands treaty database (verdragen.nl): Verdrag van de Verenigde Naties tegen computercriminaliteit, parties table');
    // nothing shortened, nothing added
    const plain = slideModel(atlas, sources, { view: viewOf('?lens=budapest&sel=FRA'), layout: 'map-record', notes: 'Notes' });
    expect(plain.shortened).toEqual([]);
    expect(speakerNotes(plain)).toBe('Notes');
  });

  for (const lang of LANGS) it(`${lang}: a crowded record card cuts a source's title after a word with "…", never its date and id, and keeps the whole line`, () => {
    let drawn = 0;
    // (Serbia's card, its Party row now saying when the treaty binds it, has room for no source under this caption)
    for (const q of ['?lens=budapest&sel=IRL', '?lens=un-convention&sel=RUS']) {
      const m = slideModel(atlas, sources, { ...input(q, lang, 'map-record'), caption: CAPTION });
      const card = slideFrame(m).record!;
      const d = doc(renderSlide(m, geo));
      for (const g of d.querySelectorAll('[data-role="record"] [data-source]')) {
        const src = m.record!.sources.find((x) => x.id === g.getAttribute('data-source'))!;
        const label = `${lang} ${q} ${src.id}`;
        drawn++;
        // (a left-to-right slide's without the isolates that mark its English words)
        expect(g.querySelector('title')!.textContent, label).toBe(lang === 'ar' ? src.text : src.text.replace(/[\u2066\u2069]/g, ''));
        const lines = [...g.querySelectorAll('text')];
        for (const t of lines) {
          expect(Number(t.getAttribute('font-size')), label).toBeGreaterThanOrEqual(MIN_READABLE);
          expect(textWidth(t.textContent!, MIN_READABLE), label).toBeLessThanOrEqual(card.w - 32);
        }
        // the date and the id end the line, whole
        // lines joined as wrap split them: at spaces, or between Chinese characters
        // (an Arabic line's isolates, which keep the English title and id in their order, left out: slideLang.test)
        const plain = (x: string) => x.replace(/[\u2066-\u2069]/g, '');
        // (a break at the space after a fullwidth "）" kept that space)
        const spaced = (a: string, b: string) => plain(src.text).includes(plain(`${a.slice(-12)} ${b.slice(0, 12)}`));
        const said = plain(lines.map((t) => t.textContent!).reduce((a, b) => (!spaced(a, b) && (/[\u3000-\u9fff\uff00-\uffef]$/.test(a) || /^[\u3000-\u9fff\uff00-\uffef]/.test(b)) ? a + b : `${a} ${b}`)));
        const tail = plain(src.text).slice(src.title.length);
        expect(said.endsWith(tail), label).toBe(true);
        // the title whole, or cut after a whole word
        const title = said.slice(0, said.length - tail.length);
        if (title !== src.title) {
          expect(title, label).toMatch(/…$/);
          const kept = title.slice(0, -1);
          expect(src.title.startsWith(kept), label).toBe(true);
          expect(src.title.slice(kept.length), label).toMatch(/^[\s,;:–-]/);
        }
      }
    }
    // a source in each card
    expect(drawn).toBeGreaterThanOrEqual(2);
    // a card short of lines cuts a title too long for them (the Netherlands database's, for Russia, in four of a
    // 440-unit card: three cannot hold its naming words with the Russian date and id), its date and id whole
    const m = slideModel(atlas, sources, input('?lens=un-convention&sel=RUS', lang, 'map-record'));
    const src = m.record!.sources.find((x) => x.id === 'un:S30')!;
    const cut = sourceLines(src, lang, charsFor(440 - 32, MIN_READABLE), 4)!;
    const text = cut.join(' ').replace(/[\u2066-\u2069]/g, '');
    expect(text, lang).not.toContain('computercriminaliteit');
    expect(text, lang).toMatch(/^Netherlands treaty database.*…/);
    expect(cut.at(-1), lang).toContain('un:S30');
  });

  // Morocco's Russian card cut the title of its first source, the news of its accession (six lines, room for five): the
  // legend kept room for "+N more not labelled", which the model could not know it would not draw, and at 20 units
  // left the card short. The model now counts the names the map cannot place, and the legend takes 18 where 20 would
  // cut the card's first source.
  it('Morocco\'s Russian map + record card names its first source whole, and still draws every legend note', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?lens=budapest&sel=MAR&lang=ru'), layout: 'map-record', index: 2, total: 5 }, geo);
    const d = doc(renderSlide(m, geo));
    const src = m.record!.sources[0];
    expect(src.id).toBe('coe:S115');
    const drawn = [...d.querySelectorAll(`[data-role="record"] [data-source="${src.id}"] text`)].map((t) => t.textContent ?? '').join(' ');
    expect(drawn).not.toMatch(/…/);
    expect(drawn).toContain('xénophobie et le racisme');
    expect(m.shortened).toEqual([]);
    const legend = [...d.querySelectorAll('[data-role="legend"] text')].map((t) => t.textContent ?? '').join(' ');
    expect(legend).toContain('Пунктирный контур: не проверено');
  });

  // A broad sweep of map + record cards, modelled with the map's geometry as the app models them (slides.ts stepModel):
  // countries (every 24th, and the crowded ones) × the six languages × the six lenses, every other one under a
  // two-line caption. Each language × lens takes a third of the countries, in turn (every country meets every language
  // and every lens, a third of the pairs; the whole sweep took 12 s of the suite's 40). No row is cut; a source is whole, or its title cut after the words that name it (citations.ts
  // namingWords), its date and id whole; the card's lines end inside it; the legend has room for its entries and every
  // note it draws, the names the map cannot place counted as the picture counts them.
  const CROWDED = ['MAR', 'GBR', 'PRY', 'SVN', 'SRB', 'IRL', 'PHL', 'RUS', 'PRK', 'JPN', 'BRA', 'ESP'];
  const SWEEP = [...new Set([...atlas.countries.filter((_, i) => i % 24 === 0).map((c) => c.id), ...CROWDED])];
  let cuts = 0;
  let sweepCase = 0;
  for (const lang of LANGS) for (const lens of LENS_IDS) {
    const turn = sweepCase++;
    it(`${lang} ${lens}: no record card cuts a source's title short of naming it, nor a row`, () => {
    SWEEP.forEach((id, i) => {
      if ((i + turn) % 3) return;
      const label = `${lang} ${lens} ${id}${i % 2 ? ' (caption)' : ''}`;
      const m = slideModel(atlas, sources, { view: { ...viewOf(`?lens=${lens}&sel=${id}`), lang }, layout: 'map-record', index: 2, total: 5, caption: i % 2 ? CAPTION : '' }, geo);
      const f = slideFrame(m);
      const card = f.record!;
      const { rows, sourcesBox } = cardRows(m, card);
      for (const x of rows.filter((r) => r.row.shown)) expect(x.lines.filter((l) => l.endsWith('…')), label).toEqual([]);
      const { items, room } = cardSources(m, sourcesBox);
      // (the lines it draws are those it has room for: none is left over below the card)
      if (items.length) expect(room, label).toBeGreaterThanOrEqual(0);
      const plain = (x: string) => x.replace(/[\u2066-\u2069]/g, '');
      for (const it of items) {
        const said = plain(it.lines.join(' '));
        // its id ends what is drawn, whole
        expect(said.endsWith(plain(it.src.id)), label).toBe(true);
        if (!it.cut) continue;
        cuts++;
        // the words kept, before "…": the title's first words, at least those that name it
        const kept = said.slice(0, said.indexOf('…'));
        const words = plain(it.src.title).split(' ');
        expect(kept.split(/\s+/).length, `${label}: "${said}"`).toBeGreaterThanOrEqual(it.src.nameWords);
        expect(plain(it.src.title).startsWith(kept.replace(/\s+/g, ' ').trim()), label).toBe(true);
        expect(it.src.nameWords, label).toBeLessThan(words.length);
      }
      // the names the map cannot place: as the picture counts them; the legend's entries and notes within its box
      const dropped = mapLabelsDropped(geo, m, f.picture);
      expect(m.labelsDropped, label).toBe(dropped);
      // (under a caption too: Britain's card, its name on three lines, left the legend half the column and short of
      // "Dashed outline: unverified")
      expect(legendNeed(m, f.legend!.w, f.legendSize, dropped, f.legendCols, f.legendMerged, f.legendGap), label).toBeLessThanOrEqual(f.legend!.h + 0.01);
      // every fact the card shows names its first source on the card (its own lens's, if cut, after its naming words)
      const named = new Set(items.map((x) => x.src.id));
      for (const row of m.record!.rows.filter((r) => r.shown && r.source)) expect(named.has(row.source!), `${label}: ${row.lens} ${row.source}`).toBe(true);
    });
  });
  }
  // Under a two-line caption a Russian Budapest Party's row takes four lines ("…; в силе с 1 марта 2023 г."), and 94
  // such cards had room for no source: the source was only counted in the sources line. The column now takes the
  // width the map, sized by its height, leaves free, and a card shows a row only with room for its first source.
  for (const lang of LANGS) it(`${lang}: Budapest Parties' cards under a two-line caption name the source of every row they show`, () => {
    for (const id of ['BRA', 'ALB', 'JPN', 'SRB']) {
      const m = slideModel(atlas, sources, { view: { ...viewOf(`?lens=budapest&sel=${id}`), lang }, layout: 'map-record', index: 2, total: 5, caption: CAPTION }, geo);
      const d = doc(renderSlide(m, geo));
      const shown = m.record!.rows.filter((r) => r.shown);
      expect(shown.find((r) => r.current)!.text, `${lang} ${id}`).toContain(m.record!.rows.find((r) => r.current)!.status);
      const named = [...d.querySelectorAll('[data-role="record"] [data-source]')];
      for (const t of d.querySelectorAll('[data-role="record"] [data-source] text')) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(MIN_READABLE);
      // each row shown names one of its sources (one with a title in the dataset), its first
      for (const row of shown.filter((r) => r.sources.some((s) => sources.byId.has(s)))) {
        const ids = named.map((g) => g.getAttribute('data-source'));
        expect(ids.some((x) => row.sources.includes(x!)), `${lang} ${id} ${row.lens}: ${row.sources.join(' ')}`).toBe(true);
        expect(ids, `${lang} ${id} ${row.lens}`).toContain(row.source);
      }
    }
  });

  // Britain's card under a caption (its name on three lines in Russian) left the legend no room for its notes: a map
  // that draws a dashed outline must say what it means.
  for (const lang of LANGS) it(`${lang}: Britain's card under a caption keeps the legend's notes`, () => {
    for (const lens of ['budapest', 'unga-74-247', 'unga-73-187'] as const) {
      const m = slideModel(atlas, sources, { view: { ...viewOf(`?lens=${lens}&sel=GBR`), lang }, layout: 'map-record', index: 2, total: 5, caption: CAPTION }, geo);
      const legend = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="legend"] text')].map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, '');
      // (a note may wrap, a Chinese one between characters)
      const notes = [
        ...(lens === 'budapest' ? [formatMessage(lang, 'slide.flagged')] : []),
        ...(m.labelsDropped ? [formatMessage(lang, 'slide.moreLabels', { count: m.unlabelled + m.labelsDropped })] : []),
      ];
      expect(m.flagged.length > 0, `${lang} ${lens}`).toBe(lens === 'budapest');
      for (const note of notes) expect(legend, `${lang} ${lens}`).toContain(note.replace(/\s+/g, ''));
    }
  });

  // (the sweep met titles cut after their naming words at 18 units; at 20 the column takes width from the map first,
  // and the card names its sources whole: how a title is cut is checked on a card given a crowded one's height above)
  it('the sweep of record cards names every source whole', () => expect(cuts).toBe(0));

  for (const lang of LANGS) {
    it(`${lang}: a cross-tab slide names every UN group and class without cutting a word ("Группа…" twice said nothing)`, () => {
      const m = slideModel(atlas, sources, input('?lens=unga-74-247&f=budapest:party', lang, 'table'));
      expect(m.table!.kind).toBe('crosstab');
      const texts = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="table"] text')].map((t) => t.textContent ?? '');
      expect(texts.filter((t) => t.endsWith('…')), lang).toEqual([]);
      // each row's label, possibly on two lines or in its narrow form, is drawn
      const drawn = texts.join(' ');
      for (const row of m.table!.kind === 'crosstab' ? m.table!.rows : []) {
        // (its name, or its narrow form: "государств" ends two groups' names, and one may be drawn narrow)
        const all = (text: string) => text.split(/\s+/).every((w) => drawn.includes(w));
        expect(all(row.label) || (row.short !== undefined && all(row.short)), `${lang}: ${row.label}`).toBe(true);
      }
    });
  }

  it('a table slide names "Российская Федерация" and "Босния и Герцеговина" whole', () => {
    // the words of a deck step that cut them (three columns of 26-unit names)
    const m = slideModel(atlas, sources, { ...input('?lens=unga-73-187&f=region:un-eastern-european', 'ru', 'table'), title: 'Голосование по 73/187: Восточная Европа', caption: 'Группа восточноевропейских государств' });
    const names = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="table"] [data-iso3] text')].map((t) => t.textContent);
    expect(names).toContain('Российская Федерация');
    expect(names).toContain('Босния и Герцеговина');
    expect(names.filter((n) => n?.endsWith('…'))).toEqual([]);
  });

  for (const lang of LANGS) it(`${lang}: the key of links leaves the network its size (in rows under it, a Russian network was 12-25% smaller)`, () => {
    for (const q of ['?', '?sel=FRA', '?sel=europol']) {
      const { m } = slide(q, lang, 'network');
      const net = m.network!;
      const f = slideFrame(m);
      // the same slide with nothing to key: the picture the network has without a key
      const bare = slideFrame({ ...m, network: { ...net, key: { ...net.key, families: [], stages: [] } } }).picture;
      expect(f.key, `${lang} ${q}`).not.toBeNull();
      expect(networkFit(net, f.picture.w, f.picture.h).k / networkFit(net, bare.w, bare.h).k, `${lang} ${q}`).toBeGreaterThan(0.999);
    }
  });

  it('text fitting: a word exactly as wide as the line fits it; a word too wide for one size is set smaller before it is cut', () => {
    // ten Latin letters are ten units (the float sum of 0.53 made them 10.000000000000002, and the word was cut)
    expect(wrap('applicable', 10, 1)).toEqual(['applicable']);
    expect(wrap('No data / not applicable', 10, 3)).toEqual(['No data /', 'not', 'applicable']);
    // "голосовало" is too wide at 18 bold in 117 units, and fits at 16: it is not cut at 18
    expect(fitLines('Не голосовало', 117, [18, 16], 3, true)).toEqual({ size: 16, lines: ['Не', 'голосовало'] });
    // too wide at every size: cut at the smallest, as before
    expect(fitLines('Отсутствовавшие', 60, [18, 16], 3, true).lines[0]).toMatch(/…$/);
  });

  it('the SVG description joins its sentences with one point, also after a Russian date ("2026 г.")', () => {
    const { m, d } = slide('?lens=unga-74-247&f=budapest:party&sel=KOR', 'ru', 'map');
    const desc = d.querySelector('desc')!.textContent!;
    expect(m.lensLine).toMatch(/г\.$/);
    expect(desc).not.toMatch(/\.\./);
    expect(desc.startsWith(`${m.lensLine} ${m.statement}.`)).toBe(true);
    const en = slide('?lens=unga-74-247&f=budapest:party&sel=KOR', 'en', 'map');
    expect(en.d.querySelector('desc')!.textContent!.startsWith(`${en.m.lensLine}. ${en.m.statement}.`)).toBe(true);
  });

  it('Russian names whole: a matrix row in bold (the selection) and a compare heading on three lines', () => {
    const matrix = slideModel(atlas, sources, input('?graph=matrix&f=bloc:cis&sel=RUS', 'ru', 'matrix'));
    const rows = [...doc(renderSlide(matrix, geo)).querySelectorAll('[data-row] text')].map((t) => t.textContent);
    expect(rows).toContain('Российская Федерация');
    const compare = slideModel(atlas, sources, input('?cmp=RUS,BIH,GBR&lens=un-convention', 'ru', 'compare'));
    const texts = [...doc(renderSlide(compare, geo)).querySelectorAll('[data-role="compare"] text')].map((t) => t.textContent ?? '');
    expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
    expect(texts.join(' ')).toContain('Северной Ирландии');
  });

  // The compare slide gave each State's status and its date, not when the treaty binds it: its cells now say it as the
  // record card does (recorded, or computed and said so), in type no smaller than the slide's least, inside the table.
  for (const lang of LANGS) it(`${lang}: a compare slide says when a Budapest treaty binds each Party, inside its box`, () => {
    const cases = [['?cmp=BRA,SVK,GBR&lens=budapest', CAPTION], ['?cmp=RUS,BIH,GBR&lens=un-convention', CAPTION], ['?cmp=SRB,ALB,JPN&lens=budapest&t=2011-06-01', ''], ['?cmp=SVK,JPN,SRB&lens=budapest-p2', CAPTION]] as const;
    let said = 0;
    for (const [q, caption] of cases) {
      const m = slideModel(atlas, sources, { view: { ...viewOf(q), lang }, layout: 'compare', index: 2, total: 5, caption, title: 'Compare' });
      const f = slideFrame(m);
      const texts = [...doc(renderSlide(m, geo)).querySelectorAll('[data-role="compare"] text')];
      for (const t of texts) {
        const size = Number(t.getAttribute('font-size'));
        expect(size, `${lang} ${q}`).toBeGreaterThanOrEqual(MIN_READABLE);
        expect(Number(t.getAttribute('y')) + 0.25 * size, `${lang} ${q}: "${t.textContent}"`).toBeLessThanOrEqual(f.picture.y + f.picture.h);
        expect(t.textContent, `${lang} ${q}`).not.toMatch(/…$/);
      }
      const drawn = texts.map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, '');
      m.compare!.rows.forEach((row, j) => row.cells.forEach((cell, i) => {
        const binds = inForceWords(atlas, LENS_IDS[j], m.compare!.ids[i], m.date, cell.cls, lang);
        if (!binds) return;
        said++;
        expect(cell.text, `${lang} ${q}`).toContain(binds);
        expect(drawn, `${lang} ${q}`).toContain(binds.replace(/\s+/g, ''));
      }));
    }
    // Parties' entries into force, recorded and computed, and CETS 224's count of ratifications
    expect(said, lang).toBeGreaterThanOrEqual(8);
  });

  // (under a one-line caption it now takes 18: at 20, with room for its note "+13 more not labelled", which it had
  // not kept, the card would be short of its row and its source)
  it('beside a record card the legend keeps its 20 units while they fit in 60% of the column (Arabic, 2010)', () => {
    const m = slideModel(atlas, sources, { ...input('?lens=budapest&t=2010-01-01&f=budapest:party&sel=FRA', 'ar', 'map-record'), title: 'الأطراف في 2010', caption: '' }, geo);
    const f = slideFrame(m);
    expect(f.legendSize).toBe(20);
    expect(f.legendCols ?? 1).toBe(1);
  });
});
