// Vite plugin: the dataset in two modules derived at build time, so there is no second file to keep fresh.
// `import('…/atlas.json?packed')` is its core (every fact, sources by id and date; data/sourceTexts.ts) in the column
// form of src/data/packed.ts; `import('…/atlas.json?source-texts')` is the sources' URLs, titles and what each
// supports, and the facts' notes (data/notes.ts), loaded after the first paint.
// `virtual:checked-core-digest` is the SHA-256 of the packed core, given only once the core, unpacked as the page
// unpacks it, passes every check the page would run (data/check.ts checkCore): a core that fails stops the build or
// the dev server with the checker's messages. The page normalises a core with this digest without checking it again
// (data/openDataset.ts). The same module names that core's network layout key (graph/layout.ts layoutKey, on the core
// normalised as the page normalises it), so that the page's first render need not compute it (data/provenCore.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { packDataset, unpackDataset } from '../src/data/packed.ts';
import { splitSourceTexts } from '../src/data/sourceTexts.ts';
import { sha256Hex } from '../src/data/digest.ts';
import { textModule, valueModule } from './value-module.ts';

const DIGEST_ID = 'virtual:checked-core-digest';
// beside this file, not the working directory or Vite's root (the bench's pages have a root of their own)
const dataset = fileURLToPath(new URL('../data/atlas.json', import.meta.url));

type Checker = typeof import('../src/data/check.ts');
// The checker through tsx, as `npm run data:check` runs it (bundled into the config, its extensionless imports would
// be a warning on every start), once per process: each import adds tsx's loader hooks. The files it loaded are
// watched, so that a rule changed under the dev server checks the data again (with a fresh import).
let checker: Promise<Checker> | null = null;
const checkerFiles = new Set<string>();
const watchChecker = (url: string) => { if (url.startsWith('file:') && !url.includes('/node_modules/')) checkerFiles.add(fileURLToPath(url)); };
const loadChecker = () => (checker ??= tsImport('../src/data/check.ts', {
  parentURL: import.meta.url,
  onImport: watchChecker,
}) as Promise<Checker>);

type Normaliser = typeof import('../src/data/atlas.ts');
type LayoutKeyer = typeof import('../src/graph/layout.ts');
let keyer: Promise<[Normaliser, LayoutKeyer]> | null = null;
// through tsx as the checker, its files watched with the checker's
const loadLayoutKey = () => (keyer ??= Promise.all([
  tsImport('../src/data/atlas.ts', { parentURL: import.meta.url, onImport: watchChecker }) as Promise<Normaliser>,
  tsImport('../src/graph/layout.ts', { parentURL: import.meta.url, onImport: watchChecker }) as Promise<LayoutKeyer>,
]));

const splitFile = (file: string) => splitSourceTexts(JSON.parse(readFileSync(file, 'utf8')));

/** The packed core's digest, or the checker's issues when the core fails. */
export async function checkedCoreDigest(dataset: unknown): Promise<{ digest: string; layoutKey: string } | { issues: string[] }> {
  const packed = packDataset(splitSourceTexts(dataset as Parameters<typeof splitSourceTexts>[0]).core);
  const { checkCore, formatIssue } = await loadChecker();
  const { issues } = await checkCore(unpackDataset(packed));
  if (issues.length) return { issues: issues.map(formatIssue) };
  const digest = await sha256Hex(JSON.stringify(packed));
  // without one, a page without Web Crypto would take any core as the checked one (null === null)
  if (digest === null) throw new Error('the build needs Web Crypto (globalThis.crypto.subtle, Node 20) to bind the dataset check to the page');
  const [{ normaliseDataset }, { layoutKey }] = await loadLayoutKey();
  return { digest, layoutKey: layoutKey(normaliseDataset(unpackDataset(packed) as Parameters<typeof normaliseDataset>[0])) };
}

export function packedDataset(): Plugin {
  return {
    name: 'atlas:packed-dataset',
    enforce: 'pre',
    resolveId: (id) => (id === DIGEST_ID ? `\0${DIGEST_ID}` : null),
    // a checker file changed under the dev server: a fresh checker, and the digest module loaded again with it
    hotUpdate({ file, modules }) {
      if (!checkerFiles.has(file)) return;
      checker = null;
      keyer = null;
      checkerFiles.clear();
      const digest = this.environment.moduleGraph.getModuleById(`\0${DIGEST_ID}`);
      if (!digest) return;
      this.environment.moduleGraph.invalidateModule(digest);
      return [...modules, digest];
    },
    async load(id) {
      if (id === `\0${DIGEST_ID}`) {
        const checked = await checkedCoreDigest(JSON.parse(readFileSync(dataset, 'utf8')));
        for (const f of [dataset, ...checkerFiles]) this.addWatchFile(f);
        if ('issues' in checked) this.error(`data/atlas.json fails its checks (npm run data:check):\n${checked.issues.join('\n')}`);
        return `export default ${JSON.stringify(checked.digest)};\nexport const layoutKey = ${JSON.stringify(checked.layoutKey)};\n`;
      }
      const [file, query] = id.split('?');
      if ((query !== 'packed' && query !== 'source-texts') || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      const { core, texts } = splitFile(file);
      return query === 'packed' ? textModule(packDataset(core)) : valueModule(texts);
    },
  };
}
