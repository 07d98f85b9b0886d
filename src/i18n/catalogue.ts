// The message catalogues: English ships in the first script, the other five load on demand (one small chunk each).
// Messages are ICU MessageFormat (plurals, numbers, selects), parsed at build time (scripts/vite-icu-messages.ts)
// and formatted by intl-messageformat, FormatJS's ICU core.
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { create } from 'zustand';
import en from './messages/en.json?messages';
import type enSource from './messages/en.json';
import type { Lang } from './langs';

export type MessageKey = Extract<keyof typeof enSource, string>;
export type MessageValues = Record<string, string | number>;
type Catalogue = Record<string, MessageFormatElement[]>;

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>> = {
  ar: () => import('./messages/ar.json?messages'),
  zh: () => import('./messages/zh.json?messages'),
  fr: () => import('./messages/fr.json?messages'),
  ru: () => import('./messages/ru.json?messages'),
  es: () => import('./messages/es.json?messages'),
};

/** Which catalogues have arrived; components subscribe so that a language switch re-renders them. */
export const useCatalogues = create<{ loaded: Partial<Record<Lang, Catalogue>>; failed: Partial<Record<Lang, true>> }>()(
  () => ({ loaded: { en }, failed: {} }),
);

const pending = new Map<Lang, Promise<void>>();
/** Loads a language's catalogue once; a failed load is retried next time (the page stays in English meanwhile). */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'en' || useCatalogues.getState().loaded[lang]) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = loaders[lang]()
      .then((m) => useCatalogues.setState((s) => ({ loaded: { ...s.loaded, [lang]: m.default } })))
      .catch((e: unknown) => {
        useCatalogues.setState((s) => ({ failed: { ...s.failed, [lang]: true } }));
        throw e;
      })
      .finally(() => pending.delete(lang));
    pending.set(lang, p);
  }
  return p;
}

// Most messages have no arguments: they are their text, and no formatter is built for them. The others share one set
// of Intl formatters (intl-messageformat otherwise builds a PluralRules and a NumberFormat per message). Together
// about 40 ms of the first view's render.
const memo = <A extends unknown[], R>(make: (...args: A) => R) => {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = JSON.stringify(args);
    return cache.get(key) ?? cache.set(key, make(...args)).get(key)!;
  };
};
const sharedFormatters: Formatters = {
  getNumberFormat: memo((...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a)),
  getDateTimeFormat: memo((...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a)),
  getPluralRules: memo((...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a)),
};
const LITERAL = 0; // the parser's TYPE.literal (a devDependency: only its types are imported)
const textOf = (ast: MessageFormatElement[]): string | null =>
  ast.every((e) => (e.type as number) === LITERAL) ? ast.map((e) => (e as { value: string }).value).join('') : null;

const formatters = new Map<string, IntlMessageFormat | string>();
/** The message's formatter, or its text when it has no arguments. */
function formatterOf(lang: Lang, key: MessageKey): IntlMessageFormat | string | null {
  const own = useCatalogues.getState().loaded[lang]?.[key];
  const locale = own ? lang : 'en';
  const ast = own ?? en[key];
  if (!ast) return null;
  const id = `${locale}\u0000${key}`;
  let f = formatters.get(id);
  if (f === undefined) formatters.set(id, (f = textOf(ast) ?? new IntlMessageFormat(ast, locale, undefined, { formatters: sharedFormatters })));
  return f;
}

/** The message in `lang`, or in English while that catalogue is loading; the key itself if no catalogue has it. */
export function formatMessage(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const f = formatterOf(lang, key);
  return f === null ? key : typeof f === 'string' ? f : String(f.format(values));
}

/** A message with markup tags (<b>…</b>): each tag's renderer turns its chunks into a part (a React element, say). */
export function formatParts<T>(lang: Lang, key: MessageKey, values: Record<string, string | number | T>, tags: Record<string, (chunks: (string | T)[]) => T>): (string | T)[] {
  const f = formatterOf(lang, key);
  if (f === null) return [key];
  if (typeof f === 'string') return [f];
  const out = f.format<T>({ ...values, ...tags });
  return Array.isArray(out) ? out : [out as string | T];
}

/** Loads every one of `langs`; rejects if one fails, so an export is never silently in English. */
export const loadCatalogues = (langs: Iterable<Lang>): Promise<void> => Promise.all([...new Set(langs)].map(loadCatalogue)).then(() => undefined);
