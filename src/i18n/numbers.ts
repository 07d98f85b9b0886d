// Numbers in each language's conventions. Intl.NumberFormat's first use in a page sets up Chromium's number
// formatting (10–36 ms on the 2-core machine); the page's numbers are counts, whole and not negative, which the five
// languages written with Latin digits write as digits in groups of three (numbers.test.ts checks them against
// Intl.NumberFormat). Arabic, negative numbers and fractions go to Intl.NumberFormat, one per language.
import type { Lang } from './langs';

/** Each Latin-digit language's group separator, and the fewest digits in front of the first group that still get one
 *  (Spanish writes 1234 but 12.345). */
const GROUPING: Partial<Record<Lang, [separator: string, minFront: number]>> = {
  en: [',', 1], zh: [',', 1], fr: ['\u202f', 1], ru: ['\u00a0', 1], es: ['.', 2],
};
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, n: number): string {
  const g = GROUPING[lang];
  // -0 passes the test for 0 but Intl writes it "-0"
  if (g && Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) {
    const s = String(n);
    return s.length < 3 + g[1] ? s : s.replace(/\B(?=(\d{3})+$)/g, g[0]);
  }
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}
