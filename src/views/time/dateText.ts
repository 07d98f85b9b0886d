// The date field's text: a day as the page's language writes it in digits (27/12/2019, 27.12.2019, 2019/12/27), not
// as the browser's own locale would (an <input type="date"> shows 12/27/2019 in an en-US browser on a French page).
// The address keeps ISO days; this module turns one into the other and back (pure).
import { isValidDate } from '../../data/dates';
import type { Lang } from '../../i18n/langs';

export type DatePart = 'day' | 'month' | 'year';
/** The order of a language's numeric date and the marks between its parts (Arabic's carry a right-to-left mark). */
export interface DatePattern { order: DatePart[]; seps: [string, string] }

/** English as the app writes it in words (27 December 2019), day first; set without Intl, whose first use in a page
 *  costs 10–30 ms that the English first view does not pay (i18n/warmIntl.ts). */
const ENGLISH: DatePattern = { order: ['day', 'month', 'year'], seps: ['/', '/'] };
const patterns = new Map<Lang, DatePattern>([['en', ENGLISH]]);

export function datePattern(lang: Lang): DatePattern {
  let p = patterns.get(lang);
  if (!p) {
    const parts = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(0);
    const order = parts.filter((x) => x.type === 'day' || x.type === 'month' || x.type === 'year').map((x) => x.type as DatePart);
    const seps = parts.filter((x) => x.type === 'literal').map((x) => x.value);
    p = order.length === 3 && seps.length === 2 ? { order, seps: [seps[0], seps[1]] } : ENGLISH;
    patterns.set(lang, p);
  }
  return p;
}

/** "2019-12-27" → "27/12/2019" (fr), "27.12.2019" (ru), "2019/12/27" (zh). */
export function formatDateText(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-');
  const { order, seps } = datePattern(lang);
  const value = { day, month, year };
  return `${value[order[0]]}${seps[0]}${value[order[1]]}${seps[1]}${value[order[2]]}`;
}

/** The pattern in words for a label: "dd/mm/yyyy", "jj/mm/aaaa", "年/月/日", from the language's own unit names. */
export function patternText(lang: Lang, units: Record<DatePart, string>): string {
  const { order, seps } = datePattern(lang);
  return `${units[order[0]]}${seps[0]}${units[order[1]]}${seps[1]}${units[order[2]]}`;
}

/** Arabic-Indic, Persian and full-width digits (an Arabic or Chinese keyboard may type them) as ASCII. */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (c) => {
  const code = c.charCodeAt(0);
  return String(code - (code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660));
});

/** What was typed, read in the language's order (or as ISO yyyy-mm-dd, the address's form, in any language). */
export type ReadDate = { iso: string } | { problem: 'incomplete' | 'notReal' };

export function readDateText(text: string, lang: Lang): ReadDate {
  const s = asciiDigits(text).trim();
  if (!s) return { problem: 'incomplete' };
  // any separators (/ . - space, 年月日, right-to-left marks) between three runs of digits; letters are not a date
  if (/[^\d\s/.\-\u060c\u200e\u200f\u5e74\u6708\u65e5,]/.test(s)) return { problem: 'notReal' };
  const runs = s.match(/\d+/g) ?? [];
  if (runs.length < 3) return { problem: 'incomplete' };
  if (runs.length > 3) return { problem: 'notReal' };
  const order = /^\d{4}\D/.test(s) ? (['year', 'month', 'day'] as DatePart[]) : datePattern(lang).order;
  const v = Object.fromEntries(order.map((part, i) => [part, runs[i]])) as Record<DatePart, string>;
  if (v.year.length !== 4 || v.month.length > 2 || v.day.length > 2) return { problem: 'notReal' };
  const iso = `${v.year}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}`;
  return isValidDate(iso) ? { iso } : { problem: 'notReal' };
}
