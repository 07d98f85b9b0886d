// Vite plugin: `import('…/messages/fr.json?first-messages')` is the part of the catalogue the first view needs, and
// `?later-messages` the rest (the split: src/i18n/messageParts.ts), with every ICU message already parsed, so the
// page ships no parser: src/i18n/formatIcu.ts formats the parsed messages.
// A message that does not parse fails the build and the tests, naming the catalogue and the key.
// `?boot-messages` is the same catalogue with only the messages the page may show before its catalogues arrive (the
// loading line and the error page: keys under `app.loading` and `error.`).
// `virtual:search-names` is every language's text of the names search knows the network's nodes and the blocs by
// (see searchNames below).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { LANGS } from '../src/data/vocab.ts';
import { isLaterKey } from '../src/i18n/messageParts.ts';
import { valueModule } from './value-module.ts';

export function compileCatalogue(file: string, text: string): Record<string, unknown> {
  const messages = JSON.parse(text) as Record<string, string>;
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => {
    try { return [key, parse(message)]; }
    catch (e) { throw new Error(`${file}: message "${key}" is not valid ICU MessageFormat: ${(e as Error).message}`); }
  }));
}

/** The catalogue keys that name a network node or a bloc (src/i18n/names.ts NODE_NAME, NODE_SHORT; entityWords.ts
 *  BLOC_NAME: the two treaties that are nodes share the lenses' names). */
export const SEARCH_NAME_KEY = /^(nodeName|nodeShort|blocName)\.|^lens\.(budapest|un-convention)$/;

/**
 * The texts of those keys in all six catalogues, by key, without repeats: a few KB that let search find «Интерпол» or
 * «CEDEAO» on a page whose language is another, without loading the five other catalogues (about 15 KB gzip each, in their two parts).
 * A name is plain text: a name message with an argument, a plural or a tag fails the build, naming it.
 */
export function searchNames(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const lang of LANGS) {
    const file = path.join(dir, `${lang}.json`);
    for (const [key, ast] of Object.entries(compileCatalogue(file, readFileSync(file, 'utf8')))) {
      if (!SEARCH_NAME_KEY.test(key)) continue;
      const parts = ast as { type: TYPE; value?: string }[];
      if (!parts.every((p) => p.type === TYPE.literal)) throw new Error(`${file}: the name "${key}" is not plain text`);
      const text = parts.map((p) => p.value).join('');
      if (!(out[key] ??= []).includes(text)) out[key].push(text);
    }
  }
  return out;
}

const SEARCH_NAMES = 'virtual:search-names';

/** The messages each query asks for. */
const PARTS: Record<string, (key: string) => boolean> = {
  'first-messages': (key) => !isLaterKey(key),
  'later-messages': isLaterKey,
  'boot-messages': (key) => key === 'app.loading' || key.startsWith('error.'),
};

export function icuMessages(): Plugin {
  let messagesDir = '';
  return {
    name: 'atlas:icu-messages',
    enforce: 'pre',
    configResolved(config) {
      messagesDir = path.join(config.root, 'src/i18n/messages');
    },
    resolveId(id) { return id === SEARCH_NAMES ? `\0${SEARCH_NAMES}` : null; },
    load(id) {
      if (id === `\0${SEARCH_NAMES}`) {
        for (const lang of LANGS) this.addWatchFile(path.join(messagesDir, `${lang}.json`));
        return valueModule(searchNames(messagesDir));
      }
      const [file, query] = id.split('?');
      const part = query !== undefined && Object.hasOwn(PARTS, query) ? PARTS[query] : undefined;
      if (!part || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      const messages = Object.fromEntries(Object.entries(compileCatalogue(file, readFileSync(file, 'utf8'))).filter(([key]) => part(key)));
      return valueModule(messages);
    },
  };
}
