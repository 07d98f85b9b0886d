// Bench-only pages, built apart from the app, one page per build (BENCH_PAGE=index|scale) so each bundle's bytes are
// its own: index.html = the peers (react-simple-maps + react-force-graph-2d), scale.html = our graph view on a
// synthetic network (see synthetic.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { icuMessages } from '../../scripts/vite-icu-messages.ts';
import { packedDataset } from '../../scripts/vite-packed-dataset.ts';
import { parsedJson } from '../../scripts/value-module.ts';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export default defineConfig({
  root: here('.'),
  base: './',
  // the scale page hosts our graph view, whose toolbar reads the message catalogues (?messages imports) and whose
  // dataset query module names the packed dataset (?packed, ?source-texts; the page fills the query itself); the map
  // layout is imported as parsed JSON text (?parsed), as in the app's build
  plugins: [react(), packedDataset(), icuMessages(), parsedJson()],
  logLevel: 'warn',
  build: { rollupOptions: { input: here(`${process.env.BENCH_PAGE ?? 'index'}.html`) } },
});
