// Chromium loads ICU's data on a page's first Intl call (15–50 ms on the 2-core machine), whichever comes first: a
// plural in a message (intl-messageformat's supportedLocalesOf), a number, a date, the date field's own formatting.
// Made in the task after the main script, while the page waits for its dataset, that cost leaves the first render;
// where the dataset is already waiting it is paid as before, once, just earlier. (An idle callback came too late in
// two loads of three: there is little idle time before the dataset.)
export function warmIntlSoon(lang: string): void {
  const warm = () => {
    Intl.NumberFormat.supportedLocalesOf(lang);
    new Intl.PluralRules(lang).select(2);
    new Intl.NumberFormat(lang).format(1234);
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  };
  setTimeout(warm, 0);
}
