// The deck as PowerPoint, from the slide models: title, subtitle, legend, record, caption and sources as native,
// editable text where the slide has them (slideFrame in renderSlide.ts), the map or network as one picture with
// the model's alt text, the matrix as a native table (pptxMatrix.ts), the presenter notes as speaker notes. pptxgenjs loads on demand (its own chunk). Every run
// carries the step's language (spell-checking, font choice for Chinese and Arabic); Arabic paragraphs are right to
// left and right-aligned.
import { FAMILY_COLOURS } from '../theme/families';
import { classStyle } from '../theme/palette';
import { KEY_STAGE_STROKE, LEAD, PAD, ROW_H, SAMPLE, type KeyLayout } from './linkKey';
import type { Rect } from './labelPlace';
import type PptxGenJS from 'pptxgenjs';
import type { RecordSource, SlideModel } from './slideModel';
import { cardRows, cardSources, legendColumnParts, legendRowParts, ROW_SIZE, slideFrame, type CardBox, type LegendEntry, type TextBlock } from './renderSlide';
import { formatMessage } from '../i18n/catalogue';
import { listSep, ltr, tagsEnglish, type Lang } from '../i18n/langs';
import { sourcesLead, speakerNotes, unloadedParts } from './slideStrings';
import { xmlText } from '../lib/xmlText';
import { matrixTable } from './pptxMatrix';
import { box, hex, IN, PT } from './pptxUnits';
import { tidyPptx } from './pptxTidy';
import { MIN_READABLE } from './textFit';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface PptxSlide {
  model: SlideModel;
  /** data:image/png;base64,… of the picture part (renderSlide with part 'picture'). */
  picture: string;
}

/** Office suites measure text a little wider than our estimate: a box keeps its size, the text shrinks to fit. */
const FIT = { fit: 'shrink', margin: 0, valign: 'top' } as const;

type Run = { text: string; options?: Record<string, unknown> };

/** The language tag Office expects on a run (a region is needed for Arabic and Chinese proofing). */
const OFFICE_LANG: Record<Lang, string> = { ar: 'ar-SA', zh: 'zh-CN', en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU', es: 'es-ES' };
/** Options every text box and run of a slide shares: its language, and for Arabic right to left. */
const langOf = (m: SlideModel) => (m.dir === 'rtl' ? { lang: OFFICE_LANG[m.lang], rtlMode: true, align: 'right' as const } : { lang: OFFICE_LANG[m.lang] });
/** The language of the dataset's English words on a slide in another language (source titles, ids, as-of notes): in
 *  Arabic they are isolated left to right and cut into runs of their own (below); elsewhere they are runs of their own
 *  from the start (`english`), so proofing and font choice do not take "Council of Europe Treaty Office" for French. */
const ISOLATED_LANG = 'en-US';
/** A run of the dataset's English words: tagged English unless the slide is in English (the decision of
 *  i18n/langs.ts tagsEnglish, as englishOn marks them for the SVG slide). */
const english = (m: SlideModel, text: string, options: Record<string, unknown> = {}): Run =>
  ({ text, options: tagsEnglish(m.lang) ? { ...options, lang: ISOLATED_LANG } : options });
/** A run cut at its left-to-right isolates (LRI … PDI, i18n/langs.ts ltr), each isolate a run tagged English, so that
 *  proofing and font choice do not take "Council of Europe Treaty Office" for Arabic; the isolate marks stay in the
 *  text, so the paragraph orders it as before. A line break stays after the run's last piece. */
function splitIsolates(run: Run, rtl: boolean): Run[] {
  const parts = run.text.split(/(\u2066[^\u2066-\u2069]*\u2069)/).filter(Boolean);
  if (parts.length === 1 && !parts[0].startsWith('\u2066')) return [run];
  return parts.map((text, i) => ({
    // (a left-to-right slide needs no marks: the run's language says what they said, as on the SVG slide)
    text: rtl ? text : text.replace(/[\u2066\u2069]/g, ''),
    options: { ...run.options, ...(text.startsWith('\u2066') ? { lang: ISOLATED_LANG } : {}), ...(i < parts.length - 1 ? { breakLine: false } : {}) },
  }));
}
/** Runs in the slide's language (a run's own options win), English isolates apart. */
const inLang = (m: SlideModel, runs: Run[]): Run[] => runs.map((run) => ({ ...run, options: { ...langOf(m), ...run.options } })).flatMap((run) => splitIsolates(run, m.dir === 'rtl'));

const textOf = (m: SlideModel, b: TextBlock, extra: Record<string, unknown> = {}) => ({
  ...box(b), ...FIT, fontFace: 'Arial', fontSize: Math.round(b.size * PT), color: hex(b.fill), bold: (b.weight ?? 400) >= 600, ...langOf(m), ...extra,
});

/** The slide's legend as runs: a coloured square, then "Yes: 8 shown of 79"; the entries of each of the slide's rows
 *  on one line: in the legend's column an entry a line (two where the slide sets them two to a row), the classes none
 *  of which is drawn in one entry without a square where the slide names them so ("None shown: …"), then its notes
 *  ("+66 more not labelled", "Dashed outline: unverified"), as the slide draws them (renderSlide.ts
 *  legendColumnParts); on a map + network slide the entries of each of its rows on one line (a line each would take
 *  four rows' height of a box that has two, and the text shrink to an unreadable size). The .pptx listed every
 *  class a line beside a record card whose slide named four of them in one, and no note. */
function legendRuns({ rows, notes = [] }: { rows: LegendEntry[][]; notes?: readonly string[] }): Run[] {
  const last = rows.length - 1;
  return [
    ...rows.flatMap((row, r) => row.flatMap((l, n) => {
      const st = l.cls ? classStyle(l.cls) : null;
      const end = n === row.length - 1 && (r < last || notes.length > 0);
      return [
        ...(st ? [{ text: n ? '     ■ ' : '■ ', options: { color: hex(l.cls === 'no-data' ? st.ink : st.fill) } }] : n ? [{ text: '     ' }] : []),
        { text: xmlText(l.text), options: { bold: !l.quiet, color: l.quiet ? '5B6475' : '1D2330', breakLine: end } },
      ];
    })),
    // (the notes at the slide's smallest type, as the slide sets them)
    ...notes.map((note, i) => ({ text: xmlText(note), options: { color: '3D4555', fontSize: Math.round(MIN_READABLE * PT), breakLine: i < notes.length - 1 } })),
  ];
}

/** The key of links as runs: its heading, then each family as a stroke in its colour and its name, the lines as the
 *  slide draws them (a row's entries on one line). */
function keyRuns(k: KeyLayout): Run[] {
  const items = k.items.filter((it) => it.family);
  const perLine = k.cols || items.length;
  return [
    { text: xmlText(k.title), options: { bold: true, color: '1D2330', breakLine: k.cols > 0 } },
    ...items.flatMap((it, i) => [
      { text: k.cols ? '▬ ' : '   ▬ ', options: { color: hex(FAMILY_COLOURS[it.family!]) } },
      { text: xmlText(it.name), options: { bold: it.lit, color: it.lit ? '1D2330' : '5B6475', breakLine: i < items.length - 1 && (i + 1) % perLine === 0 } },
      ...(k.cols > 1 && (i + 1) % perLine !== 0 && i < items.length - 1 ? [{ text: '   ' }] : []),
    ]),
  ];
}

/** Office's preset dashes nearest the slide's (theme/families.ts STAGE_DASH: 5 3, 1.5 3, 6 2 1.5 2). */
const OFFICE_DASH = { in_force: 'solid', signed: 'dash', negotiating: 'sysDot', suspended: 'dashDot' } as const;

/** The key's line styles, each a native line in its dash pattern and its name beside it, where the slide draws them
 *  (no character draws a dash pattern in every font); the families' runs end above the first (in a row, they end before it on its line). */
function addKeyStages(slide: PptxGenJS.Slide, m: SlideModel, key: Rect & { layout: KeyLayout }) {
  const k = key.layout;
  const rtl = m.dir === 'rtl';
  const x = (dx: number, w: number) => (rtl ? key.x + key.w - dx - w : key.x + dx);
  for (const it of k.items.filter((i) => i.stage)) {
    const top = key.y + it.dy;
    const h = k.cols ? it.lines.length * k.size * LEAD : ROW_H;
    const mid = k.cols ? top + (k.size * LEAD) / 2 : top + 16;
    const colour = it.lit ? '1D2330' : '5B6475';
    slide.addShape('line', { ...box({ x: x(it.dx + 2, SAMPLE - 4), y: mid, w: SAMPLE - 4, h: 0 }), line: { color: colour, width: KEY_STAGE_STROKE * PT, dashType: OFFICE_DASH[it.stage as keyof typeof OFFICE_DASH] ?? 'solid' } });
    const w = it.w - SAMPLE - PAD;
    slide.addText(inLang(m, [{ text: xmlText(it.name), options: { bold: it.lit, color: colour } }]), { ...box({ x: x(it.dx + SAMPLE + PAD, w), y: top, w, h }), ...FIT, fontFace: 'Arial', fontSize: Math.round(k.size * PT), ...langOf(m) });
  }
}

function recordRuns(m: SlideModel, card: CardBox): Run[] {
  const rec = m.record!;
  // the sources the slide's card names, each whole with its date and id (the slide may shorten the first's title),
  // and the others counted as the card counts them: the card wrote every source whole and its text shrank under the
  // slide's smallest type (a Russian card for Morocco: three long titles in a box sized for one)
  const { items, more } = cardSources(m, cardRows(m, card).sourcesBox);
  const small = { fontSize: Math.round(MIN_READABLE * PT), color: '3D4555' };
  return [
    { text: xmlText(rec.name), options: { bold: true, fontSize: 19, breakLine: true } },
    // the rows the slide's card draws (whose sources its sources line cites)
    ...rec.rows.filter((row) => row.shown).map((row) => ({ text: xmlText(row.text), options: { bold: row.current, breakLine: true } })),
    ...(items.length ? recordSourceRuns(m, items.map((x) => x.src)).map((run) => ({ text: xmlText(run.text), options: { ...small, ...run.options } })) : []),
    ...(more && items.length ? [{ text: xmlText(`${listSep(m.lang)}${formatMessage(m.lang, 'slide.sourcesMore', { count: more })}`), options: small }] : []),
  ];
}

const TITLE = '\u0001', DATE = '\u0002';
/** "Sources: Title (as of date) · id; …", the words of `sourceText` (slideStrings.ts) cut into runs: the title, an
 *  as-of note that is not a date, and the id are the dataset's English. */
function recordSourceRuns(m: SlideModel, sources: RecordSource[]): Run[] {
  const [before, after] = sourcesLead(m.lang);
  const asOf = formatMessage(m.lang, 'source.asOf', { title: TITLE, date: DATE }).split(/([\u0001\u0002])/);
  const runs: Run[] = [{ text: before }];
  sources.forEach((s, i) => {
    if (i) runs.push({ text: listSep(m.lang) });
    const title = english(m, ltr(s.title, m.lang));
    if (s.date) for (const part of asOf) runs.push(part === TITLE ? title : part === DATE ? (s.note ? english(m, s.date) : { text: s.date }) : { text: part });
    else runs.push(title);
    runs.push({ text: ' · ' }, english(m, ltr(s.id, m.lang)));
  });
  if (after) runs.push({ text: after });
  return runs.filter((run) => run.text);
}

/** "Sources: A; B; and 3 more", each named record a link to its address. On an Arabic slide each English title is
 *  isolated left to right as on the SVG slide, or a title's closing "(CETS 224)" would be reordered by the paragraph. */
function sourceRuns(m: SlideModel): Run[] {
  const [before, after] = sourcesLead(m.lang);
  const runs: Run[] = [{ text: before }];
  m.sourceNames.forEach((s, i) => {
    runs.push(english(m, xmlText(ltr(s.title, m.lang)), /^https?:\/\//.test(s.url) ? { hyperlink: { url: s.url } } : {}));
    if (i < m.sourceNames.length - 1) runs.push({ text: listSep(m.lang) });
  });
  if (m.sourceIds.length) for (const p of unloadedParts(m.sourceIds, m.sourcesMore, m.lang)) runs.push(p.id ? english(m, ltr(p.text, m.lang)) : { text: p.text });
  else if (!m.sourceNames.length) runs.push({ text: formatMessage(m.lang, 'slide.sourcesNone') });
  if (m.sourcesMore && !m.sourceIds.length) runs.push({ text: `${listSep(m.lang)}${formatMessage(m.lang, 'slide.sourcesMore', { count: m.sourcesMore })}` });
  if (after) runs.push({ text: after });
  return runs.filter((run) => run.text);
}

export async function buildPptx<T extends 'blob' | 'arraybuffer'>(deckTitle: string, slides: PptxSlide[], outputType: T):
  Promise<T extends 'blob' ? Blob : ArrayBuffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlText(deckTitle);
  for (const { model: m, picture } of slides) {
    const slide = pptx.addSlide();
    const f = slideFrame(m);
    slide.addText(xmlText(m.title), textOf(m, f.title));
    // lens and date, then what is shown with its count: one subtitle box of two paragraphs
    const sub = f.statement ? { ...f.lensLine, h: f.statement.y + f.statement.h - f.lensLine.y } : f.lensLine;
    slide.addText(inLang(m, [
      { text: xmlText(m.lensLine), options: { fontSize: Math.round(f.lensLine.size * PT), color: hex(f.lensLine.fill), breakLine: !!f.statement } },
      ...(f.statement ? [{ text: xmlText(m.statement), options: { fontSize: Math.round(f.statement.size * PT), bold: true, color: '1D2330' } }] : []),
    ]), { ...box(sub), ...FIT, fontFace: 'Arial', ...langOf(m) });
    if (m.layout === 'matrix' && m.matrix) {
      const t = matrixTable(m.matrix, m.lang, m.dir === 'rtl', langOf(m));
      const gridH = f.picture.h - m.matrix.footH;
      slide.addTable(t.rows, { x: f.picture.x * IN, y: f.picture.y * IN, colW: t.colW.map((w) => w * IN), rowH: t.rowH.map((h) => h * IN) });
      slide.addText(t.foot, { x: f.picture.x * IN, y: (f.picture.y + gridH) * IN, w: f.picture.w * IN, h: m.matrix.footH * IN, ...FIT, fontFace: 'Arial', ...langOf(m) });
    } else slide.addImage({ data: picture, ...box(f.picture), altText: xmlText(m.alt) });
    if (f.record && m.record) slide.addText(inLang(m, recordRuns(m, f.record)), { ...box(f.record), ...FIT, fontFace: 'Arial', fontSize: 13, color: '1D2330', fill: { color: 'F4F6FA' }, margin: 8, ...langOf(m) });
    if (f.legend) {
      const inRows = m.layout === 'map-network';
      const runs = legendRuns(inRows ? legendRowParts(m, f.legend.w) : legendColumnParts(m, f));
      // the column's type at the slide's size for it (12 pt at the slide's smallest, 20 units)
      slide.addText(inLang(m, runs), { ...box(f.legend), ...FIT, fontFace: 'Arial', fontSize: inRows ? Math.floor(ROW_SIZE * PT) : Math.round(f.legendSize * PT), paraSpaceAfter: 4, ...langOf(m) });
    }
    if (f.key) {
      const stage = f.key.layout.items.find((it) => it.stage);
      slide.addText(inLang(m, keyRuns(f.key.layout)), { ...box({ ...f.key, h: stage && f.key.layout.cols ? stage.dy : f.key.h }), ...FIT, fontFace: 'Arial', fontSize: Math.round(f.key.layout.size * PT), paraSpaceAfter: 2, ...langOf(m) });
      addKeyStages(slide, m, f.key);
    }
    if (f.caption) slide.addText(xmlText(m.caption), textOf(m, f.caption));
    slide.addText(inLang(m, sourceRuns(m)), { ...box(f.sources), ...FIT, fontFace: 'Arial', fontSize: Math.round(f.sources.size * PT), color: '1D2330', ...langOf(m) });
    slide.addText(xmlText(m.footer), textOf(m, f.footer));
    // the step's notes, and the words the slide shortens, whole
    const notes = speakerNotes(m);
    if (notes) slide.addNotes(xmlText(notes));
  }
  const zip = await tidyPptx((await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer, slides.map(({ model: m }) => ({ lang: OFFICE_LANG[m.lang], rtl: m.dir === 'rtl' })));
  // the parts deflated (JSZip's DEFLATE; pptxgenjs stores them): PowerPoint and LibreOffice read either, and an XML-heavy
  // deck is several times smaller
  return (await zip.generateAsync({ type: outputType, mimeType: PPTX_TYPE, compression: 'DEFLATE' })) as T extends 'blob' ? Blob : ArrayBuffer;
}
