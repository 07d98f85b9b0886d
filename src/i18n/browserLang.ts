// The browser's preferred language among the six (read once; tests and the Node scripts have no preference → English).
import { defaultLang, isLang, type Lang } from './langs';

let cached: Lang | undefined;
export const browserLang = (): Lang =>
  (cached ??= defaultLang(typeof navigator === 'undefined' ? undefined : navigator.languages));

/** The language of the page being opened: its `lang` parameter if valid, else the browser's. */
export function initialLang(search = typeof location === 'undefined' ? '' : location.search): Lang {
  const q = new URLSearchParams(search).get('lang');
  return isLang(q) ? q : browserLang();
}
