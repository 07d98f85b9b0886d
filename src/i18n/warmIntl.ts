// Chromium sets up each Intl service on its first use in a page: number formatting (which dates share) and
// collation cost 10–30 ms each on the 2-core machine. The first view uses neither (plurals need only PluralRules,
// small numbers no Intl: i18n/formatIcu.ts, i18n/numbers.ts; the map's keyboard order no Collator). So that the
// first click (a record's dates), search or sorted table does not pay them, they are set up once the first frame is
// painted, each in an idle moment of its own (no long task).
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
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.NumberFormat(lang).format(1234);
    cancel = idle(() => { new Intl.Collator(lang).compare('a', 'b'); 'a'.localeCompare('b'); });
  });
  return () => cancel();
}
