// Numbers in each language's conventions. Intl.NumberFormat's first use in a page sets up Chromium's number
// formatting (10–30 ms on the 2-core machine); the first view's numbers are small counts, which the five languages
// written with Latin digits write as plain digits (numbers.test.ts checks 0–999 against Intl.NumberFormat). Arabic,
// larger numbers and fractions go to Intl.NumberFormat, one per language.
import type { Lang } from './langs';

const PLAIN_DIGITS: ReadonlySet<string> = new Set<Lang>(['en', 'fr', 'es', 'ru', 'zh']);
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, n: number): string {
  // -0 passes the test for 0 but Intl writes it "-0"
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) && PLAIN_DIGITS.has(lang)) return String(n);
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}
