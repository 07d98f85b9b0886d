// Whether the compare table's words fit a column, measured rather than counted: ten letters of "Herzegovina" fit
// a third of a phone's panel, while Chinese (no spaces) counted as one long word, although Chromium breaks a line
// between any two of its characters.

/** CJK ideographs, kana, full-width forms: a line may break before or after each of them. */
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/** Breakable spaces; the no-break ones (U+00A0, U+202F: French "Chine :", "5 février") are not among them. */
const SPACE = ' \\t\\n\\u2002-\\u200B\\u3000';
/** A CJK character alone, or a run up to a space, CJK or a break after a hyphen, slash or dash (none before a digit:
 *  "2019-12-27", "74/247" stay whole, as a line-breaker keeps them). */
const PIECE = new RegExp(`[${CJK}]|(?:[^${SPACE}${CJK}/–-]|[/–-](?=\\d))+[/–-]?|[/–-]`, 'gu');

/** The pieces of `text` a line never breaks inside. */
export const unbreakable = (text: string): string[] => text.match(PIECE) ?? [];

/** Whether every piece of every text is at most `room` px wide, by `width` (px of a piece in the cell's font). */
export const piecesFit = (texts: readonly string[], room: number, width: (piece: string) => number): boolean =>
  texts.every((text) => unbreakable(text).every((piece) => width(piece) <= room));

/** Measures pieces in `el`'s computed font (canvas 2D; the layout is not touched); null without a canvas (jsdom). */
export function fontMeasure(el: Element): ((piece: string) => number) | null {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  const s = getComputedStyle(el);
  ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  const cache = new Map<string, number>();
  return (piece) => cache.get(piece) ?? cache.set(piece, ctx.measureText(piece).width).get(piece)!;
}
