// The modules the plugins compute (the packed dataset, its sources' texts, the parsed catalogues: up to ~400 KB of code
// each, 30 of them in the tests), as JSON text the page parses (`JSON.parse`), not as object literals.
// - A page: V8 compiles an object literal of the packed core's size (~210 KB) on the main thread before evaluating it,
//   and a string in one scan; JSON.parse then builds the value faster than the literal's code does. The core itself
//   is shipped as its text (`textModule`), which the page hashes as it is (data/openDataset.ts) instead of serialising
//   the value again to prove it. Session 22, alternated cold loads at load 14–20: the page's main thread 196 → 182 ms
//   (median, 16 loads each) to the painted network with the core and the map layout as JSON text.
// - The text is inside a single-quoted string: its double quotes stay as they are, so what reads the built files
//   (bench/lib/bytes.mjs: `"version":`, `"app.title":` …) sees the same keys as in a literal.
// - Under vitest, a string is one syntax-tree node where an object literal has one per value (the packed core: ~0.8–1.6 s
//   of parsing as a literal, ~0.15 s as a string).
// - No source map (`mappings: ''`): the code maps back to no source. Otherwise the tests' module runner gave each one
//   a map whose sourcesContent is the whole code, inlined in base64 (about 3× the module), written to the module cache
//   and sent to every worker.

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** `text` as a single-quoted JavaScript string literal. */
export const singleQuoted = (text: string): string =>
  `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

/** A module whose default export is `value`, parsed from its JSON text. */
export function valueModule(value: unknown): { code: string; map: { mappings: '' } } {
  return { code: `export default JSON.parse(${singleQuoted(JSON.stringify(value))});\n`, map: { mappings: '' } };
}

/** A module whose default export is `value`'s JSON text (the packed core: the page proves the text, then parses it). */
export function textModule(value: unknown): { code: string; map: { mappings: '' } } {
  return { code: `export default ${singleQuoted(JSON.stringify(value))};\n`, map: { mappings: '' } };
}

/** `import x from './file.json?parsed'`: the file's value as a value module (JSON.parse of its text), where a plain
 *  JSON import is an object literal. For the map layout the first view waits for (src/geo/mapGeometry.ts). */
export function parsedJson(): Plugin {
  return {
    name: 'atlas:parsed-json',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'parsed' || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      return valueModule(JSON.parse(readFileSync(file, 'utf8')));
    },
  };
}
