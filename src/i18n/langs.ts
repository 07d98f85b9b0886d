// The six official UN languages and how the page is laid out in each.
import { LANGS } from '../data/vocab';

export { LANGS };
export type Lang = (typeof LANGS)[number];

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** The dataset's English words (a source's title, id or as-of note) in a right-to-left line, inside Unicode's
 *  left-to-right isolate (LRI … PDI): they keep their own order and their punctuation ("Treaty Office:", "(CETS 224)",
 *  "2023-12 / 2024"), and the line's own words keep theirs around them. For plain text that cannot hold markup: slides
 *  (SVG, .pptx) and tooltips; the page's own text uses `dir="ltr"` (views/record/EnglishNote.tsx). */
export const ltr = (text: string, lang: Lang) => (dirOf(lang) === 'rtl' && text ? `\u2066${text}\u2069` : text);

/** The dataset's English words on a slide in another language (a source's title, id or as-of note), marked as such:
 *  inside a left-to-right isolate (LRI … PDI), as `ltr` does in Arabic, whatever the slide's language. The SVG slide
 *  tags each isolate English (`xml:lang="en"`, briefing/textFit.ts textLines) and the .pptx makes it a run tagged
 *  en-US (briefing/pptx.ts), so spell-checkers, screen readers and font choice do not take "Council of Europe Treaty
 *  Office" for French or Chinese; in a left-to-right slide the marks themselves are dropped there. */
export const englishOn = (text: string, lang: Lang) => (tagsEnglish(lang) && text ? `\u2066${text}\u2069` : text);
/** Whether a slide in `lang` marks the dataset's English words apart (every language but English). */
export const tagsEnglish = (lang: Lang) => lang !== 'en';

/** What separates the parts of a list whose parts may hold commas ("party; signed 1 May 2004"): the Arabic semicolon
 *  in Arabic, the full-width one in Chinese (its space is in the character), in French after a narrow no-break space
 *  (U+202F, French typography, as the French catalogue writes it before ; ! ?), else "; ". Intl.ListFormat joins with
 *  commas and "and", which would read as one list with the dates. */
const LIST_SEP: Record<Lang, string> = { ar: '؛ ', zh: '；', en: '; ', fr: '\u202f; ', es: '; ', ru: '; ' };
export const listSep = (lang: Lang) => LIST_SEP[lang];

/** What joins a name to what is said of it ("Budapest Convention (CETS 185): Party") where the words are put together
 *  in code, not in a message: French sets a no-break space before the colon (U+00A0, as its catalogue does), Chinese
 *  the full-width colon (its space is in the character, as its catalogue writes it), the others ": ". */
const LABEL_SEP: Record<Lang, string> = { ar: ': ', zh: '：', en: ': ', fr: '\u00a0: ', es: ': ', ru: ': ' };
export const labelSep = (lang: Lang) => LABEL_SEP[lang];

/** What separates the parts of a phrase put together in code ("Party since 2007 (unverified, no exact date)", "Yes: 8,
 *  No: 3"): the Arabic comma, the full-width one in Chinese (its space is in the character), else ", ". */
const COMMA_SEP: Record<Lang, string> = { ar: '، ', zh: '，', en: ', ', fr: ', ', es: ', ', ru: ', ' };
export const commaSep = (lang: Lang) => COMMA_SEP[lang];
/** Words in parentheses after what they qualify, put together in code ("Yes (27 December 2019)", "EU (27)"): in
 *  Chinese the full-width parentheses, whose space is in the character, as the catalogue writes them ("是（2019年12月27日）"). */
export const inParens = (text: string, lang: Lang) => { const [open, close] = parens(lang); return `${open}${text}${close}`; };
/** `inParens`'s two ends, for words in parentheses that are put together from parts (markup). */
export const parens = (lang: Lang): [open: string, close: string] => (lang === 'zh' ? ['（', '）'] : [' (', ')']);
/** Words in parentheses after `text`, which may already end in its own parentheses ("Yes (27 December 2019)"): then
 *  the words join them after the language's comma ("Yes (27 December 2019, unverified)"), not a second pair "(…) (…)".
 *  Only for a `text` whose last parentheses qualify it as these words do (a status, a date), not a name's own
 *  ("Bolivia (Plurinational State of)"). */
export function addParens(text: string, words: string, lang: Lang): string {
  const end = text.at(-1);
  return end === ')' || end === '）' ? `${text.slice(0, -1)}${commaSep(lang)}${words}${end}` : `${text}${inParens(words, lang)}`;
}

/** Each language's name in itself, for the language switch. */
export const ENDONYMS: Record<Lang, string> = {
  ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español',
};

/** The first of the browser's preferred languages that is one of the six (by primary subtag), else English. */
export function defaultLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}
