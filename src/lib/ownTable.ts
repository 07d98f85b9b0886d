/** A lookup table with no prototype: `table['__proto__']` or `table['constructor']` is undefined, not
 *  Object.prototype or a function. The ids looked up come from links and deck files (a filter class, a bloc, a
 *  node), and a class named "__proto__" in an imported deck made a label an object that Intl.ListFormat threw on,
 *  taking the whole page down. */
export const ownTable = <V>(entries: Record<string, V>): Readonly<Record<string, V>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
