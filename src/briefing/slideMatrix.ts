// The matrix part of a slide: the live matrix view's rows and cells (graph/matrix.ts: countries matching the filter,
// grouped by their status under the lens, × instruments and bodies at the date), cut to what stays legible from the
// back of a room. Rows are kept by importance (the selection, the compared States, the lit ones, then each group in
// turn) and shown in the live order; a column goes when no shown State has a relation there, then, when there is no
// room, the columns with the fewest relations. The slide says what it left out. Pure: the model decides the cut,
// the renderer draws it with the same geometry.
import type { Atlas } from '../data/atlas';
import type { LensId } from '../data/lenses';
import { cellOf, columnShort, MATRIX_COLUMNS, matrixRows, type CellState } from '../graph/matrix';
import type { MatrixSort } from '../graph/matrixSort';
import { buildGraph } from '../graph/model';
import { formatMessage, type MessageKey } from '../i18n/catalogue';
import { dirOf, listSep, type Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import type { Rect } from './labelPlace';
import { charsFor, cutTo, fitLines, MIN_READABLE, wrap } from './textFit';
import { ownTable } from '../lib/ownTable';

export interface MatrixRow { id: string; name: string; selected: boolean; lit: boolean; cells: CellState[] }
export interface MatrixSlide {
  columns: { id: string; short: string }[];
  /** the columns' headings as drawn, and their widths in slide units, in the columns' order */
  headings: Heading[];
  widths: number[];
  groups: { key: string; label: string; count: number; rows: MatrixRow[] }[];
  shownRows: number;
  totalRows: number;
  /** short names of the columns left out: none of the shown States has a relation there / no room */
  emptyColumns: string[];
  roomColumns: string[];
  /** what was left out, in words (under the grid) */
  notes: string[];
  /** heights of the heading row and of the legend and notes under the grid, slide units */
  headH: number;
  footH: number;
}

/** Sizes in slide units: at 1024×768 a slide is drawn 0.64 times its size, so a 22-unit name is 14 px. */
export const MATRIX = {
  nameW: 310, colMinW: 96, headSize: MIN_READABLE, rowH: 32, groupH: 30, nameSize: 22, groupSize: 20, noteSize: 20,
  /** the states' legend row under the grid */
  legendH: 36,
} as const;

/** The states a cell can show, in the legend's order. */
export const MATRIX_STATES: readonly Exclude<CellState, 'none'>[] = ['in-force', 'signed', 'negotiating', 'suspended', 'unknown'];

/** Arabic letters reach higher and lower than Latin ones: its lines sit further apart. */
export const leadOf = (rtl: boolean, latin: number) => (rtl ? latin + 0.25 : latin);

/** A column's heading as drawn: `text` is its short name, or that name shortened where a word would not fit
 *  ("Будап."; `shortened` then), which the slide's key gives whole. */
export interface Heading { size: number; lines: string[]; text: string; shortened: boolean }

/** "Europol/EC3" may break after its slash when it does not fit whole ("24/7" stays whole). */
const breakable = (label: string) => [label, label.replace(/\/(?=\S)/g, '/ ')];
const whole = (lines: string[]) => !lines.some((l) => l.endsWith('…'));
// every heading at one size, the slide's smallest (they came at 20 and 18, each shrunk to fit its column): two lines,
// else three, else a word shortened (columnHeading)
const TRIES: [number, number][] = [[MATRIX.headSize, 2], [MATRIX.headSize, 3]];

/** Two lines at the largest size that cuts no word, else three; null when a word is wider than the column. */
function levelHeading(text: string, w: number): Omit<Heading, 'shortened'> | null {
  for (const [size, most] of TRIES) for (const t of breakable(text)) {
    const lines = wrap(t, charsFor(w, size, true), most);
    if (whole(lines)) return { size, lines, text };
  }
  return null;
}

/** A word shortened to `units` with a point; a Latin or Cyrillic one ends on a consonant, as abbreviations do ("Будап."). */
function shorten(word: string, units: number): string {
  const [, body, slash] = /^(.*?)(\/?)$/.exec(word)!;
  const kept = cutTo(body, units - 1 - (slash ? 1 : 0));
  return `${kept.replace(/(?<=.)[aeiouyаеёиоуыэюя]+$/i, '')}.${slash}`;
}

/** A column heading never below MIN_READABLE and never cut: a word wider than the column is shortened instead, and
 *  the slide's key ("Будап. = Будапештская") gives it whole. */
export function columnHeading(label: string, w: number): Heading {
  const level = levelHeading(label, w);
  if (level) return { ...level, shortened: false };
  const room = charsFor(w, MIN_READABLE, true);
  const short = breakable(label)[1].split(' ').map((word) => (levelHeading(word, w) ? word : shorten(word, room))).join(' ').replace(/\/ /g, '/');
  return { ...(levelHeading(short, w) ?? { size: MIN_READABLE, lines: wrap(short, room, 3), text: short }), shortened: true };
}

/** Short names written by hand, as UN documents in each language shorten them (Европол, Евроюст; يوروبول), for a
 *  heading whose whole name has no room: they read without a key, unlike an automatic abbreviation. */
const SHORT_NAMES: Readonly<Record<string, MessageKey>> = ownTable({
  budapest: 'slide.colShort.budapest', 'un-convention': 'slide.colShort.un-convention', europol: 'slide.colShort.europol',
  eurojust: 'slide.colShort.eurojust', interpol: 'slide.colShort.interpol',
});
export const handShort = (id: string, lang: Lang): string | null => (SHORT_NAMES[id] ? formatMessage(lang, SHORT_NAMES[id]) : null);

/** The narrowest column: its square and a margin either side. */
const COL_FLOOR = 48;
const COL_MAX = 150;

/** The narrowest width (whole units) at which `text` is set whole, at most `most`; Infinity when it never is. Wider
 *  never takes more lines (greedy wrapping), so a bisection finds it. */
function widthFor(text: string, most: number): number {
  if (!levelHeading(text, most - 10)) return Infinity;
  let lo = COL_FLOOR, hi = Math.floor(most);
  if (levelHeading(text, lo - 10)) return lo;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (levelHeading(text, mid - 10)) hi = mid; else lo = mid;
  }
  return hi;
}

/** Columns as wide as their headings need, sharing `total`: each heading whole by its name, else by its short name
 *  written by hand (the widest savings first); the narrow columns then share what is left equally (at most 150 each).
 *  Only when even the short names have no room are the columns equal and a word shortened automatically (with the key). */
export function columnLayout(names: readonly { id: string; name: string }[], total: number, lang: Lang): { widths: number[]; headings: Heading[] } {
  const n = names.length;
  if (!n) return { widths: [], headings: [] };
  const texts = names.map((c) => c.name);
  const needs = texts.map((t) => widthFor(t, total));
  const sum = () => needs.reduce((a, b) => a + b, 0);
  while (sum() > total) {
    const saving = names.map((c, j) => {
      const s = handShort(c.id, lang);
      return s && s !== texts[j] ? { j, s, w: widthFor(s, total) } : null;
    }).filter((x) => x && x.w < needs[x.j]) as { j: number; s: string; w: number }[];
    if (!saving.length) break;
    const best = saving.reduce((a, b) => (needs[b.j] - b.w > needs[a.j] - a.w ? b : a));
    texts[best.j] = best.s;
    needs[best.j] = best.w;
  }
  if (sum() > total) {
    const w = Math.min(COL_MAX, total / n);
    return { widths: texts.map(() => w), headings: texts.map((t) => columnHeading(t, w - 10)) };
  }
  // the narrow columns share the room left equally: every column at least `even`, the wide ones as they need
  const room = Math.min(total, Math.max(sum(), COL_MAX * n));
  let even = room / n;
  for (let i = 0; i < n; i++) {
    const wide = needs.filter((w) => w > even);
    const next = (room - wide.reduce((a, b) => a + b, 0)) / (n - wide.length);
    if (next === even) break;
    even = next;
  }
  const widths = needs.map((w) => Math.max(w, even));
  return { widths, headings: texts.map((t, j) => ({ ...levelHeading(t, widths[j] - 10)!, shortened: false })) };
}

/** The notes' lines at the size they are drawn. */
export const notesFit = (notes: readonly string[], w: number) => fitLines(notes.join(' · '), w, [MATRIX.noteSize], 3);

export interface MatrixInput {
  atlas: Atlas; lens: LensId; date: string; lang: Lang;
  /** the rows' order and groups, as in the live matrix */
  rowsBy: MatrixSort;
  /** countries matching the filter, null for all */
  match: ReadonlySet<string> | null;
  sel: string | null; cmp: readonly string[];
  /** lit countries (a selected bloc's members, the selection's partners) */
  lit: ReadonlySet<string> | null;
}

/** The matrix cut to the picture box. */
export function matrixSlide(inp: MatrixInput, box: Rect): MatrixSlide {
  const { atlas, lens, date, lang } = inp;
  const rtl = dirOf(lang) === 'rtl';
  const graph = buildGraph(atlas, date);
  const name = (id: string) => nameOf(atlas, id, lang);
  const ids = atlas.countries.filter((c) => c.kind !== 'territory' && (!inp.match || inp.match.has(c.id))).map((c) => c.id);
  const groups = matrixRows(atlas, ids, inp.rowsBy, lens, date, name, lang);
  const ordered = groups.flatMap((g) => g.rows.map((id) => ({ id, group: g.key })));
  const first = (id: string) => (id === inp.sel ? 0 : inp.cmp.includes(id) ? 1 : inp.lit?.has(id) ? 2 : 3);
  // after the named ones, the groups take turns, so each status under the lens (each group) has rows on the slide
  const turn = new Map(groups.flatMap((g) => g.rows.map((id, k) => [id, k] as const)));
  const byImportance = ordered.map((r, i) => ({ ...r, i })).sort((a, b) => first(a.id) - first(b.id) || turn.get(a.id)! - turn.get(b.id)! || a.i - b.i);
  const cellsOf = new Map<string, CellState[]>();
  const cellsFor = (id: string) => {
    if (!cellsOf.has(id)) cellsOf.set(id, MATRIX_COLUMNS.map((c) => cellOf(atlas, graph, c, id, date).state));
    return cellsOf.get(id)!;
  };
  const short = (j: number) => columnShort(MATRIX_COLUMNS[j], lang);
  const list = (names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);

  /** The cut for given heights of the heading and the foot; the heights it then needs. */
  const cut = (headH: number, footH: number) => {
    // as many rows as the height allows, group headings included
    const room = box.h - headH - footH;
    const kept = new Set<string>();
    const keptGroups = new Set<string>();
    let used = 0;
    for (const r of byImportance) {
      const extra = MATRIX.rowH + (keptGroups.has(r.group) ? 0 : MATRIX.groupH);
      if (used + extra > room) break;
      used += extra;
      kept.add(r.id);
      keptGroups.add(r.group);
    }
    // columns: those with a relation among the shown rows, then the fullest while there is room (in their own order)
    const filled = MATRIX_COLUMNS.map((_, j) => [...kept].filter((id) => cellsFor(id)[j] !== 'none').length);
    const useful = MATRIX_COLUMNS.map((_, j) => j).filter((j) => filled[j] > 0);
    const fit = Math.max(1, Math.floor((box.w - MATRIX.nameW) / MATRIX.colMinW));
    const chosen = new Set([...useful].sort((a, b) => filled[b] - filled[a] || a - b).slice(0, fit));
    const cols = useful.filter((j) => chosen.has(j));
    const emptyColumns = MATRIX_COLUMNS.map((_, j) => j).filter((j) => filled[j] === 0).map(short);
    const roomColumns = useful.filter((j) => !chosen.has(j)).map(short);
    const { widths, headings } = columnLayout(cols.map((j) => ({ id: MATRIX_COLUMNS[j].id, name: short(j) })), box.w - MATRIX.nameW, lang);
    const key = cols.flatMap((j, i) => (headings[i].shortened ? [formatMessage(lang, 'slide.matrixShort', { short: headings[i].text, name: short(j) })] : []));
    const notes = [
      // the key first: a shortened heading must be read whole
      key.length ? formatMessage(lang, 'slide.matrixKey', { list: key.join(listSep(lang)) }) : '',
      kept.size < ids.length ? formatMessage(lang, 'slide.matrixRowsLeft', { shown: kept.size, total: ids.length }) : '',
      emptyColumns.length ? formatMessage(lang, 'slide.matrixColsEmpty', { names: list(emptyColumns) }) : '',
      roomColumns.length ? formatMessage(lang, 'slide.matrixColsRoom', { names: list(roomColumns) }) : '',
    ].filter(Boolean);
    const needHead = Math.max(MATRIX.headSize, ...headings.map((h) => h.lines.length * h.size * leadOf(rtl, 1.15))) + 16;
    const nf = notes.length ? notesFit(notes, box.w) : null;
    const needFoot = MATRIX.legendH + (nf ? nf.lines.length * nf.size * leadOf(rtl, 1.2) : 0) + 12;
    return { kept, keptGroups, cols, emptyColumns, roomColumns, notes, needHead, needFoot, headings, widths };
  };

  // the heights depend on what is kept, and what is kept on the heights: start from one line of each, grow to fit
  let headH = MATRIX.headSize * 2.3 + 16;
  let footH = MATRIX.legendH + MATRIX.noteSize * 1.2 + 12;
  let c = cut(headH, footH);
  for (let i = 0; i < 3 && (c.needHead > headH || c.needFoot > footH); i++) {
    headH = Math.max(headH, c.needHead);
    footH = Math.max(footH, c.needFoot);
    c = cut(headH, footH);
  }
  return {
    columns: c.cols.map((j) => ({ id: MATRIX_COLUMNS[j].id, short: short(j) })),
    headings: c.headings,
    widths: c.widths,
    groups: groups.filter((g) => c.keptGroups.has(g.key)).map((g) => ({
      key: g.key, label: g.label, count: g.rows.length,
      rows: g.rows.filter((id) => c.kept.has(id)).map((id) => ({
        id, name: name(id), selected: id === inp.sel, lit: inp.lit?.has(id) ?? false, cells: c.cols.map((j) => cellsFor(id)[j]),
      })),
    })),
    shownRows: c.kept.size,
    totalRows: ids.length,
    emptyColumns: c.emptyColumns,
    roomColumns: c.roomColumns,
    notes: c.notes,
    headH,
    footH,
  };
}
