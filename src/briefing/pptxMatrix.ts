// A matrix slide's grid as a native PowerPoint table (editable, searchable, read by screen readers), from the same cut
// of the matrix as the picture (slideMatrix.ts): the heading row, each group as a full-width row, a row per State with
// its cells as a symbol on the state's colour (colour is never the only cue), the selection's row shaded. Under it, the
// states' legend and what was left out, as text. An Arabic slide reads from the right: names in the right-hand column.
import type PptxGenJS from 'pptxgenjs';
import { CELL_SYMBOL, type CellState } from '../graph/matrix';
import { formatMessage } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import type { Lang } from '../i18n/langs';
import { COUNT_MARK, MATRIX_CELL } from '../theme/palette';
import { xmlText } from '../lib/xmlText';
import { MATRIX, MATRIX_STATES, type MatrixSlide } from './slideMatrix';
import { hex, PT } from './pptxUnits';

const INK = '1D2330';
const MUTED = '3D4555';

export interface MatrixTable {
  rows: PptxGenJS.TableRow[];
  /** column widths and row heights in slide units, in the table's order */
  colW: number[];
  rowH: number[];
  /** the legend and notes under the grid: one line of states, then the notes */
  foot: { text: string; options: Record<string, unknown> }[];
}

/** `lang` options (language, direction) go on every cell and run. */
export function matrixTable(mx: MatrixSlide, lang: Lang, rtl: boolean, langOpts: Record<string, unknown>): MatrixTable {
  const order = <T,>(cells: T[]): T[] => (rtl ? [...cells].reverse() : cells);
  const border = { type: 'solid' as const, pt: 0.5, color: 'D6DAE2' };
  const base = { ...langOpts, fontFace: 'Arial', valign: 'middle' as const, border, margin: 2 };
  const name = { ...base, align: rtl ? 'right' as const : 'left' as const };
  const cellRun = (state: CellState, selected: boolean) => ({
    text: CELL_SYMBOL[state],
    options: { ...base, align: 'center' as const, fontSize: Math.round(MATRIX.nameSize * PT),
      color: state === 'none' ? INK : hex(MATRIX_CELL[state].ink), fill: { color: state === 'none' ? (selected ? 'FFF3C4' : 'FFFFFF') : hex(MATRIX_CELL[state].fill) } },
  });

  const head: PptxGenJS.TableRow = order([
    { text: xmlText(formatMessage(lang, 'matrix.country')), options: { ...name, bold: true, color: MUTED, fontSize: Math.round(MATRIX.headSize * PT) } },
    // the picture's headings, at its size (a shortened one as on the picture, whose key is in the notes under it)
    ...mx.columns.map((_, j) => ({ text: xmlText(mx.headings[j].text), options: { ...base, align: 'center' as const, bold: true, color: INK, fontSize: Math.round(mx.headings[j].size * PT) } })),
  ]);
  const rows: PptxGenJS.TableRow[] = [head];
  const rowH = [mx.headH];
  for (const g of mx.groups) {
    // the group's size as the live matrix's count mark (MatrixView.tsx): a number of its own in regular type on a grey
    // ground, not "(12)"
    const groupOpts = { ...name, colspan: mx.columns.length + 1, color: MUTED, fill: { color: 'F4F6FA' }, fontSize: Math.round(MATRIX.groupSize * PT) };
    rows.push([{ text: [
      { text: `${xmlText(g.label)} `, options: { ...langOpts, bold: true, color: MUTED } },
      { text: formatNumber(lang, g.count), options: { ...langOpts, bold: false, color: MUTED, highlight: hex(COUNT_MARK.ground) } },
    ], options: groupOpts }]);
    rowH.push(MATRIX.groupH);
    for (const row of g.rows) {
      rows.push(order([
        { text: xmlText(row.name), options: { ...name, bold: row.selected || row.lit, color: INK, fontSize: Math.round(MATRIX.nameSize * PT), ...(row.selected ? { fill: { color: 'FFF3C4' } } : {}) } },
        ...row.cells.map((state) => cellRun(state, row.selected)),
      ]));
      rowH.push(MATRIX.rowH);
    }
  }

  const legend = MATRIX_STATES.map((s) => `${CELL_SYMBOL[s]} ${formatMessage(lang, 'matrix.cell', { state: s })}`).join('   ');
  const foot = [
    { text: xmlText(legend), options: { ...langOpts, fontSize: 12, color: INK, breakLine: mx.notes.length > 0 } },
    ...(mx.notes.length ? [{ text: xmlText(mx.notes.join(' · ')), options: { ...langOpts, fontSize: 11, color: MUTED } }] : []),
  ];
  return { rows, colW: order([MATRIX.nameW, ...mx.widths]), rowH, foot };
}
