// Text sizing without a browser: there is no font metrics API in a pure module, so widths are estimated from an
// average advance (Arial / Liberation Sans, rounded up so estimates wrap early rather than spill).
import { escapeXml } from '../lib/xmlText';

export const FONT = 'Arial, Liberation Sans, Helvetica, sans-serif';
export const EM = { regular: 0.53, bold: 0.59 } as const;

export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? EM.bold : EM.regular);

/** Greedy word wrap to `maxChars`; past `maxLines` the last line ends with "…". */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  // a single word longer than the line is cut, never left to spill
  for (let i = 0; i < lines.length; i++) if (lines[i].length > maxChars) lines[i] = `${lines[i].slice(0, Math.max(1, maxChars - 1))}…`;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].slice(0, Math.max(1, maxChars - 1)).trimEnd() + '…';
  }
  return lines;
}

export const charsFor = (width: number, size: number, bold = false) => Math.max(1, Math.floor(width / (size * (bold ? EM.bold : EM.regular))));

/** The largest of `sizes` at which `text` fits `width` in `maxLines`; at the smallest size the text is cut. */
export function fitLines(text: string, width: number, sizes: readonly number[], maxLines: number, bold = false): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, charsFor(width, size, bold), Number.MAX_SAFE_INTEGER);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrap(text, charsFor(width, size, bold), maxLines) };
}

export interface TextOpts { size: number; fill?: string; weight?: number; anchor?: 'start' | 'middle' | 'end'; halo?: boolean; role?: string }

/** One <text> per line, baselines `lineHeight` apart starting at `y`. */
export function textLines(x: number, y: number, lines: readonly string[], o: TextOpts, lineHeight = o.size * 1.22): string {
  const attrs = [
    `font-size="${o.size}"`, `font-family="${FONT}"`, `fill="${o.fill ?? '#1d2330'}"`,
    o.weight ? `font-weight="${o.weight}"` : '', o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.halo ? 'stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke"' : '',
    o.role ? `data-role="${o.role}"` : '',
  ].filter(Boolean).join(' ');
  return lines.map((l, i) => `<text x="${r(x)}" y="${r(y + i * lineHeight)}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

/** Rounds coordinates to one decimal: smaller files, stable snapshots. */
export const r = (v: number) => Math.round(v * 10) / 10;
