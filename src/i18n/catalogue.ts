// The message catalogues, two chunks per language (i18n/messageParts.ts says which key is in which): the first
// view's messages, which the first paint waits for (app/App.tsx), and the later ones, requested after the first frame
// or by the lazy feature that needs them (i18n/laterMessages.ts). English's first part is requested as the page
// starts (data/prefetch.ts), beside the dataset; the other languages load on demand. Only the loading line and the
// error page's messages are in the first script (`boot`), for the moments before.
// Messages are ICU MessageFormat (plurals, numbers, selects, tags), parsed at build time
// (scripts/vite-icu-messages.ts) and formatted by i18n/formatIcu.ts.
// Why a store here and not react-query, as the dataset: formatMessage is called synchronously outside React (the
// scene's accessible names, about 1,000–1,300 messages for the 441 marks and nodes after each lens or date change; the
// painters; the pure slide model and CSV; node tests), so a query would still need a client at module level, and its
// lookup (getQueryData hashes the key: about 2 µs, against well under 0.1 µs here) would add some 2.5 ms to each set
// of names, more at ten times the network. English's first part is requested while the main script is evaluated
// (data/prefetch.ts), before the app's QueryClient exists.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { create } from 'zustand';
import boot from './messages/en.json?boot-messages';
import type enSource from './messages/en.json';
import { LANGS, type Lang } from './langs';
import { formatIcu } from './formatIcu';

export type MessageKey = Extract<keyof typeof enSource, string>;
export type MessageValues = Record<string, string | number>;
type Catalogue = Record<string, MessageFormatElement[]>;
type Loader = () => Promise<{ default: Catalogue }>;

// Each language's two parts, one loader per file (Vite's glob writes out the dynamic imports it needs)
const firstParts = import.meta.glob<{ default: Catalogue }>('./messages/*.json', { query: '?first-messages' });
const laterParts = import.meta.glob<{ default: Catalogue }>('./messages/*.json', { query: '?later-messages' });
const byLang = (parts: Record<string, Loader>) => Object.fromEntries(LANGS.map((l) => [l, parts[`./messages/${l}.json`]])) as Record<Lang, Loader>;

/** Each language's two parts. An object (not consts) so that a test can hold a part back. */
export const loaders: { first: Record<Lang, Loader>; later: Record<Lang, Loader> } = { first: byLang(firstParts), later: byLang(laterParts) };

/**
 * Which catalogues have arrived; components subscribe so that a language switch re-renders them. `loaded` holds each
 * language's first-view messages, `later` the rest; a part that could not load marks its language `failed` (the
 * page then falls back to English for what is missing).
 */
export const useCatalogues = create<{ loaded: Partial<Record<Lang, Catalogue>>; later: Partial<Record<Lang, Catalogue>>; failed: Partial<Record<Lang, true>> }>()(
  () => ({ loaded: {}, later: {}, failed: {} }),
);

type Part = 'loaded' | 'later';
const pending = new Map<string, Promise<void>>();
/** Loads one part of a language's catalogue once; a failed load is retried next time. */
function loadPart(lang: Lang, part: Part): Promise<void> {
  if (useCatalogues.getState()[part][lang]) return Promise.resolve();
  const id = `${part} ${lang}`;
  let p = pending.get(id);
  if (!p) {
    p = loaders[part === 'loaded' ? 'first' : 'later'][lang]()
      // a language whose two parts are here again (loaded back online) is no longer failed
      .then((m) => useCatalogues.setState((s) => {
        const other = part === 'loaded' ? s.later : s.loaded;
        const failed = other[lang] ? Object.fromEntries(Object.entries(s.failed).filter(([l]) => l !== lang)) : s.failed;
        return { [part]: { ...s[part], [lang]: m.default }, failed };
      }))
      .catch((e: unknown) => {
        useCatalogues.setState((s) => ({ failed: { ...s.failed, [lang]: true } }));
        throw e;
      })
      .finally(() => pending.delete(id));
    pending.set(id, p);
  }
  return p;
}

/** Loads the messages the first view needs in `lang` (and no more). */
export const loadFirstMessages = (lang: Lang): Promise<void> => loadPart(lang, 'loaded');

/** Loads a language's whole catalogue (both parts, requested together). If a part cannot load, English's whole
 *  catalogue is loaded before the promise rejects, so that what is missing is said in English, never as a key. */
export const loadCatalogue = (lang: Lang): Promise<void> =>
  Promise.all([loadPart(lang, 'loaded'), loadPart(lang, 'later')]).then(() => undefined,
    (e: unknown) => (lang === 'en' ? Promise.reject(e) : loadCatalogue('en').then(() => Promise.reject(e))));

/** True when `lang`'s whole catalogue is here. */
const isComplete = (s: ReturnType<typeof useCatalogues.getState>, lang: Lang): boolean =>
  s.loaded[lang] !== undefined && s.later[lang] !== undefined;

/** True when every message can be said in `lang` or, where its catalogue failed, in English (whole). */
export const canSayAll = (s: ReturnType<typeof useCatalogues.getState>, lang: Lang): boolean =>
  isComplete(s, lang) || (s.failed[lang] === true && isComplete(s, 'en'));

/** A message's AST in `lang`, or in English while that catalogue is loading (then `locale` is English). */
function messageOf(lang: Lang, key: MessageKey): { locale: Lang; ast: MessageFormatElement[] } | null {
  const { loaded, later } = useCatalogues.getState();
  const own = loaded[lang]?.[key] ?? later[lang]?.[key];
  const ast = own ?? loaded.en?.[key] ?? later.en?.[key] ?? boot[key];
  return ast ? { locale: own ? lang : 'en', ast } : null;
}

/** The message in `lang`, or in English while that catalogue is loading; the key itself if no catalogue has it (or
 *  English has not arrived either). A missing argument is an error, as in intl-messageformat. */
export function formatMessage(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const m = messageOf(lang, key);
  return m ? formatIcu<never>(m.ast, m.locale, values, key).join('') : key;
}

/** formatMessage bound to `lang`: what code that writes in one language (a slide, the presenter view) calls. */
export const messagesIn = (lang: Lang) => (key: MessageKey, values?: MessageValues): string => formatMessage(lang, key, values);

/** A message with markup tags (<b>…</b>): each tag's renderer turns its chunks into a part (a React element, say). */
export function formatParts<T>(lang: Lang, key: MessageKey, values: Record<string, string | number | T>, tags: Record<string, (chunks: (string | T)[]) => T>): (string | T)[] {
  const m = messageOf(lang, key);
  return m ? formatIcu<T>(m.ast, m.locale, { ...values, ...tags }, key) : [key];
}

/** Loads every one of `langs`; rejects if one fails, so an export is never silently in English. */
export const loadCatalogues = (langs: Iterable<Lang>): Promise<void> => Promise.all([...new Set(langs)].map(loadCatalogue)).then(() => undefined);
