// Notices quote values from outside (a link can hold anything): each value is cut to a sane length and shown on one
// line, many of one kind are said once with a count, and the list itself is bounded, so a crafted link can neither
// fill the screen nor widen the page. Words in the page's language (English by default).
import { formatMessage } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';

export const NOTICE_VALUE_CHARS = 40;
export const VALUES_LISTED = 3;
export const MAX_NOTICES = 6;

/** Each language's quotation marks as its typography sets them: English and Chinese “…”; French « … » with the
 *  no-break space (U+00A0) the French catalogue sets inside its guillemets (i18n/frenchTypography.test.ts); Spanish,
 *  Russian and Arabic «…» (in a right-to-left line the browser mirrors them, so they point outwards there too). */
const QUOTES: Record<Lang, readonly [string, string]> = {
  en: ['“', '”'], zh: ['“', '”'], fr: ['«\u00a0', '\u00a0»'], es: ['«', '»'], ru: ['«', '»'], ar: ['«', '»'],
};
/** What separates quoted values in a list: the Arabic comma, Chinese's enumeration comma (its space is in the
 *  character), else ", ". */
const VALUE_SEP: Record<Lang, string> = { ar: '، ', zh: '、', en: ', ', fr: ', ', es: ', ', ru: ', ' };

/**
 * A value as a notice shows it: in the language's quotation marks, control characters as spaces, cut with "…" past
 * `max` characters. The value sits in a first-strong isolate (FSI … PDI) inside the marks, so "banana" in an Arabic
 * notice, or an Arabic value in an English one, keeps its own order and leaves the sentence's order and the marks'
 * sides alone; bidi controls the value brings are dropped, so it cannot close the isolate or reorder the sentence.
 * Plain text: a notice never becomes markup.
 */
export function quoteValue(v: string, lang: Lang, max = NOTICE_VALUE_CHARS): string {
  const chars = [...oneLine(v)];
  const [open, close] = QUOTES[lang];
  return `${open}${isolate(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join(''))}${close}`;
}

/** Control characters as spaces, bidi controls dropped. */
const oneLine = (v: string) => v
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
  .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** Words from outside (a value, a deck's own title) in a first-strong isolate, its bidi controls dropped: an Arabic
 *  title in an English sentence, or an English one in an Arabic sentence, keeps its order and leaves the sentence's
 *  punctuation where it was. */
export const isolate = (v: string): string => `\u2068${oneLine(v)}\u2069`;

/** “x0”, “x1”, “x2” … (27 more) */
export function listValues(values: readonly string[], lang: Lang): string {
  const head = values.slice(0, VALUES_LISTED).map((v) => quoteValue(v, lang)).join(VALUE_SEP[lang]);
  return values.length > VALUES_LISTED ? formatMessage(lang, 'notice.moreValues', { values: head, count: values.length - VALUES_LISTED }) : head;
}

/** One notice per distinct text, at most MAX_NOTICES (the last one then says how many more were left out). */
export function boundNotices(list: readonly string[], lang: Lang = 'en'): string[] {
  const unique = [...new Set(list)];
  if (unique.length <= MAX_NOTICES) return unique;
  const left = unique.length - (MAX_NOTICES - 1);
  return [...unique.slice(0, MAX_NOTICES - 1), formatMessage(lang, 'notice.moreNotices', { count: left })];
}
