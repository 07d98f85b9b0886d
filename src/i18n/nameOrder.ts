// English names in alphabetical order without Intl.Collator, whose first use in a page costs 10–30 ms on the 2-core
// machine (i18n/warmIntl.ts): the map's keyboard order is needed by the first render. Letters are compared without
// accents and case, as a collator's first level compares them, then the names themselves; nameOrder.test.ts checks
// the order against Intl.Collator('en') on every name in the dataset. Other languages' lists keep localeCompare.
const folded = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function sortByEnglishName<T>(items: readonly T[], name: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, name: name(item), key: folded(name(item)) }));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.name, b.name));
  return keyed.map((k) => k.item);
}
