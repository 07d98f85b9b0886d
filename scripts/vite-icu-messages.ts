// Vite plugin: `import('…/messages/fr.json?messages')` is the catalogue with every ICU message already parsed, so the
// page ships intl-messageformat's formatter without its parser (FormatJS's "precompile" setup; see vite.config.ts).
// A message that does not parse fails the build and the tests, naming the catalogue and the key.
// `?boot-messages` is the same catalogue with only the messages the page may show before its catalogues arrive (the
// loading line and the error page: keys under `app.loading` and `error.`).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from '@formatjs/icu-messageformat-parser';

export function compileCatalogue(file: string, text: string): Record<string, unknown> {
  const messages = JSON.parse(text) as Record<string, string>;
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => {
    try { return [key, parse(message)]; }
    catch (e) { throw new Error(`${file}: message "${key}" is not valid ICU MessageFormat: ${(e as Error).message}`); }
  }));
}

export function icuMessages(): Plugin {
  return {
    name: 'atlas:icu-messages',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if ((query !== 'messages' && query !== 'boot-messages') || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      const all = compileCatalogue(file, readFileSync(file, 'utf8'));
      const messages = query === 'messages' ? all : Object.fromEntries(Object.entries(all).filter(([key]) => key === 'app.loading' || key.startsWith('error.')));
      return `export default ${JSON.stringify(messages)};\n`;
    },
  };
}
