// Composes a stand-alone 16:9 slide SVG from already-captured panels (map, graph) plus the words that make an
// image citable: title, legend with counts, as-of date and a source line. Pure string building, no DOM.
import { escapeXml } from '../lib/xmlText';

/** `fill` is a colour or `url(#id)` of a pattern in `SlideParts.defs`. */
export interface LegendEntry { label: string; count: number; fill: string }
export interface Panel {
  label: string;
  /** Serialised SVG children (styles already inlined). */
  markup: string;
  viewBox: string;
}
export interface SlideParts {
  title: string;
  subtitle: string;
  asOf: string;
  source: string;
  legend: LegendEntry[];
  panels: Panel[];
  /** Serialised <defs> (legend patterns). */
  defs?: string;
  /** Draw the title (default); a .pptx slide has its own title box, so its picture leaves it out. */
  heading?: boolean;
}

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
const M = 56;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** Greedy word wrap by an average glyph width: there is no font metrics API outside the browser. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].slice(0, maxChars - 1).trimEnd() + '…';
  }
  return lines;
}

const textEl = (x: number, y: number, size: number, body: string, extra = '', fill = '#1d2330') =>
  `<text x="${x}" y="${y}" font-size="${size}" font-family="${FONT}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;

function legendRow(entries: LegendEntry[], y: number): string {
  let x = M;
  return entries.map((e) => {
    const label = `${e.label} (${e.count})`;
    if (x > M && x + 38 + label.length * 12.5 > SLIDE_W - M) { x = M; y += 40; }
    const out = `<g data-legend-class-label="${escapeXml(e.label)}"><rect x="${x}" y="${y - 22}" width="28" height="28" rx="4" fill="${escapeXml(e.fill)}" stroke="#1d2330" stroke-width="1.5"/>`
      + textEl(x + 38, y, 24, label) + '</g>';
    x += 38 + label.length * 12.5 + 36;
    return out;
  }).join('');
}

export function composeSlideSvg(p: SlideParts): string {
  const top = 190;
  const bottom = SLIDE_H - 200;
  const gap = 24;
  // Map gets the wider share: the world is wider than it is tall, the network roughly square.
  const shares = p.panels.length === 2 ? [0.58, 0.42] : p.panels.map(() => 1 / p.panels.length);
  const inner = SLIDE_W - 2 * M - gap * (p.panels.length - 1);
  let x = M;
  const panels = p.panels.map((panel, i) => {
    const w = Math.round(inner * shares[i]);
    const h = bottom - top;
    const out = `<g><rect x="${x}" y="${top}" width="${w}" height="${h}" fill="#ffffff" stroke="#c9ced8" stroke-width="2"/>`
      + `<svg x="${x + 2}" y="${top + 2}" width="${w - 4}" height="${h - 4}" viewBox="${escapeXml(panel.viewBox)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${panel.markup}</svg>`
      + textEl(x + 14, top + 32, 22, panel.label, ' font-weight="600" fill-opacity="0.75"') + '</g>';
    x += w + gap;
    return out;
  }).join('');
  const sourceLines = wrap(p.source, 170, 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}">`,
    `<title>${escapeXml(p.title)}</title>`,
    p.defs ?? '',
    `<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="#ffffff"/>`,
    p.heading === false ? '' : textEl(M, 88, 48, wrap(p.title, 60, 1)[0] ?? '', ' font-weight="700"'),
    textEl(SLIDE_W - M, 88, 30, p.asOf, ' text-anchor="end" font-weight="600"'),
    p.subtitle ? textEl(M, 142, 28, wrap(p.subtitle, 120, 1)[0] ?? '', '', '#3d4555') : '',
    panels,
    legendRow(p.legend, bottom + 62),
    sourceLines.map((l, i) => textEl(M, SLIDE_H - 70 + i * 28, 20, l, ' data-role="source"', '#3d4555')).join(''),
    '</svg>',
  ].join('');
}
