// Text sizing without a browser: there is no font metrics API in a pure module, so widths are estimated per
// character from average advances (Arial / Liberation Sans for Latin and Cyrillic; the Noto fallbacks Debian gives
// Chinese and Arabic), rounded up so estimates wrap early rather than spill. Chinese has no spaces: a line may break
// between any two of its characters.
import { escapeXml } from '../lib/xmlText';

export const FONT = 'Arial, Liberation Sans, Helvetica, sans-serif';
/** The smallest type a slide sets for anything it shows (names, headings, legends, notes, sources, the footer): a
 *  slide is drawn 0.64 times its size at 1024×768, so 12.8 px there (24 px at 1920×1080), read from the back of a
 *  room. It was 18 (11.5 px), the footer 16 (10 px); 22 was tried (session 24) and left a 1024×768 slide too little
 *  room for what it says in Russian. */
export const MIN_READABLE = 20;
export const EM = { regular: 0.53, bold: 0.59 } as const;

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
/** Where a line may break: a space, except a no-break one (« sur\u00a060 », French thousands), in a name the space
 *  of a treaty's number ("(Будапештская, CETS 185)" would leave "185)" alone on a title's last line), and the space
 *  before a Russian date's "г." (a card's row ended "… 1 сентября 2011" with "г." alone on its last line). A heading
 *  that is the code alone ("CETS 224" over a narrow matrix column) may still take two lines. */
const WORD_GAP = /(?<![(,،]\s?(?:C?ETS|STCE))[^\S\u00a0\u202f]+(?!гг?\.)/;
/** A Chinese character (with the closing punctuation that may not start a line), or a run of anything else. */
const PIECES = new RegExp(`[${CJK}][、。，；：）」』？！]*|[^${CJK}]+`, 'g');

/** Average advance in em of one character at regular weight (directional marks and isolates take none). Compared by
 *  code unit rather than by four regular expressions per character (the slide tests measure millions of characters;
 *  charEm was the pure tests' hottest function): a character outside the BMP starts with a surrogate, which none of
 *  the ranges holds, as the expressions found. */
function charEm(ch: string): number {
  const c = ch.charCodeAt(0);
  if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) return 1; // CJK
  if (c === 0x200e || c === 0x200f || (c >= 0x2066 && c <= 0x2069)) return 0;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 0.56;
  if (c >= 0x0400 && c <= 0x04ff) return 0.62;
  return EM.regular;
}

/** The sum of the advances of `text`'s characters, added to `from` one by one in order (so a line's sum, carried on,
 *  is exactly the sum of the whole line). */
const advance = (text: string, from = 0) => { let u = from; for (const ch of text) u += charEm(ch); return u; };
/** A text's width in average Latin characters (what `charsFor` counts). */
const units = (text: string) => advance(text) / EM.regular;
/** Sums of 0.53 are not exact (ten Latin letters make 10.000000000000002 units): widths are compared with this slack,
 *  so a ten-letter word fits ten. */
const EPS = 1e-9;

export const textWidth = (text: string, size: number, bold = false) => units(text) * size * (bold ? EM.bold : EM.regular);

/** The longest start of `text` that is at most `maxUnits` wide (at least one character). */
export function cutTo(text: string, maxUnits: number): string {
  let out = '';
  let u = 0;
  for (const ch of text) {
    const w = charEm(ch) / EM.regular;
    if (out && u + w > maxUnits + EPS) break;
    out += ch;
    u += w;
  }
  return out;
}

/** Each wrap's and each fit's answer, once: a slide fits the same texts to the same boxes every time it is drawn, and
 *  tries its layouts with them (slideFit.test asked `wrap` 177,000 times for 7,600 different questions, `fitLines`
 *  20,000 times for 1,800; textFit was ~3 s of the slide tests' profile). Keyed by every argument, the text last (the
 *  numbers before it hold no "|"), so an answer is only ever the same question's; callers get copies to keep. */
const wrapped = new Map<string, readonly string[]>();
const fitted = new Map<string, { size: number; lines: readonly string[] }>();
const remember = <V>(memo: Map<string, V>, key: string, value: V): V => {
  if (memo.size > 20_000) memo.clear();
  memo.set(key, value);
  return value;
};

/** Greedy wrap to `maxChars` average Latin characters; past `maxLines` the last line ends with "…". `whole`: an
 *  isolate that fits a line is not broken (see `isolatesWhole`). */
export function wrap(text: string, maxChars: number, maxLines: number, whole = false): string[] {
  const key = `${maxChars}|${maxLines}|${whole}|${text}`;
  return [...(wrapped.get(key) ?? remember(wrapped, key, wrapText(text, maxChars, maxLines, whole)))];
}
function wrapText(text: string, maxChars: number, maxLines: number, whole: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(WORD_GAP).filter(Boolean);
  // the line's advance is carried on, not summed again for each piece (the same sum, added in the same order)
  let sum = 0;
  for (const word of whole ? isolatesWhole(words, maxChars) : words) {
    // within a word, Chinese characters are break points of their own, joined without a space
    for (const [i, piece] of (word.match(PIECES) ?? [word]).entries()) {
      const next = !line ? piece : i > 0 ? line + piece : `${line} ${piece}`;
      const nextSum = !line ? advance(piece) : advance(piece, i > 0 ? sum : sum + EM.regular);
      if (line && nextSum / EM.regular > maxChars + EPS) { lines.push(line); line = piece; sum = advance(piece); } else { line = next; sum = nextSum; }
    }
  }
  if (line) lines.push(line);
  // a single word longer than the line is cut, never left to spill
  for (let i = 0; i < lines.length; i++) if (units(lines[i]) > maxChars + EPS) lines[i] = `${cutTo(lines[i], Math.max(1, maxChars - 1))}…`;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = cutTo(lines[maxLines - 1], Math.max(1, maxChars - 1)).trimEnd() + '…';
  }
  return balanceIsolates(lines);
}

const OPENS = '\u2066\u2067\u2068';
const PDI = '\u2069';

/** The words with each isolate that fits a line joined into one: in a right-to-left line, an English title broken
 *  across lines puts its first words at the far left of the first line and the rest at the right of the next, so the
 *  line reads "Office: ؛Council of Europe … 185 :المصادر" (an Arabic slide's sources line). A longer one stays words. */
function isolatesWhole(words: readonly string[], maxChars: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let depth = 0;
  for (const w of words) {
    run.push(w);
    for (const ch of w) if (OPENS.includes(ch)) depth++; else if (ch === PDI) depth = Math.max(0, depth - 1);
    if (depth) continue;
    const joined = run.join(' ');
    if (run.length > 1 && units(joined) <= maxChars + EPS) out.push(joined); else out.push(...run);
    run = [];
  }
  out.push(...run);
  return out;
}
/** Each line is a text of its own (a paragraph to the bidi algorithm): an isolate a break cuts is closed at the end of
 *  its line and opened again at the start of the next, so a title isolated left to right stays so on both lines. A
 *  line's closing "…" stays last (callers test for it). */
export function balanceIsolates(lines: readonly string[]): string[] {
  const open: string[] = [];
  return lines.map((line) => {
    const carried = open.join('');
    for (const ch of line) if (OPENS.includes(ch)) open.push(ch); else if (ch === PDI) open.pop();
    if (!carried && !open.length) return line;
    const cut = line.endsWith('…');
    return carried + (cut ? line.slice(0, -1) : line) + PDI.repeat(open.length) + (cut ? '…' : '');
  });
}

export const charsFor = (width: number, size: number, bold = false) => Math.max(1, Math.floor(width / (size * (bold ? EM.bold : EM.regular))));

/** The largest of `sizes` at which `text` fits `width` in `maxLines`; at the smallest size the text is cut. */
export function fitLines(text: string, width: number, sizes: readonly number[], maxLines: number, bold = false, whole = false): { size: number; lines: string[] } {
  const key = `${width}|${sizes.join(',')}|${maxLines}|${bold}|${whole}|${text}`;
  const { size, lines } = fitted.get(key) ?? remember(fitted, key, fitText(text, width, sizes, maxLines, bold, whole));
  return { size, lines: [...lines] };
}
function fitText(text: string, width: number, sizes: readonly number[], maxLines: number, bold: boolean, whole: boolean): { size: number; lines: string[] } {
  const pieces = text.split(WORD_GAP).flatMap((w) => w.match(PIECES) ?? [w]);
  for (const size of sizes) {
    const chars = charsFor(width, size, bold);
    const lines = wrap(text, chars, Number.MAX_SAFE_INTEGER, whole);
    // a word wider than the line is cut by wrap without a line more: a smaller size is tried first
    if (lines.length <= maxLines && pieces.every((p) => units(p) <= chars + EPS)) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrap(text, charsFor(width, size, bold), maxLines, whole) };
}

export interface TextOpts {
  size: number; fill?: string; weight?: number;
  /** Where `x` is on the line, physically: 'start' its left end, 'end' its right end (whatever the direction). */
  anchor?: 'start' | 'middle' | 'end';
  /** Right-to-left text (Arabic): its characters are ordered from the right, and `anchor` still means left/right. */
  rtl?: boolean;
  halo?: boolean; role?: string;
}

/** The SVG text-anchor for a physical anchor: under direction="rtl", "start" is the right end. */
const svgAnchor = (anchor: TextOpts['anchor'] = 'start', rtl = false) =>
  anchor === 'middle' ? 'middle' : (anchor === 'end') === rtl ? 'start' : 'end';

/** A line's words, each left-to-right isolate in it (the dataset's English words, i18n/langs.ts englishOn) a <tspan>
 *  tagged English, as the .pptx tags its run en-US. A left-to-right line drops the isolate's marks; a right-to-left
 *  (Arabic) line keeps them inside the tspan, so the line's text, and so its bidirectional order, is what it was
 *  without tspans (measured in Chromium: every character of an Arabic slide's sources and record lines at the same x;
 *  dropping the marks there laid the sources line 190 px past the slide's edge). */
function lineContent(line: string, rtl = false): string {
  if (!line.includes('\u2066')) return escapeXml(line);
  return line.split(/(\u2066[^\u2066\u2069]*\u2069?)/).filter(Boolean).map((part) => (part.startsWith('\u2066')
    ? `<tspan xml:lang="en" lang="en">${escapeXml(rtl ? part : part.replace(/[\u2066\u2069]/g, ''))}</tspan>`
    : escapeXml(part))).join('');
}

/** One <text> per line, baselines `lineHeight` apart starting at `y`. */
export function textLines(x: number, y: number, lines: readonly string[], o: TextOpts, lineHeight = o.size * 1.22): string {
  const anchor = svgAnchor(o.anchor, o.rtl);
  const attrs = [
    `font-size="${o.size}"`, `font-family="${FONT}"`, `fill="${o.fill ?? '#1d2330'}"`,
    o.weight ? `font-weight="${o.weight}"` : '', o.rtl ? 'direction="rtl"' : '', anchor !== 'start' ? `text-anchor="${anchor}"` : '',
    o.halo ? 'stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke"' : '',
    o.role ? `data-role="${o.role}"` : '',
  ].filter(Boolean).join(' ');
  return lines.map((l, i) => `<text x="${r(x)}" y="${r(y + i * lineHeight)}" ${attrs}>${lineContent(l, o.rtl)}</text>`).join('');
}

/** Rounds coordinates to one decimal: smaller files, stable snapshots. */
export const r = (v: number) => Math.round(v * 10) / 10;
