// Slide model → SVG string, at a fixed 1600×900 logical size. The stage scales it to the screen, the exporters
// write or rasterise it, the .pptx takes its picture part and puts the words beside it as native text, the tests
// read it in node. `slideFrame` is the one layout all of them share. An Arabic slide is mirrored where it is text
// (titles right-aligned, the legend and record column on the left, swatches right of their words); the map and the
// network are drawings and keep their orientation.
import type { MapGeometry } from '../geo/mapGeometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import type { Rect } from './labelPlace';
import { mapPicture, slidePatternDefs, swatchFill } from './mapPicture';
import { keyColumn, keyRow, keySvg, type KeyLayout } from './linkKey';
import { networkFit, networkPicture } from './networkPicture';
import { matrixPicture } from './matrixPicture';
import type { RecordSource, SlideModel } from './slideModel';
import type { NetworkModel } from './slideNetwork';
import { sourcesLead, sourceText } from './slideStrings';
import { formatMessage } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import { inParens, listSep } from '../i18n/langs';
import { charsFor, fitLines, FONT, MIN_READABLE, r, textLines, textWidth, wrap } from './textFit';
import { escapeXml } from '../lib/xmlText';

export const SLIDE_W = 1600;
export const SLIDE_H = 900;
const M = 48;

/** The sources line in its two lines across the slide; right to left, each source's title whole on its line
 *  (textFit.ts isolatesWhole). The model names fewer titles while this cuts the line (slideModel.ts), and never
 *  below the slide's smallest type: an Arabic line of three whole titles took 17 (11 px at 1024×768), one title
 *  fewer and "and 116 more" reads from the back of the room. */
export const sourcesFit = (line: string, dir: 'ltr' | 'rtl') => fitLines(line, SLIDE_W - 2 * M, [21, MIN_READABLE], 2, false, dir === 'rtl');
/** The footer at the slide's smallest type: on one line where it fits, else two (slideModel.ts first drops the words
 *  "dataset" where they make the difference). */
export const footerFit = (line: string) => fitLines(line, SLIDE_W - 2 * M, [MIN_READABLE], 2);
const GAP = 24;
const INK = '#1d2330';
const MUTED = '#3d4555';

export interface TextBlock {
  x: number; y: number; w: number; h: number; size: number; lines: string[]; weight?: number; fill: string;
  /** line height as a multiple of the size */
  lead: number;
}
export interface SlideFrame {
  title: TextBlock;
  step: TextBlock | null;
  lensLine: TextBlock;
  statement: TextBlock | null;
  caption: TextBlock | null;
  sources: TextBlock;
  footer: TextBlock;
  /** map, network, record, compare or table */
  picture: Rect;
  /** the legend's column (or row, for map + network); null when the layout has none */
  legend: Rect | null;
  /** the legend column's type size: the largest at which all its entries fit the column */
  legendSize: number;
  /** entries to a row in the legend's column: 1, or 2 beside a record card short of room */
  legendCols?: number;
  /** the classes none of which the slide draws named in one entry (legendEntries), beside a record card short of room */
  legendMerged?: boolean;
  /** room under each row of the legend's entries: LEGEND_GAP, or LEGEND_GAP_TIGHT beside a record card short of room */
  legendGap?: number;
  /** map + record: the record card's column above the legend (`tight`: its name smaller and closer to its edge and
   *  rows, where the card is otherwise short of room for its own lens's row) */
  record: CardBox | null;
  /** a network's key of links: under the legend's column (network) or row (map + network); null without links */
  key: (Rect & { layout: KeyLayout }) | null;
}

const LINE = 1.22;
/** Arabic letters (and a Latin source title inside an Arabic line) reach higher and lower: its lines sit further apart. */
const LINE_RTL = 1.3;
const textBlock = (x: number, y: number, w: number, fit: { size: number; lines: string[] }, fill: string, weight?: number, lead = LINE): TextBlock =>
  ({ x, y, w, h: fit.lines.length * fit.size * lead, size: fit.size, lines: fit.lines, fill, weight, lead });

/** Mirrors positions inside `box` for a right-to-left slide: what sat `d` from the left edge sits `d` from the right. */
function mirrorIn(box: Rect, rtl: boolean) {
  const anchor = (a: 'start' | 'end' = 'start'): 'start' | 'end' => (rtl === (a === 'start') ? 'end' : 'start');
  return {
    rtl,
    x: (x: number, w = 0) => (rtl ? 2 * box.x + box.w - x - w : x),
    anchor,
    /** the text options of a line starting at the box's reading start */
    text: { anchor: anchor(), rtl },
  };
}
/** A slide part's box, mirrored when the slide's language reads right to left. */
const partMirror = (m: SlideModel, box: Rect) => mirrorIn(box, m.dir === 'rtl');
const SLIDE: Rect = { x: 0, y: 0, w: SLIDE_W, h: SLIDE_H };

/** Where every part of the slide goes, from the words' lengths and the layout. */
export function slideFrame(m: SlideModel): SlideFrame {
  const f = ltrFrame(m);
  if (m.dir !== 'rtl') return f;
  const flip = mirrorIn(SLIDE, true);
  const rect = <T extends Rect>(b: T): T => ({ ...b, x: flip.x(b.x, b.w) });
  return { ...f, title: rect(f.title), step: f.step && rect(f.step), picture: rect(f.picture), legend: f.legend && rect(f.legend), record: f.record && rect(f.record), key: f.key && rect(f.key) };
}

function ltrFrame(m: SlideModel): SlideFrame {
  const full = SLIDE_W - 2 * M;
  const L = m.dir === 'rtl' ? LINE_RTL : LINE;
  const block = (x: number, y: number, w: number, fit: { size: number; lines: string[] }, fill: string, weight?: number) => textBlock(x, y, w, fit, fill, weight, L);
  const stepW = m.stepLabel ? 150 : 0;
  const title = block(M, 28, full - stepW, fitLines(m.title, full - stepW, [50, 44, 38], 1, true), INK, 700);
  if (title.lines[0].endsWith('…')) Object.assign(title, block(M, 28, full - stepW, fitLines(m.title, full - stepW, [40, 36], 2, true), INK, 700));
  const step = m.stepLabel ? block(SLIDE_W - M - stepW, 34, stepW, { size: 26, lines: [m.stepLabel] }, MUTED, 600) : null;
  const lensLine = block(M, title.y + title.h + 8, full, fitLines(m.lensLine, full, [28, 24], 1), MUTED);
  const statement = m.statement ? block(M, lensLine.y + lensLine.h + 4, full, fitLines(m.statement, full, [34, 30, 26], 2, true), INK, 700) : null;
  const headerBottom = (statement ?? lensLine).y + (statement ?? lensLine).h;

  // at the slide's smallest type, as everything it says (it was 16: 10 px at 1024×768), on a second line where one
  // would not hold it (a Russian footer with its count of unverified statuses), never cut
  const footFit = footerFit(m.footer);
  const footer = block(M, SLIDE_H - 14 - footFit.lines.length * MIN_READABLE * L, full, footFit, MUTED);
  const srcFit = sourcesFit(m.sourceLine, m.dir);
  const sources = block(M, footer.y - 4 - srcFit.lines.length * srcFit.size * L, full, srcFit, INK);
  const capFit = m.caption ? fitLines(m.caption, full, [32, 28, 24], 2) : null;
  const caption = capFit ? block(M, sources.y - 12 - capFit.lines.length * capFit.size * L, full, capFit, INK) : null;
  const bodyTop = headerBottom + 16;
  const bodyBottom = (caption ?? sources).y - 14;
  const body: Rect = { x: M, y: bodyTop, w: full, h: Math.max(120, bodyBottom - bodyTop) };

  const side = (w: number): [Rect, Rect] => [{ ...body, w: body.w - w - GAP }, { x: body.x + body.w - w, y: body.y, w, h: body.h }];
  switch (m.layout) {
    case 'compare':
    case 'matrix': return { title, step, lensLine, statement, caption, sources, footer, picture: body, legend: null, legendSize: 0, record: null, key: null };
    case 'map-network': {
      const rowH = legendRowHeight(m, body.w);
      // the key of links in rows of its own under the legend's
      const k = m.network?.key.families.length ? keyRow(m.network.key, body.w) : null;
      const keyH = k ? k.h + 6 : 0;
      const key = k && { x: body.x, y: body.y + body.h - k.h, w: body.w, h: k.h, layout: k };
      return { title, step, lensLine, statement, caption, sources, footer, picture: { ...body, h: body.h - rowH - keyH - 10 }, legend: { x: body.x, y: body.y + body.h - keyH - rowH, w: body.w, h: rowH }, legendSize: ROW_SIZE, record: null, key };
    }
    case 'map-record': {
      // the column takes the width the map leaves free at the body's height (a map drawn under a caption is sized by
      // its height; its frame and names keep their size), up to CARD_MAX_W: the card's rows, sources and the legend's
      // notes take fewer lines. Where at that width the card has no room for its own lens's row and that row's source
      // (at the slide's smallest type, under a caption and a two-line statement), the column takes up to WIDER more
      // from the map, which is drawn at most a tenth or so smaller
      const w0 = Math.min(CARD_MAX_W, Math.max(CARD_W, body.w - GAP - (body.h * MAP_WIDTH) / MAP_HEIGHT));
      // (the first width with room for that source whole, else the first with room for it cut after its naming words;
      // at each width the card as it is, then tight: its name smaller before the map is)
      const tries: ReturnType<typeof recordColumn>[] = [];
      for (const w of [w0, ...WIDER.map((x) => w0 + x)]) for (const tight of [false, true]) {
        const t = recordColumn(m, side(w), [title, step, lensLine, statement, caption, sources, footer], tight);
        if (t.room === 'whole') return t.frame;
        tries.push(t);
      }
      return (tries.find((t) => t.room === 'cut') ?? tries[tries.length - 1]).frame;
    }
    default: {
      const [picture, legend] = side(390);
      const legendSize = legendSizeFor(m, legend.w, legend.h, LEGEND_SIZES);
      const rest = { title, step, lensLine, statement, caption, sources, footer, record: null };
      if (m.layout !== 'network' || !m.network?.key.families.length) {
        const form = columnForm(m, legend);
        return { ...rest, picture, legend, legendSize: form.size, ...(form.merged ? { legendMerged: true } : {}), ...(form.gap !== LEGEND_GAP ? { legendGap: form.gap } : {}), key: null };
      }
      const col = columnWithKey(m, m.network.key, legend);
      // under the legend while the legend keeps 20 units; else beside the network; else under a smaller legend
      if (col && col.legendSize >= 20) return { ...rest, picture, legend: { ...legend, h: col.legendH }, legendSize: col.legendSize, key: { ...legend, y: legend.y + col.legendH + KEY_GAP, h: col.key.h, layout: col.key } };
      // beside the network, in the width it leaves free at the picture's height: the network keeps its size
      const beside = keyBeside(m.network, picture);
      if (beside) return { ...rest, picture: { ...picture, w: picture.w - beside.w - GAP }, legend, legendSize, key: { ...picture, x: picture.x + picture.w - beside.w, w: beside.w, h: beside.layout.h, layout: beside.layout } };
      if (col) return { ...rest, picture, legend: { ...legend, h: col.legendH }, legendSize: col.legendSize, key: { ...legend, y: legend.y + col.legendH + KEY_GAP, h: col.key.h, layout: col.key } };
      // no room beside the network or under the legend: rows under the network, as on a map + network slide
      const k = keyRow(m.network.key, picture.w);
      return { ...rest, picture: { ...picture, h: picture.h - k.h - 10 }, legend, legendSize, key: { x: picture.x, y: picture.y + picture.h - k.h, w: picture.w, h: k.h, layout: k } };
    }
  }
}

/** A map + record slide's picture and column `[picture, col]`: the legend's form (its size, entries to a row, the
 *  classes none of which is drawn named in one entry) and the card above it; `roomy`: the card has room for its name,
 *  its own lens's row and that row's first source (whole, or cut after its naming words). */
function recordColumn(m: SlideModel, [picture, col]: [Rect, Rect], head: [TextBlock, TextBlock | null, TextBlock, TextBlock | null, TextBlock | null, TextBlock, TextBlock], tight: boolean): { frame: SlideFrame; room: 'whole' | 'cut' | null } {
  const [title, step, lensLine, statement, caption, sources, footer] = head;
  // the legend keeps its larger type while it fits in 60% of the column (the map's key is read from the back of the
  // room; the record card keeps its own lens's row first); past that it takes what it needs from the record card,
  // never the caption's or the sources' room
  const sizes = [MIN_READABLE];
  // half the column while the card's rows and whole sources fit above it; a card that needs more (a long English
  // title on an Arabic card) takes the legend's spare room, never what its entries and notes need
  // (its notes included: "Dashed outline: unverified" says what the map draws, and is never the legend's to drop)
  const heightAt = (size: number, cols = 1, merged = false, gap = LEGEND_GAP) => Math.min(col.h - 120, Math.max(col.h * 0.5, legendNeed(m, col.w, size, m.labelsDropped ?? 1, cols, merged, gap)),
    Math.max(legendNeed(m, col.w, size, m.labelsDropped ?? 1, cols, merged, gap), col.h - 12 - recordHeight(m, col.w, tight)));
  const first = legendSizeFor(m, col.w, col.h * 0.6, sizes);
  // where the legend leaves the card too short for its own lens's row and its first source whole (Morocco's Russian
  // card cut the title of the news of its accession), the classes none of which the map draws named in one line
  // ("None shown: …"), else its entries two to a row (a Russian Party's card under a caption had room for no source)
  const uncut = (size: number, cols: number, merged: boolean) => !legendLines(m, col.w, size, cols, merged).some((ls) => ls.some((l) => l.endsWith('…')));
  const loose = [
    ...sizes.filter((size) => size <= first && size >= MIN_READABLE && uncut(size, 1, false)).map((size) => [size, 1, false] as const),
    ...(canMerge(m) && uncut(MIN_READABLE, 1, true) ? [[MIN_READABLE, 1, true] as const] : []),
    ...(uncut(MIN_READABLE, 2, false) ? [[MIN_READABLE, 2, false] as const] : []),
    ...(canMerge(m) && uncut(MIN_READABLE, 2, true) ? [[MIN_READABLE, 2, true] as const] : []),
  ];
  // then the same with the entries closer together, before the column takes width from the map: a Russian Budapest
  // card for the United Kingdom, with no caption, was 15 units short of its own lens's row and that row's source
  // beside a legend of five classes a line each, and showed its name and its sources but no fact
  const forms = [...loose.map(([size, cols, merged]) => [size, cols, merged, LEGEND_GAP] as const), ...loose.map(([size, cols, merged]) => [size, cols, merged, LEGEND_GAP_TIGHT] as const)];
  // (else the first that leaves room for that source cut after its naming words, which the notes give whole)
  const leaves = (floor: number) => forms.find(([size, cols, merged, gap]) => col.h - heightAt(size, cols, merged, gap) - 12 >= floor);
  const whole = leaves(cardFloor(m, col.w, false, tight));
  const found = whole ?? leaves(cardFloor(m, col.w, true, tight));
  // (where none leaves the card that room, the form that leaves it the most: the last form, a Russian legend's entries
  // two to a row with the classes none of which is drawn in one, took 36 units more than one to a row)
  const most = [...forms].sort((a, b) => heightAt(a[0], a[1], a[2], a[3]) - heightAt(b[0], b[1], b[2], b[3]))[0];
  const [legendSize, legendCols, legendMerged, legendGap] = found ?? most ?? [first, 1, false, LEGEND_GAP];
  const legendH = heightAt(legendSize, legendCols, legendMerged, legendGap);
  return {
    room: whole ? 'whole' : found ? 'cut' : null,
    frame: { title, step, lensLine, statement, caption, sources, footer, picture, record: { ...col, h: col.h - legendH - 12, ...(tight ? { tight } : {}) }, legend: { ...col, y: col.y + col.h - legendH, h: legendH }, legendSize, legendCols, legendMerged, legendGap, key: null },
  };
}

/** A map's (or a network's without links) legend column: the largest size at which its entries and notes fit the
 *  column whole; at the slide's smallest type, the classes none of which the map draws named in one entry ("None
 *  shown: …", said on the slide), then the entries closer together. A Russian map under the Budapest Parties filter,
 *  a two-line title and a two-line caption set five entries at 20 on 15 lines and left out "Dashed outline:
 *  unverified" (and a French or Russian vote map its "+65 more not labelled"): notes were drawn only where they fit. */
function columnForm(m: SlideModel, col: Rect): { size: number; merged: boolean; gap: number } {
  const dropped = m.labelsDropped ?? 1;
  const uncut = (size: number, merged: boolean) => !legendLines(m, col.w, size, 1, merged).some((ls) => ls.some((l) => l.endsWith('…')));
  const forms = [
    ...LEGEND_SIZES.map((size) => ({ size, merged: false, gap: LEGEND_GAP })),
    ...(canMerge(m) ? [{ size: MIN_READABLE, merged: true, gap: LEGEND_GAP }] : []),
    { size: MIN_READABLE, merged: false, gap: LEGEND_GAP_TIGHT },
    ...(canMerge(m) ? [{ size: MIN_READABLE, merged: true, gap: LEGEND_GAP_TIGHT }] : []),
  ].filter((f) => uncut(f.size, f.merged));
  const need = (f: (typeof forms)[number]) => legendNeed(m, col.w, f.size, dropped, 1, f.merged, f.gap);
  // (none fits: the one that takes the least room)
  return forms.find((f) => need(f) <= col.h) ?? [...forms].sort((a, b) => need(a) - need(b))[0] ?? { size: MIN_READABLE, merged: false, gap: LEGEND_GAP };
}

/** What the record column may take from the map, in turn, where the card is short of room: the map drawn at about
 *  0.9 and 0.8 of its size at most. */
const WIDER = [64, 128] as const;

/** A map + record slide's column: 440 units, wider where the map, sized by its height, leaves the width free. */
const CARD_W = 440;
const CARD_MAX_W = 640;
const LEGEND_SIZES = [24, 22, MIN_READABLE] as const;
const KEY_GAP = 20;
/** The key's sizes, columns and gaps between entries, most legible first: never below the slide's smallest type
 *  (MIN_READABLE; it took 18 where 20 did not fit): its entries closer together before the network is drawn smaller
 *  (a Russian key beside a network under a caption was 4 units too tall at 20). */
const KEY_FORMS = [[MIN_READABLE, 1, 8], [MIN_READABLE, 1, 3], [MIN_READABLE, 2, 8], [MIN_READABLE, 2, 3]] as const;

/** The legend's column shared with the key of links under it: the first of the key's forms beside which the legend
 *  keeps 20 units or more, else the first beside which it fits at all; null when none fits without cutting a name.
 *  The legend's box ends where its entries and notes do, and the key follows. */
function columnWithKey(m: SlideModel, key: NonNullable<SlideModel['network']>['key'], col: Rect): { legendSize: number; legendH: number; key: KeyLayout } | null {
  const options = KEY_FORMS.map(([size, cols, gap]) => {
    const k = keyColumn(key, col.w, size, cols, gap);
    const room = col.h - k.h - KEY_GAP;
    const legendSize = legendSizeFor(m, col.w, room, LEGEND_SIZES);
    return { k, legendSize, need: legendColumnHeight(m, col.w, legendSize) + notesHeight(m, col.w, 0), room };
  });
  const fits = options.filter((o) => !o.k.cut && o.need <= o.room);
  const best = fits.find((o) => o.legendSize >= 20) ?? fits[0];
  return best ? { legendSize: best.legendSize, legendH: best.need, key: best.k } : null;
}

/** Width kept beside the network for the names of its outermost nodes (the Republic of Korea's, at its east edge, had
 *  no room at 1 unit and was dropped). */
const LABEL_ROOM = 80;
/** The key in a column beside the network, in the width the picture leaves free at the network's size (the picture
 *  is wider than the network drawn at its height, which sets its size), at most the legend's width; null when no form
 *  fits that width and the picture's height without cutting a name. */
function keyBeside(net: NetworkModel, picture: Rect): { layout: KeyLayout; w: number } | null {
  const full = networkFit(net, picture.w, picture.h).k;
  const span = Math.max(...net.nodes.map((n) => n.x)) - Math.min(...net.nodes.map((n) => n.x));
  // the network's width at its full size, its margins (networkFit) included
  const free = Math.min(390, picture.w - GAP - (span * full + 72) - LABEL_ROOM);
  if (free < 200) return null;
  const k = KEY_FORMS.map(([size, cols, gap]) => keyColumn(net.key, free, size, cols, gap)).find((c) => !c.cut && c.h <= picture.h);
  return k && networkFit(net, picture.w - free - GAP, picture.h).k >= full - 1e-9 ? { layout: k, w: free } : null;
}

/** A legend row's type size and the step from one row to the next. */
export const ROW_SIZE = 22;
const ROW_STEP = 34;
const rowItemW = (text: string) => 36 + textWidth(text, ROW_SIZE, true) + 28;
/** A map + network slide's legend entries in rows as wide as `w` (indices into m.legend): the slide draws them so,
 *  and the .pptx breaks its lines at the same places. */
export function legendRows(m: SlideModel, w: number): number[][] {
  const rows: number[][] = [[]];
  let x = 0;
  m.legend.forEach((l, i) => {
    const iw = rowItemW(l.text);
    if (x && x + iw > w) { rows.push([]); x = 0; }
    rows[rows.length - 1].push(i);
    x += iw;
  });
  return rows;
}
const legendRowHeight = (m: SlideModel, w: number) => legendRows(m, w).length * ROW_STEP;

/** A block's lines from its reading start: the left edge, the right edge on a right-to-left slide ('end' flips it). */
const text = (m: SlideModel, b: TextBlock, role: string, end = false) => {
  const right = (m.dir === 'rtl') !== end;
  return textLines(right ? b.x + b.w : b.x, b.y + b.size * 0.95, b.lines, { size: b.size, fill: b.fill, weight: b.weight, role, anchor: right ? 'end' : 'start', rtl: m.dir === 'rtl' }, b.size * b.lead);
};

const swatch = (x: number, y: number, size: number, cls: string) =>
  `<rect x="${r(x)}" y="${r(y)}" width="${size}" height="${size}" rx="4" fill="${swatchFill(cls)}" stroke="${INK}" stroke-width="1.5"/>`;

/** A legend entry as a column draws it: a class (its swatch and words), or, `cls` null, the classes of which the
 *  slide draws no State named in one line ("None shown: Signatory (2), Not party (120)"), where a card beside the
 *  legend is short of room at the slide's smallest type (each such class took a Russian entry of two or three lines). */
export interface LegendEntry { cls: string | null; text: string; quiet: boolean }
const isQuiet = (m: SlideModel, l: SlideModel['legend'][number]) => l.shown === 0 && (m.matching !== null || l.total > 0);
function legendEntries(m: SlideModel, merged = false): LegendEntry[] {
  const all = m.legend.map((l) => ({ cls: l.cls, text: l.text, quiet: isQuiet(m, l) }));
  const none = m.legend.filter((l) => isQuiet(m, l));
  if (!merged || none.length < 2) return all;
  const list = none.map((l) => `${l.label}${inParens(formatNumber(m.lang, l.total), m.lang)}`).join(listSep(m.lang));
  return [...all.filter((e) => !e.quiet), { cls: null, text: formatMessage(m.lang, 'slide.legendNoneShown', { list }), quiet: true }];
}
/** Whether merging the classes none of which is drawn changes the legend (two or more of them). */
const none = (m: SlideModel) => m.legend.filter((l) => isQuiet(m, l));
const canMerge = (m: SlideModel) => none(m).length >= 2;

/** A legend column's entries `cols` to a row (two where a card beside it is short of room), each a column's width. */
const LEGEND_COL_GAP = 16;
const legendLines = (m: SlideModel, w: number, size: number, cols = 1, merged = false) =>
  legendEntries(m, merged).map((l) => wrap(l.text, charsFor((w - (cols - 1) * LEGEND_COL_GAP) / cols - size - 18, size, l.cls !== null), l.cls ? 3 : 6));
/** The room under each row of a legend column's entries; beside a record card short of room, less (the swatches, 4
 *  units taller than the type, still 2 apart at 20 units). */
const LEGEND_GAP = 12;
const LEGEND_GAP_TIGHT = 6;
/** Each row of entries as high as its longest. */
const legendRowHeights = (m: SlideModel, w: number, size: number, cols = 1, merged = false, gap = LEGEND_GAP) => {
  const all = legendLines(m, w, size, cols, merged);
  const rows: number[] = [];
  for (let i = 0; i < all.length; i += cols) rows.push(Math.max(...all.slice(i, i + cols).map((l) => l.length)) * size * LINE + gap);
  return rows;
};
const legendColumnHeight = (m: SlideModel, w: number, size: number, cols = 1, merged = false, gap = LEGEND_GAP) => legendRowHeights(m, w, size, cols, merged, gap).reduce((h, x) => h + x, 8);
/** The largest of `sizes` at which the legend's entries fit `h` whole (long words, as in Russian, wrap to more lines). */
const legendSizeFor = (m: SlideModel, w: number, h: number, sizes: readonly number[]) =>
  // a size that cuts a word ("Государство-участни…") is too large, however little room it takes
  sizes.find((size) => legendColumnHeight(m, w, size) <= h && !legendLines(m, w, size).some((ls) => ls.some((l) => l.endsWith('…')))) ?? sizes[sizes.length - 1];

/** The notes under the legend's entries: the States the map leaves unnamed, what a dashed outline means. */
const legendNotes = (m: SlideModel, dropped: number) => [
  // about the map's names: a table names every State, a network slide has no map
  m.unlabelled + dropped > 0 && (m.layout === 'map' || m.layout === 'map-record') ? formatMessage(m.lang, 'slide.moreLabels', { count: m.unlabelled + dropped }) : '',
  m.flagged.some((id) => !m.matching || m.matching.includes(id)) ? formatMessage(m.lang, 'slide.flagged') : '',
].filter(Boolean);
const noteLines = (note: string, w: number) => wrap(note, charsFor(w, MIN_READABLE), 2);
const NOTE_LEAD = MIN_READABLE + 4;
const notesHeight = (m: SlideModel, w: number, dropped: number) => legendNotes(m, dropped).reduce((h, n) => h + noteLines(n, w).length * NOTE_LEAD + 6, 0);
/** The height a legend column `w` wide takes at `size` (entries `cols` to a row) with its notes, the map leaving
 *  `dropped` names unplaced. */
export const legendNeed = (m: SlideModel, w: number, size: number, dropped: number, cols = 1, merged = false, gap = LEGEND_GAP) => legendColumnHeight(m, w, size, cols, merged, gap) + notesHeight(m, w, dropped);

/** A map + network slide's legend row's entries, each class its own, in the rows legendRows sets (the .pptx writes a
 *  row a line). */
export function legendRowParts(m: SlideModel, w: number): { rows: LegendEntry[][] } {
  const entries = legendEntries(m);
  return { rows: legendRows(m, w).map((row) => row.map((i) => entries[i])) };
}
/** A legend column's entries as the frame sets them (`legendMerged`: the classes none of which is drawn in one entry),
 *  `legendCols` to a row, and its notes: the .pptx writes the same (pptx.ts legendRuns), the map's count of names it
 *  cannot place from the model (`labelsDropped`, as the slide's picture counts them). */
export function legendColumnParts(m: SlideModel, f: SlideFrame): { rows: LegendEntry[][]; notes: string[] } {
  const entries = legendEntries(m, f.legendMerged);
  const cols = f.legendCols ?? 1;
  const rows: LegendEntry[][] = [];
  for (let i = 0; i < entries.length; i += cols) rows.push(entries.slice(i, i + cols));
  return { rows, notes: legendNotes(m, m.labelsDropped ?? 0) };
}

function legendColumn(m: SlideModel, box: Rect, size: number, dropped: number, cols = 1, merged = false, gap = LEGEND_GAP): string {
  const out: string[] = [];
  const mx = partMirror(m, box);
  const { rtl } = mx;
  let y = box.y + 4;
  const entries = legendEntries(m, merged);
  const all = legendLines(m, box.w, size, cols, merged);
  const heights = legendRowHeights(m, box.w, size, cols, merged, gap);
  const colW = (box.w - (cols - 1) * LEGEND_COL_GAP) / cols;
  for (const [i, l] of entries.entries()) {
    const lines = all[i];
    const x = box.x + (i % cols) * (colW + LEGEND_COL_GAP);
    const words = textLines(mx.x(x + size + 16), y + size * 0.95, lines, { size, weight: l.quiet ? 400 : 700, fill: l.quiet ? '#5b6475' : INK, anchor: mx.anchor(), rtl });
    // (the classes none of which is drawn, in one line: no swatch, their words where the others' start)
    out.push(l.cls ? `<g data-legend-class="${l.cls}">${swatch(mx.x(x, size + 4), y + 2, size + 4, l.cls)}${words}</g>` : `<g data-legend-none="${escapeXml(none(m).map((x) => x.cls).join(' '))}">${words}</g>`);
    if (i % cols === cols - 1 || i === entries.length - 1) y += heights[Math.floor(i / cols)];
  }
  for (const n of legendNotes(m, dropped)) {
    const lines = noteLines(n, box.w);
    if (y + lines.length * NOTE_LEAD > box.y + box.h) break;
    out.push(textLines(mx.x(box.x), y + MIN_READABLE, lines, { size: MIN_READABLE, fill: MUTED, anchor: mx.anchor(), rtl }, NOTE_LEAD));
    y += lines.length * NOTE_LEAD + 6;
  }
  return `<g data-role="legend">${out.join('')}</g>`;
}

function legendRow(m: SlideModel, box: Rect): string {
  const mx = partMirror(m, box);
  const { rtl } = mx;
  return `<g data-role="legend">${legendRows(m, box.w).map((row, n) => {
    const y = box.y + n * ROW_STEP;
    let x = box.x;
    return row.map((i) => {
      const l = m.legend[i];
      const out = `<g data-legend-class="${l.cls}">${swatch(mx.x(x, 24), y + 3, 24, l.cls)}${textLines(mx.x(x + 34), y + 23, [l.text], { size: ROW_SIZE, weight: 700, anchor: mx.anchor(), rtl })}</g>`;
      x += rowItemW(l.text);
      return out;
    }).join('');
  }).join('')}</g>`;
}

/** A record card's box; `tight`: a card otherwise short of room for its own lens's row and that row's source (a Russian
 *  Budapest card for Morocco or Paraguay under a two-line title, statement and caption, 2 units short) sets its name
 *  at 24 units at most and nearer its edge and rows (CARD_HEAD): the name is also in the slide's statement ("Selected:
 *  …"), the row is the slide's fact for the State. */
export type CardBox = Rect & { tight?: boolean };
/** The room above the card's name and between the name and the rows, loose and tight. */
const CARD_HEAD = { loose: [16, 14], tight: [10, 8] } as const;
/** The card's name, on one line while a smaller size allows ("Российская Федерация"): its line is the sources' room;
 *  else on two, else on three smaller ones before it is cut ("Соединенное Королевство Великобритании и Северной
 *  Ирландии" was cut after "Великобритании и…"). A tight card's name is set at 24 units at most. */
function recordName(name: string, w: number, tight = false) {
  const cut = (f: { lines: string[] }) => f.lines[f.lines.length - 1].endsWith('…');
  const sizes = tight ? [24, 22] : [32, 28, 24];
  const one = fitLines(name, w - 32, sizes, 1, true);
  if (!cut(one)) return one;
  const two = fitLines(name, w - 32, sizes, 2, true);
  return cut(two) ? fitLines(name, w - 32, [24, 22, 20], 3, true) : two;
}
/** The height of a card's name with the room above and under it: where its rows start. */
const headHeight = (name: { size: number; lines: readonly string[] }, tight = false) => {
  const [above, under] = CARD_HEAD[tight ? 'tight' : 'loose'];
  return above + name.size + (name.lines.length - 1) * name.size * LINE + under;
};
/** Most lines a card's row takes: a Party's row says when the treaty binds it ("Будапештская: Государство-участник
 *  (29 июня 2018 г.); в силе с 1 октября 2018 г." takes four; "(не позднее 26 апреля 2008 г.); в силе не позднее 1 августа 2008 г. (по расчёту)" six). */
const ROW_MAX_LINES = 6;
const recordRows = (m: SlideModel, w: number) => m.record!.rows.map((row) => {
  const text = row.text;
  // on up to five lines ("No es miembro de las Naciones Unidas (27 de diciembre de 2019)" takes three): a card short
  // of them leaves the row out (cardRows) rather than cut it
  return { row, text, lines: wrap(text, charsFor(w - 60, 21, row.current), ROW_MAX_LINES) };
});
/** Most lines a source takes on the card: its title whole where the card has room, rather than cut. */
const SOURCE_MAX_LINES = 6;

/** The lines a card `w` wide gives a source: whole, on up to SOURCE_MAX_LINES; `cut`: else its title cut after the
 *  words that name it (only the own lens's first source is ever cut: cardSources). */
const cardSourceLines = (m: SlideModel, src: RecordSource, w: number, cut: boolean) => sourceLines(src, m.lang, charsFor(w - 32, MIN_READABLE), SOURCE_MAX_LINES, cut);

/** The height a record card `w` wide needs for its name, every row and every source it may name whole
 *  (recordCard's measures). */
function recordHeight(m: SlideModel, w: number, tight = false): number {
  if (!m.record) return 0;
  const rows = recordRows(m, w).reduce((h, x) => h + x.lines.length * 26 + 8, 0);
  const sources = m.record.pool.reduce((n, src) => n + (cardSourceLines(m, src, w, true)?.length ?? 0), 0);
  return headHeight(recordName(m.record.name, w, tight), tight) + rows + (sources ? (sources + 1) * SOURCE_LEAD + MIN_READABLE : 0) + 10;
}

/** The own lens's row's first source, which the card names (or cuts after its naming words) before any other row. */
const ownSource = (m: SlideModel) => {
  const id = m.record!.rows.find((r) => r.current)?.source;
  return m.record!.pool.find((s) => s.id === id) ?? null;
};

/** The least height a record card `w` wide needs: its name, its own lens's row and its first source whole, under
 *  the sources' heading (cardRows keeps that room before any other row; cardSources draws the source whole in it). */
function cardFloor(m: SlideModel, w: number, cut = false, tight = false): number {
  if (!m.record) return 0;
  const name = recordName(m.record.name, w, tight);
  const own = recordRows(m, w).find((x) => x.row.current);
  const src = ownSource(m);
  const first = src ? cardSourceLines(m, src, w, cut) : null;
  // (a source that does not fit SOURCE_MAX_LINES that way: no card this wide holds it)
  if (src && !first) return Infinity;
  return headHeight(name, tight) + (own ? own.lines.length * 26 + 8 : 0) + (first ? (first.length + 1) * SOURCE_LEAD : 0) + 10;
}

/** The card's name and rows as a card in `box` sets them, and how many rows it has room for: its own lens's row
 *  first (its date whole), then the others in order, each with room for its own first source whole (unless an
 *  earlier row's names it): every fact on the card names its evidence (the heading, the title, its date and id), and
 *  a line is kept for "and N more" where the own lens has other sources. The slide model (slideModel.ts) decides from
 *  this which rows the card shows, names their first sources (cardSourcesOf) and cites their sources. */
export function cardRows(m: SlideModel, box: CardBox) {
  const rec = m.record!;
  const nameFit = recordName(rec.name, box.w, box.tight);
  const top = box.y + headHeight(nameFit, box.tight);
  const rows = recordRows(m, box.w);
  const order = [...rows.filter((x) => x.row.current), ...rows.filter((x) => !x.row.current)];
  let room = box.y + box.h - 10 - top;
  const own = rows.find((x) => x.row.current)?.row;
  const pool = new Map(rec.pool.map((s) => [s.id, s]));
  // the own lens's other sources, counted on a line of their own where the card has no room to name them
  const firsts = new Set(rows.map((x) => x.row.source));
  const more = (own?.sources ?? []).some((id) => pool.has(id) && !firsts.has(id)) ? SOURCE_LEAD : 0;
  const named = new Set<string>();
  let fit = 0;
  for (const x of order) {
    const src = x.row.source ? pool.get(x.row.source) : undefined;
    const head = src && !named.size ? SOURCE_LEAD : 0;
    const lines = src && !named.has(src.id) ? cardSourceLines(m, src, box.w, x.row.current)?.length : 0;
    const rowH = x.lines.length * 26 + 8;
    // a row only with room for its first source on the card (a row shown names its evidence there): the own lens's
    // row with it whole or cut after its naming words, another row with it whole (and a line for "and N more"). A
    // Russian non-Party's card under the Parties filter and a caption drew its row and counted its source (58 cards).
    if (lines === undefined || rowH + head + lines * SOURCE_LEAD + (x.row.current ? 0 : more) > room) break;
    fit++;
    room -= rowH + head + (lines ?? 1) * SOURCE_LEAD;
    if (src) named.add(src.id);
  }
  // the sources' box under the rows the model chose to show
  const y = rows.filter((x) => x.row.shown).reduce((y, x) => y + x.lines.length * 26 + 8, top);
  return { nameFit, top, rows, order, fit, sourcesBox: { ...box, y, h: box.y + box.h - 10 - y } };
}

function recordCard(m: SlideModel, box: CardBox): string {
  const rec = m.record;
  if (!rec) return '';
  const mx = partMirror(m, box);
  const o = mx.text;
  const out: string[] = [`<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" rx="10" fill="#f4f6fa" stroke="#c9ced8" stroke-width="2"/>`];
  const { nameFit, top, rows, sourcesBox } = cardRows(m, box);
  out.push(textLines(mx.x(box.x + 16), box.y + CARD_HEAD[box.tight ? 'tight' : 'loose'][0] + nameFit.size, nameFit.lines, { size: nameFit.size, weight: 700, ...o }, nameFit.size * LINE));
  let y = top;
  // the rows the model chose (those the card has room for, whose sources the slide cites), drawn in order
  for (const { row, lines } of rows.filter((x) => x.row.shown)) {
    out.push(swatch(mx.x(box.x + 16, 20), y + 2, 20, row.cls) + textLines(mx.x(box.x + 46), y + 19, lines, { size: 21, weight: row.current ? 700 : 400, ...o }, 26));
    y += lines.length * 26 + 8;
  }
  if (rec.sources.length) out.push(recordSources(m, sourcesBox, mx));
  return `<g data-role="record">${out.join('')}</g>`;
}

const SOURCE_LEAD = MIN_READABLE + 4;

/** A source's lines in `maxLines` of `chars`: whole, else its title cut after a word with "…", never its date and id
 *  (the line ends with them), and never before the words that name it (`nameWords`: "Council…" named nothing); null
 *  when even those do not fit with them. */
export function sourceLines(src: RecordSource, lang: SlideModel['lang'], chars: number, maxLines: number, cut = true): string[] | null {
  const fits = (text: string) => { const l = wrap(text, chars, Number.MAX_SAFE_INTEGER); return l.length <= maxLines && !l.some((x) => x.endsWith('…') && !text.includes(x)) ? l : null; };
  const whole = fits(src.text);
  if (whole || !cut) return whole;
  const words = src.title.split(' ');
  for (let n = words.length - 1; n >= Math.max(1, src.nameWords); n--) {
    const lines = fits(sourceText(`${words.slice(0, n).join(' ').replace(/[\s,;:–-]+$/, '')}…`, src.date, src.id, lang));
    if (lines) return lines;
  }
  return null;
}

/** The record card's sources under its rows in `box`, at the slide's smallest readable size: each whole, wrapped on up
 *  to five lines, where the card has room (a long English title on an Arabic card took three, cut); only the first,
 *  the evidence for the slide's own lens, is ever cut (after a word, its date and id always shown, its whole line in
 *  the notes: cardShortened), when even a card without the line for "and N more" has no room for it whole; the
 *  others with no room are counted, on a line kept for them ("Council…" said nothing of a second source). */
export function cardSources(m: SlideModel, box: Rect) {
  const sources = m.record!.sources;
  let room = Math.floor(box.h / SOURCE_LEAD) - 1;
  const items: { src: RecordSource; lines: string[]; cut: boolean }[] = [];
  if (room < 1) return { items, more: sources.length, room };
  const chars = charsFor(box.w - 32, MIN_READABLE);
  for (const [i, src] of sources.entries()) {
    // a line kept for "and 1 more" while others wait
    const within = (spare: number, cut: boolean) => sourceLines(src, m.lang, chars, Math.min(SOURCE_MAX_LINES, room - spare), cut);
    const spare = i < sources.length - 1 ? 1 : 0;
    const whole = within(spare, false) ?? (i === 0 ? within(0, false) : null);
    const lines = whole ?? (i === 0 ? within(spare, true) ?? within(0, true) : null);
    if (!lines) break;
    items.push({ src, lines, cut: !whole });
    room -= lines.length;
  }
  return { items, more: sources.length - items.length, room };
}

function recordSources(m: SlideModel, box: Rect, mx: ReturnType<typeof partMirror>): string {
  const { items, more, room } = cardSources(m, box);
  if (!items.length && (!more || room < 1)) return '';
  // on an Arabic slide a source's line reads from the right as the card does, its English title, note and id each
  // isolated left to right (slideStrings.ts ltr), so the title comes first, then the date, then the id
  const o = { size: MIN_READABLE, fill: MUTED, ...mx.text };
  let y = box.y + MIN_READABLE;
  const out = [textLines(mx.x(box.x + 16), y, [sourcesLead(m.lang)[0].trim()], { ...o, weight: 700 })];
  for (const { src, lines } of items) {
    y += SOURCE_LEAD;
    // the whole line stays in the SVG (its tooltip, and what a screen reader reads; a left-to-right slide's without
    // the isolates that mark its English words, textFit.ts textLines)
    out.push(`<g data-source="${escapeXml(src.id)}"><title>${escapeXml(m.dir === 'rtl' ? src.text : src.text.replace(/[\u2066\u2069]/g, ''))}</title>${textLines(mx.x(box.x + 16), y, lines, o, SOURCE_LEAD)}</g>`);
    y += (lines.length - 1) * SOURCE_LEAD;
  }
  // the others are counted where there is a line left (the slide's sources line lists them all)
  if (more && room > 0) out.push(textLines(mx.x(box.x + 16), y + SOURCE_LEAD, [formatMessage(m.lang, 'slide.sourcesMore', { count: more })], o));
  return out.join('');
}

/** The whole words of what a map + record slide's card shows shortened with "…" (its name, a row, its first source):
 *  the slide model puts them in the notes. `card`: the card's box, when the caller has the slide's frame. */
export function cardShortened(m: SlideModel, card?: Rect): string[] {
  const box = m.record && (card ?? slideFrame(m).record);
  if (!box) return [];
  const { nameFit, rows, sourcesBox } = cardRows(m, box);
  const cut = (lines: readonly string[]) => lines.some((l) => l.endsWith('…'));
  return [
    ...(cut(nameFit.lines) ? [m.record!.name] : []),
    ...rows.filter((x) => x.row.shown && cut(x.lines)).map((x) => x.text),
    ...cardSources(m, sourcesBox).items.filter((x) => x.cut).map((x) => x.src.text),
  ];
}

const COMPARE_SIZES = [22, MIN_READABLE] as const;
const COMPARE_MAX_LINES = 4;

function compareTable(m: SlideModel, box: Rect): string {
  const c = m.compare;
  if (!c || !c.ids.length) return '';
  const mx = partMirror(m, box);
  const o = mx.text;
  // the lenses' column (`first`) and the States' columns, their headings and cells, as a form sets them: the form's
  // lenses' column, its heads' sizes (`small`: smaller where the rows would not fit under them), its cells' size and
  // spacing (`tight`: at the slide's smallest type, lines and rows closer together; a Russian or Spanish table of six
  // lenses under a caption ran 35–45 units past its box); the last form gives the cells the lenses' room
  const formAt = (first: number, size: number, small: boolean, tight: boolean) => {
    const colW = (box.w - first) / c.ids.length;
    // a long name ("Соединенное Королевство Великобритании и Северной Ирландии") takes three small lines before it is cut
    const heads = c.names.map((n) => {
      const two = fitLines(n, colW - 16, small ? [26, 22, MIN_READABLE] : [30, 26, 22], 2, true);
      return two.lines[two.lines.length - 1].endsWith('…') ? fitLines(n, colW - 16, [22, MIN_READABLE], 3, true) : two;
    });
    const headH = Math.max(...heads.map((f) => f.lines.length * f.size * LINE)) + 18;
    // a long lens name ("Конвенция ООН", "اتفاقية الأمم المتحدة") on one smaller line, else two, rather than cut
    const lensFit = c.rows.map((row) => {
      const one = fitLines(row.lens, first - 12, [26, 22], 1, true);
      const two = fitLines(row.lens, first - 12, [MIN_READABLE], 2, true);
      // ("Deuxième Protocole, preuves électroniques" takes three at the slide's smallest type)
      return !one.lines[0].endsWith('…') ? one : !two.lines.at(-1)!.endsWith('…') ? two : fitLines(row.lens, first - 12, [MIN_READABLE], 3, true);
    });
    // a cell says its status, its date and, for a Budapest treaty's Party, when the treaty binds the State ("Party (30
    // November 2022); in force 1 March 2023"): on up to four lines (five when tight)
    const lead = Math.round(size * (tight ? 1.1 : 1.18));
    const [top, under] = tight ? [6, 4] : [12, 8];
    const cells = c.rows.map((row) => row.cells.map((cell) => wrap(cell.text, charsFor(colW - 54, size), COMPARE_MAX_LINES + (tight ? 1 : 0))));
    // (the swatch 14 units down, 26 high; the first baseline `top` + size down, the last line's descenders, `under` below)
    const heights = cells.map((row, j) => Math.max(8 + lensFit[j].size + (lensFit[j].lines.length - 1) * lensFit[j].size * 1.15 + 0.3 * lensFit[j].size + under, 14 + 26 + under, ...row.map((lines) => top + size + (lines.length - 1) * lead + size * 0.3 + under)));
    const cut = [...cells.flat(), ...lensFit.map((f) => f.lines), ...heads.map((f) => f.lines)].some((lines) => lines.some((l) => l.endsWith('…')));
    return { first, colW, heads, headH, lensFit, size, lead, top, cells, heights, cut };
  };
  const forms = [
    ...COMPARE_SIZES.map((size) => formAt(250, size, false, false)),
    formAt(250, MIN_READABLE, false, true), formAt(250, MIN_READABLE, true, true), formAt(225, MIN_READABLE, true, true), formAt(200, MIN_READABLE, true, true),
  ];
  const over = (f: (typeof forms)[number]) => f.heights.reduce((a, b) => a + b, 0) - (box.h - f.headH);
  // (none fits: the uncut form that overflows least)
  const fit = forms.find((f) => !f.cut && over(f) <= 0) ?? [...forms].filter((f) => !f.cut).sort((a, b) => over(a) - over(b))[0] ?? forms[forms.length - 1];
  const { first, colW, lensFit } = fit;
  const { heads, headH } = fit;
  const room = box.h - headH;
  // rows share the room left over, as the six rows of 78 units did
  const spare = Math.max(0, room - fit.heights.reduce((a, b) => a + b, 0));
  const rowHs = fit.heights.map((h) => Math.min(h + spare / c.rows.length, Math.max(h, 78)));
  const out: string[] = [];
  heads.forEach((f, i) => out.push(textLines(mx.x(box.x + first + i * colW + 8), box.y + f.size, f.lines, { size: f.size, weight: 700, ...o }, f.size * LINE)));
  let y = box.y + headH;
  c.rows.forEach((row, j) => {
    out.push(`<line x1="${box.x}" y1="${r(y)}" x2="${box.x + box.w}" y2="${r(y)}" stroke="#c9ced8" stroke-width="1.5"/>`);
    const lens = lensFit[j];
    out.push(textLines(mx.x(box.x), y + 8 + lens.size, lens.lines, { size: lens.size, weight: 700, ...o }, lens.size * 1.15));
    row.cells.forEach((_, i) => {
      const x = box.x + first + i * colW + 8;
      out.push(swatch(mx.x(x, 26), y + 14, 26, row.cells[i].cls) + textLines(mx.x(x + 38), y + fit.top + fit.size, fit.cells[j][i], { size: fit.size, ...o }, fit.lead));
    });
    y += rowHs[j];
  });
  return `<g data-role="compare">${out.join('')}</g>`;
}

function table(m: SlideModel, box: Rect): string {
  const t = m.table;
  if (!t) return '';
  const mx = partMirror(m, box);
  const { rtl, text: o } = mx;
  const out: string[] = [textLines(mx.x(box.x), box.y + 28, [t.title], { size: 28, weight: 700, ...o })];
  const top = box.y + 48;
  if (t.kind === 'list') {
    // the fewer the names, the larger they are: a short list is read from the back of the room
    const size = t.items.length <= 12 ? 32 : t.items.length <= 30 ? 26 : 22;
    const rowH = Math.round(size * 1.5);
    const perCol = Math.max(1, Math.floor((box.y + box.h - top) / rowH));
    const cols = Math.max(1, Math.ceil(t.items.length / perCol));
    const colW = box.w / Math.max(cols, t.items.length <= 12 ? 2 : cols);
    t.items.forEach((it, i) => {
      const x = box.x + Math.floor(i / perCol) * colW;
      const y = top + (i % perCol) * rowH;
      const sw = Math.round(size * 0.9);
      // a long name ("Российская Федерация") is set a little smaller before it is cut
      const name = fitLines(it.name, colW - sw - 24, [size, size - 2, size - 4, size - 6].filter((x) => x >= MIN_READABLE), 1);
      out.push(`<g data-iso3="${escapeXml(it.id)}">${swatch(mx.x(x, sw), y + (rowH - sw) / 2 - 4, sw, it.cls)}${textLines(mx.x(x + sw + 12), y + rowH / 2 + size * 0.3, name.lines, { size: name.size, ...o })}</g>`);
    });
  } else {
    // headings take up to three lines ("Не является членом ООН"); the rows start below the longest
    const cutOr = (full: string, short: string | undefined, width: number, sizes: number[], lines: number, bold: boolean) => {
      const f = fitLines(full, width, sizes, lines, bold);
      return short && f.lines[f.lines.length - 1].endsWith('…') ? fitLines(short, width, sizes, lines, bold) : f;
    };
    const cut = (f: { lines: string[] }) => f.lines.some((l) => l.endsWith('…'));
    // the class's short form ("Воздерж.") where its name would be cut, at the slide's smallest type; the groups' column
    // gives the classes' columns the room that takes ("Abstención" and "Воздерж." were cut at 20 units beside 330),
    // while the groups' names keep theirs on two lines (or their short forms)
    const headsAt = (first: number) => t.columns.map((c) => cutOr(c.label, c.short, (box.w - first) / t.columns.length - 10, [MIN_READABLE], 3, true));
    const labelsAt = (first: number) => t.rows.map((row, j) => cutOr(row.label, row.short, first - 12, [22, MIN_READABLE], 2, j === t.rows.length - 1));
    const FIRSTS = Array.from({ length: 19 }, (_, i) => 330 - 5 * i);
    const fullNames = (w: number) => t.rows.every((row) => !cut(fitLines(row.label, w - 12, [22, MIN_READABLE], 2, false)));
    const first = FIRSTS.find((w) => !headsAt(w).some(cut) && fullNames(w)) ?? FIRSTS.find((w) => !headsAt(w).some(cut) && !labelsAt(w).some(cut)) ?? 330;
    const colW = (box.w - first) / t.columns.length;
    const heads = headsAt(first);
    const headLines = Math.max(2, ...heads.map((h) => h.lines.length));
    const headLead = Math.round(MIN_READABLE * 1.1);
    const rowsTop = top + 96 + (headLines - 2) * headLead;
    const rowH = Math.min(52, (box.h - 110 - (rowsTop - top - 96)) / t.rows.length);
    heads.forEach((h, i) => {
      const x = box.x + first + i * colW + colW - 10;
      const end = { anchor: mx.anchor('end'), rtl };
      out.push(swatch(mx.x(x - 22, 22), top, 22, t.columns[i].cls) + textLines(mx.x(x), top + 48, h.lines, { size: h.size, weight: 700, ...end }, headLead));
    });
    t.rows.forEach((row, j) => {
      const y = rowsTop + j * rowH;
      const total = j === t.rows.length - 1;
      // a group's name on up to two lines, centred on the row's numbers; its narrow form when even that would cut it
      const label = labelsAt(first)[j];
      const lead = label.size * 1.1;
      out.push(textLines(mx.x(box.x), y - (label.lines.length - 1) * lead / 2, label.lines, { size: label.size, weight: total ? 700 : 400, ...o }, lead));
      row.counts.forEach((n, i) => out.push(textLines(mx.x(box.x + first + (i + 1) * colW - 10), y, [formatNumber(m.lang, n)], { size: 24, weight: total ? 700 : 400, anchor: mx.anchor('end'), rtl })));
    });
  }
  return `<g data-role="table">${out.join('')}</g>`;
}

export interface RenderOptions {
  /** Prefix for ids (clip paths), unique per document when several slides share one page. */
  idPrefix?: string;
  /** 'picture': only the body (map, network, record, table) on a transparent ground, sized to the picture box,
   *  for the .pptx, whose words are native text. */
  part?: 'slide' | 'picture';
}

/** The picture's parts, in slide units. */
function bodyParts(m: SlideModel, f: SlideFrame, geo: MapGeometry, id: string): { svg: string; dropped: number } {
  const p = f.picture;
  switch (m.layout) {
    case 'network': return { svg: m.network ? networkPicture(m.network, p, `${id}-net`) : '', dropped: 0 };
    case 'map-network': {
      const mw = Math.round(p.w * 0.58);
      const map = mapPicture(geo, m, { ...p, w: mw }, id);
      const netBox = { x: p.x + mw + GAP, y: p.y, w: p.w - mw - GAP, h: p.h };
      const frame = `<rect x="${r(netBox.x - GAP / 2)}" y="${r(p.y)}" width="1.5" height="${r(p.h)}" fill="#c9ced8"/>`;
      return { svg: map.svg + frame + (m.network ? networkPicture(m.network, netBox, `${id}-net`) : ''), dropped: map.dropped };
    }
    case 'compare': return { svg: compareTable(m, p), dropped: 0 };
    case 'matrix': return { svg: m.matrix ? matrixPicture(m.matrix, p, m.lang, m.dir === 'rtl') : '', dropped: 0 };
    case 'table': return { svg: table(m, p), dropped: 0 };
    default: {
      const map = mapPicture(geo, m, p, id);
      return { svg: map.svg, dropped: map.dropped };
    }
  }
}

export function renderSlide(m: SlideModel, geo: MapGeometry, o: RenderOptions = {}): string {
  const id = o.idPrefix ?? 'slide';
  const f = slideFrame(m);
  const body = bodyParts(m, f, geo, id);
  const defs = slidePatternDefs();
  if (o.part === 'picture') {
    const p = f.picture;
    const w = p.w;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${r(w * 1.5)}" height="${r(p.h * 1.5)}" viewBox="${r(p.x)} ${r(p.y)} ${r(w)} ${r(p.h)}">`
      + `<title>${escapeXml(m.alt)}</title>${defs}${body.svg}</svg>`;
  }
  const record = f.record ? recordCard(m, f.record) : '';
  const legend = f.legend ? (m.layout === 'map-network' ? legendRow(m, f.legend) : legendColumn(m, f.legend, f.legendSize, body.dropped, f.legendCols, f.legendMerged, f.legendGap)) : '';
  const key = f.key ? keySvg(f.key.layout, f.key, m.dir === 'rtl') : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${FONT}" lang="${m.lang}" xml:lang="${m.lang}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(m.title)}</title><desc id="${id}-desc">${escapeXml(sentences([m.lensLine, m.statement, m.alt]))}</desc>`,
    defs,
    `<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="#ffffff"/>`,
    text(m, f.title, 'title'),
    f.step ? text(m, f.step, 'step', true) : '',
    text(m, f.lensLine, 'lens'),
    f.statement ? text(m, f.statement, 'statement') : '',
    body.svg,
    record,
    legend,
    key,
    f.caption ? text(m, f.caption, 'caption') : '',
    text(m, f.sources, 'sources'),
    text(m, f.footer, 'footer'),
    '</svg>',
  ].join('');
}

/** Parts joined as sentences; a part that ends with its own point ("5 февраля 2026 г.") gets no second one. */
const sentences = (parts: readonly string[]) => parts.filter(Boolean).map((p, i, all) => (i < all.length - 1 && !/[.!?。]$/.test(p) ? `${p}.` : p)).join(' ');

/** A slide (1600×900) with nothing but a message, for a step that cannot be drawn. */
export function messageSlide(title: string, message: string): string {
  const t = fitLines(title, SLIDE_W - 2 * M, [50, 40], 2, true);
  const msg = fitLines(message, SLIDE_W - 2 * M, [30, 26], 4);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}"><rect width="${SLIDE_W}" height="${SLIDE_H}" fill="#ffffff"/>`
    + textLines(M, 90, t.lines, { size: t.size, weight: 700 }) + textLines(M, 220, msg.lines, { size: msg.size, fill: MUTED }) + '</svg>';
}
