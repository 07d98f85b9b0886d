// Notices quote values from outside (a link can hold anything): each value is cut to a sane length and shown on one
// line, many of one kind are said once with a count, and the list itself is bounded, so a crafted link can neither
// fill the screen nor widen the page. Words in the page's language (English by default).
import { formatMessage } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';

export const NOTICE_VALUE_CHARS = 40;
export const VALUES_LISTED = 3;
export const MAX_NOTICES = 6;

/** A value as a notice shows it: in quotes, control characters as spaces, cut with "…" past `max` characters. */
export function quoteValue(v: string, max = NOTICE_VALUE_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const chars = [...v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')];
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')}"`;
}

/** "x0", "x1", "x2" … (27 more) */
export function listValues(values: readonly string[], lang: Lang = 'en'): string {
  const head = values.slice(0, VALUES_LISTED).map((v) => quoteValue(v)).join(', ');
  return values.length > VALUES_LISTED ? formatMessage(lang, 'notice.moreValues', { values: head, count: values.length - VALUES_LISTED }) : head;
}

/** One notice per distinct text, at most MAX_NOTICES (the last one then says how many more were left out). */
export function boundNotices(list: readonly string[], lang: Lang = 'en'): string[] {
  const unique = [...new Set(list)];
  if (unique.length <= MAX_NOTICES) return unique;
  const left = unique.length - (MAX_NOTICES - 1);
  return [...unique.slice(0, MAX_NOTICES - 1), formatMessage(lang, 'notice.moreNotices', { count: left })];
}
