// Dates in the data are yyyy, yyyy-mm or yyyy-mm-dd: only as precise as the source.
import { DATE_RE } from './vocab';

export function isValidDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  if (d === undefined) return true;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** Compares at the precision both dates share, so "2019" neither precedes nor follows "2019-05-01". */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first day a partial date can mean: "2024" → "2024-01-01". Facts count from then on. */
export function startOf(v: string): string {
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

/** True when the fact dated `v` has happened on day `t` (yyyy-mm-dd). */
export function onOrBefore(v: string, t: string): boolean {
  return startOf(v) <= t;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** One formatter per language and precision: building an Intl.DateTimeFormat costs far more than using one (a table
 *  of 209 rows formats over a thousand dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(lang: string, day: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${day}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** "2025-10-25" → "25 October 2025"; keeps the source's precision. */
export function formatDate(v: string, lang = 'en'): string {
  const [y, m, d] = v.split('-');
  if (!m) return y;
  // Other languages follow their own conventions (Intl); the day is a calendar day, so it is formatted in UTC.
  if (lang !== 'en') return formatterOf(lang, !!d).format(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * The same calendar day `years` years before a yyyy-mm-dd day (not a fixed 365 days, which drifts by one across a
 * 29 February). A 29 February with no counterpart becomes the last day of that February: 2024-02-29 → 2023-02-28.
 */
export function yearsEarlier(t: string, years = 1): string {
  const [y, m, d] = t.split('-').map(Number);
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/** The yyyy-mm-dd day `n` days after a yyyy-mm-dd day (calendar arithmetic in UTC). */
export function addDays(t: string, n: number): string {
  const [y, m, d] = t.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
