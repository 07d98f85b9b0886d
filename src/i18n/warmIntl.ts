// Chromium loads ICU's data on a page's first Intl call (15–50 ms on the 2-core machine), whichever comes first: a
// plural in a message (intl-messageformat's supportedLocalesOf), a number, a date, the date field's own formatting.
// Made while the page waits for its dataset (idle time after the main script), that cost leaves the first render;
// where there is no idle time it is paid as before, once.
export function warmIntlWhenIdle(lang: string): void {
  const warm = () => {
    Intl.NumberFormat.supportedLocalesOf(lang);
    new Intl.PluralRules(lang).select(2);
    new Intl.NumberFormat(lang).format(1234);
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm, 0);
}
