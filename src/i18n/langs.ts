// The six official UN languages and how the page is laid out in each.
import { LANGS } from '../data/vocab';

export { LANGS };
export type Lang = (typeof LANGS)[number];

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** Each language's name in itself, for the language switch. */
export const ENDONYMS: Record<Lang, string> = {
  ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español',
};

/** The first of the browser's preferred languages that is one of the six (by primary subtag), else English. */
export function defaultLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}
