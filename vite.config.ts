import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { packedDataset } from './scripts/vite-packed-dataset.ts';
import { icuMessages } from './scripts/vite-icu-messages.ts';
import { compileHints } from './scripts/vite-compile-hints.ts';
import { firstViewPreload } from './scripts/vite-first-view-preload.ts';
import { schemaGuards } from './scripts/vite-schema-guards.ts';
import { freshImports } from './scripts/vite-fresh-imports.ts';
import { parsedJson } from './scripts/value-module.ts';

// Pure test files that ask for a window (`@vitest-environment jsdom`: localStorage, storage events, DOMParser for HTML).
// A worker is reused only for the next file of the same project and environment, and vitest runs the projects one
// after the other (by name), so they run in the component project's jsdom workers, already started and warm (isolate:
// false): among the node files each stopped one node worker and started one jsdom worker (~10 workers instead of 2),
// and in a project of their own, last, two fresh jsdom workers started for ~1 s of tests while the other core waited
// (~3 s of wall time on a quiet machine). inlineHtml is pure, deckStore.test reads each "reload" from fresh modules (as
// firstViewMessages.test and zoomController.test do), and each deckSchema test sets the deck it checks.
const PURE_JSDOM = ['src/briefing/inlineHtml.test.ts', 'src/briefing/deckSchema.test.ts', 'src/briefing/deckStore.test.ts'];

// The dataset's name and version are known to the first script, so that a dataset chunk that cannot be read is
// named in the error (src/data/datasetError.ts).
const { title, version } = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as { title: string; version: string };
const define = { __DATASET_ID__: JSON.stringify({ title, version }) };

// The tests' transformed modules are kept on disk between runs (vitest's fsModuleCache, node_modules/
// .experimental-vitest-cache): a warm run transforms only what changed. The main process's transforms otherwise compete
// with the two workers for the two cores. A module's key is its id, its file's text (a virtual module's: its load()
// output), the config's files (so the plugins' code and the zod schemas), the plugin names and the lockfile; the
// `define` values (read from data/atlas.json, not a file of the config) and tsconfig.json (oxc reads it) are added here.
const testCacheKey: Plugin = {
  name: 'atlas:test-cache-key',
  configureVitest({ experimental_defineCacheKeyGenerator }) {
    const key = JSON.stringify(define) + readFileSync('tsconfig.json', 'utf8');
    experimental_defineCacheKeyGenerator(() => key);
  },
};

// The test workers (threads of this process) get twice V8's default young generation (a 64 MB new space, not 32): the
// tests allocate fast (DOM trees, slide models, SVG text) and garbage collection was ~16 % of each worker's profile.
// A worker's execArgv cannot carry V8 flags, but a flag set here, as the config is read, holds for every isolate
// created after it, so for the workers vitest starts next (checked: new_space 64 MB in a test). Six heavy files
// (EntityRecord, slideFit, graphPainter, schemaGuard, layout, MapView), one worker, cold, five alternated pairs at load
// 11-20: 32.9 / 31.3 / 29.7 / 30.9 / 33.3 s of CPU against 34.4 / 35.2 / 32.0 / 32.5 / 34.1 s without (-6 %).
if (process.env.VITEST) setFlagsFromString('--max-semi-space-size=64');

// `--mode single` builds one self-contained dist-single/index.html for file:// use (see scripts/inline-single.ts).
export default defineConfig(({ mode }) => ({
  plugins: [react(), packedDataset(), icuMessages(), parsedJson(), schemaGuards(), ...(mode === 'single' ? [] : [firstViewPreload(), compileHints([/\/views\/record\/RecordFacts\.tsx$/]), freshImports()]), testCacheKey],
  define,
  // Under vitest, a JSON file the tests import (data/atlas.json: 1 MB, the map's geometry, the catalogues) is
  // `JSON.parse` of its text: vitest then only renames its default export. With named exports, each file became an
  // object literal that vitest parsed and walked as a syntax tree, with a source map holding the whole text (atlas.json:
  // 4.8 MB of module per environment). Nothing imports a JSON file's keys by name. A build keeps Vite's defaults.
  ...(mode === 'test' ? { json: { namedExports: false, stringify: true } } : {}),
  base: './',
  build: mode === 'single'
    ? { outDir: 'dist-single', assetsInlineLimit: Number.MAX_SAFE_INTEGER, cssCodeSplit: false, modulePreload: false,
        // One chunk: the dataset's and pptxgenjs's dynamic imports are inlined rather than split.
        rolldownOptions: { output: { codeSplitting: false } } }
    : { outDir: 'dist', sourcemap: false,
        // Vite does not preload a dynamic import's JS dependencies: one that failed offline would stay failed in
        // browsers that keep failed module fetches. scripts/vite-fresh-imports.ts preloads them, only while online.
        // The HTML's preloads (the first script's) and the chunks' CSS stay.
        modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
        // Everything the first script needs in one chunk beside the entry, not ~15 shared chunks: over HTTP/1.1 their
        // requests queue six at a time.
        rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
        // that chunk is ~515 KB before gzip (~170 KB after), on purpose
        chunkSizeWarningLimit: 600 },
  // Pure modules run in node; only components (*.test.tsx, or a file that asks with `@vitest-environment jsdom`)
  // pay for a DOM. Component files share their worker's module graph and DOM (isolate: false: each test resets the
  // stores it uses; testing-library unmounts after each test), which saves one jsdom and one import of React and the
  // app per file.
  // One worker per core: vitest's default leaves one core idle (on the 2-core machine `npm test` took ~45 s on one
  // worker, ~30 s on two).
  test: {
    globals: true,
    maxWorkers: '100%',
    // Workers are threads, not child processes: what a worker and the main process exchange (each module's code, the
    // results) is passed within one process rather than serialised through a pipe. Cold `npm test`, user+sys CPU in three
    // alternated pairs at load 11-13: 82.9 / 92.4 / 93.3 s against 101.3 / 96.9 / 108.2 s with forks (warm, one pair:
    // 92.7 against 95.7 s). No test changes the working directory or exits the process, which a thread cannot do.
    pool: 'threads',
    experimental: { fsModuleCache: true },
    projects: [
      { extends: true, test: { name: 'pure', environment: 'node', isolate: false, setupFiles: ['tests/setupThreads.ts', 'tests/setupMessages.ts'], include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, ...PURE_JSDOM] } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', isolate: false, setupFiles: ['tests/setupThreads.ts', 'tests/setupMessages.ts', 'tests/setup.ts'], include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx', ...PURE_JSDOM] } },
    ],
  },
}));
