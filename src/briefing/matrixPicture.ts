// The matrix part of a slide as an SVG string: States (rows, grouped as in the live matrix) × instruments and bodies
// (columns), each cell a square coloured and shaped by the relation's state (colour is never the only cue), the
// selection's row shaded as in the live view; under the grid, the states' legend and what was left out. An Arabic
// slide reads from the right: names in the right-hand column, the first column next to them.
import { formatMessage } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import type { Lang } from '../i18n/langs';
import type { CellState } from '../graph/matrix';
import { COUNT_MARK, MATRIX_CELL } from '../theme/palette';
import type { Rect } from './labelPlace';
import { leadOf, MATRIX, MATRIX_STATES, notesFit, type MatrixSlide } from './slideMatrix';
import { charsFor, fitLines, MIN_READABLE, r, textLines, textWidth, wrap } from './textFit';
import { escapeXml } from '../lib/xmlText';

const INK = '#1d2330';
const MUTED = '#3d4555';

/** A cell's square at x, y (top left), side s: filled, half filled (signed), dashed (negotiating, not known),
 *  struck through (suspended). */
function cellGlyph(state: CellState, x: number, y: number, s: number): string {
  if (state === 'none') return '';
  const c = MATRIX_CELL[state];
  const rect = (extra: string) => `<rect x="${r(x)}" y="${r(y)}" width="${s}" height="${s}" rx="3" fill="${c.fill}"${extra}/>`;
  switch (state) {
    case 'in-force': return rect(` stroke="${INK}" stroke-width="1"`);
    case 'signed': return rect(` stroke="${MATRIX_CELL['in-force'].fill}" stroke-width="2"`)
      + `<path d="M${r(x)},${r(y)}h${s}L${r(x)},${r(y + s)}Z" fill="${MATRIX_CELL['in-force'].fill}"/>`;
    case 'negotiating': return rect(` stroke="${MATRIX_CELL['in-force'].fill}" stroke-width="2" stroke-dasharray="4 3"`);
    case 'suspended': return rect(` stroke="${c.ink}" stroke-width="2"`) + `<line x1="${r(x + 3)}" y1="${r(y + s - 3)}" x2="${r(x + s - 3)}" y2="${r(y + 3)}" stroke="${c.ink}" stroke-width="2.5"/>`;
    case 'unknown': return rect(` stroke="${c.ink}" stroke-width="2" stroke-dasharray="2 2"`);
  }
}

export function matrixPicture(mx: MatrixSlide, box: Rect, lang: Lang, rtl: boolean): string {
  /** x from the reading start (mirrored on a right-to-left slide), for something `w` wide */
  const X = (x: number, w = 0) => (rtl ? 2 * box.x + box.w - x - w : x);
  const start = rtl ? 'end' as const : 'start' as const;
  // each column as wide as its heading needs (slideMatrix.ts columnLayout); `left[j]` is where column j starts
  const left = mx.widths.map((_, j) => box.x + MATRIX.nameW + mx.widths.slice(0, j).reduce((a, b) => a + b, 0));
  const gridW = MATRIX.nameW + mx.widths.reduce((a, b) => a + b, 0);
  const out: string[] = [];

  // column headings: up to three lines, centred over their column (a shortened one is in the key under the grid)
  mx.columns.forEach((c, j) => {
    const fit = mx.headings[j];
    const cx = X(left[j] + mx.widths[j] / 2);
    const lh = fit.size * leadOf(rtl, 1.15);
    const y = box.y + mx.headH - 10 - (fit.lines.length - 1) * lh;
    out.push(`<g data-column="${escapeXml(c.id)}"${fit.shortened ? ' data-shortened="true"' : ''}>${textLines(cx, y, fit.lines, { size: fit.size, weight: 700, anchor: 'middle', rtl }, lh)}</g>`);
  });
  out.push(textLines(X(box.x), box.y + mx.headH - 10, [formatMessage(lang, 'matrix.country')], { size: MATRIX.headSize, weight: 700, fill: MUTED, anchor: start, rtl }));
  out.push(`<line x1="${r(X(box.x, gridW))}" y1="${r(box.y + mx.headH)}" x2="${r(X(box.x, gridW) + gridW)}" y2="${r(box.y + mx.headH)}" stroke="${INK}" stroke-width="1.5"/>`);

  const side = Math.min(MATRIX.rowH - 8, ...mx.widths.map((w) => w - 16));
  let y = box.y + mx.headH;
  for (const g of mx.groups) {
    // the group's size as the live matrix's count mark after its name (MatrixView.tsx), not "(12)": a number in a grey
    // pill, in regular type (many names end in their own parentheses)
    const count = formatNumber(lang, g.count);
    const markW = textWidth(count, MATRIX.groupSize) + 14;
    const label = wrap(g.label, charsFor(gridW - 8 - markW - 8, MATRIX.groupSize, true), 1)[0];
    const markX = box.x + 4 + textWidth(label, MATRIX.groupSize, true) + 8;
    const base = y + MATRIX.groupH - 8;
    out.push(`<g data-group-label="${escapeXml(g.label)}">${textLines(X(box.x + 4), base, [label], { size: MATRIX.groupSize, weight: 700, fill: MUTED, anchor: start, rtl })}`
      + `<g data-count="${g.count}"><rect x="${r(X(markX, markW))}" y="${r(base - MATRIX.groupSize * 0.85)}" width="${r(markW)}" height="${r(MATRIX.groupSize * 1.1)}" rx="${r(MATRIX.groupSize * 0.55)}" fill="${COUNT_MARK.ground}"/>`
      + `${textLines(X(markX + markW / 2), base, [count], { size: MATRIX.groupSize, fill: MUTED, anchor: 'middle', rtl })}</g></g>`);
    y += MATRIX.groupH;
    for (const row of g.rows) {
      const bold = row.selected || row.lit;
      out.push(`<g data-row="${escapeXml(row.id)}"${row.selected ? ' data-selected="true"' : ''}>`);
      if (row.selected) out.push(`<rect x="${r(X(box.x, gridW))}" y="${r(y)}" width="${r(gridW)}" height="${MATRIX.rowH}" fill="#fff3c4"/>`);
      // a long name ("Российская Федерация", in bold when selected) is set a little smaller before it is cut
      const name = fitLines(row.name, MATRIX.nameW - 20, [MATRIX.nameSize, MIN_READABLE], 1, bold);
      out.push(textLines(X(box.x + 8), y + MATRIX.rowH / 2 + MATRIX.nameSize * 0.35, name.lines, { size: name.size, weight: bold ? 700 : 400, anchor: start, rtl }));
      row.cells.forEach((state, j) => {
        const x = left[j] + (mx.widths[j] - side) / 2;
        out.push(cellGlyph(state, X(x, side), y + (MATRIX.rowH - side) / 2, side));
      });
      out.push(`<line x1="${r(X(box.x, gridW))}" y1="${r(y + MATRIX.rowH)}" x2="${r(X(box.x, gridW) + gridW)}" y2="${r(y + MATRIX.rowH)}" stroke="#d6dae2" stroke-width="1"/></g>`);
      y += MATRIX.rowH;
    }
  }

  // the states' legend, then what was left out
  let x = box.x;
  const ly = box.y + box.h - mx.footH + 6;
  const legend = MATRIX_STATES.map((s) => {
    const word = formatMessage(lang, 'matrix.cell', { state: s });
    const item = `<g data-matrix-state="${s}">${cellGlyph(s, X(x, 24), ly, 24)}${textLines(X(x + 32), ly + 19, [word], { size: 20, anchor: start, rtl })}</g>`;
    x += 32 + textWidth(word, 20) + 26;
    return item;
  });
  out.push(`<g data-role="matrix-legend">${legend.join('')}</g>`);
  if (mx.notes.length) {
    const fit = notesFit(mx.notes, box.w);
    out.push(textLines(X(box.x), ly + MATRIX.legendH - 4 + fit.size, fit.lines, { size: fit.size, fill: MUTED, anchor: start, rtl, role: 'matrix-notes' }, fit.size * leadOf(rtl, 1.2)));
  }
  return `<g data-role="matrix">${out.join('')}</g>`;
}
