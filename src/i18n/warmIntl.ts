// Chromium sets up each Intl service on its first use in a page: number formatting (which dates share) and
// collation cost 10–30 ms each on the 2-core machine. The English first view uses neither (plurals need only
// PluralRules, small numbers no Intl: i18n/formatIcu.ts, i18n/numbers.ts; the map's keyboard order no Collator);
// the other languages' first views format dates, so theirs is set up while the dataset loads. What the first view
// does not use is set up once its frame is painted, each service in an idle moment of its own (no long task), so that
// the first click (a record's dates), search or sorted table does not pay for it.
/** A page in another language than English formats dates in its first view (the date field, the data's months) and,
 *  in Arabic, numbers: their shared set-up is made in the task after the main script, while the dataset loads,
 *  rather than in the first render. English needs neither (numbers.ts, nameOrder.ts). */
export function warmFirstViewIntl(lang: string): void {
  if (lang !== 'en') setTimeout(() => setUpDates(lang, lang === 'ar'), 0);
}

/** Date formatting, and number formatting with it if `numbers` (they share their set-up). */
function setUpDates(lang: string, numbers: boolean): void {
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  if (numbers) new Intl.NumberFormat(lang).format(1234);
}

const idle = (job: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(job, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(job, 0);
  return () => clearTimeout(id);
};

/** Sets up `lang`'s number and date formatting, then collation; returns what cancels what has not run yet. */
export function warmIntlWhenIdle(lang: string): () => void {
  let cancel = idle(() => {
    setUpDates(lang, true);
    cancel = idle(() => { new Intl.Collator(lang).compare('a', 'b'); 'a'.localeCompare('b'); });
  });
  return () => cancel();
}
