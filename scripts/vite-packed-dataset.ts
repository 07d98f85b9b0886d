// Vite plugin: the dataset in two modules derived at build time, so there is no second file to keep fresh.
// `import('…/atlas.json?packed')` is its core (every fact, sources by id and date; data/sourceTexts.ts) in the column
// form of src/data/packed.ts; `import('…/atlas.json?source-texts')` is the sources' URLs, titles and what each
// supports, loaded after the first paint.
// `virtual:checked-core-digest` is the SHA-256 of the packed core, given only once the core, unpacked as the page
// unpacks it, passes every check the page would run (data/check.ts checkCore): a core that fails stops the build or
// the dev server with the checker's messages. The page normalises a core with this digest without checking it again
// (data/openDataset.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packDataset, unpackDataset } from '../src/data/packed.ts';
import { splitSourceTexts } from '../src/data/sourceTexts.ts';
import { tsImport } from 'tsx/esm/api';
import { sha256Hex } from '../src/data/digest.ts';

const DIGEST_ID = 'virtual:checked-core-digest';
const DATASET = resolve('data/atlas.json');

const splitFile = (file: string) => splitSourceTexts(JSON.parse(readFileSync(file, 'utf8')));

/** The packed core's digest, or the checker's issues when the core fails. */
export async function checkedCoreDigest(dataset: unknown): Promise<{ digest: string } | { issues: string[] }> {
  const packed = packDataset(splitSourceTexts(dataset as Parameters<typeof splitSourceTexts>[0]).core);
  // the checker through tsx, as `npm run data:check` runs it: bundled into the config, its extensionless imports would
  // be a warning on every start
  const { checkCore, formatIssue } = await tsImport('../src/data/check.ts', import.meta.url) as typeof import('../src/data/check.ts');
  const { issues } = await checkCore(unpackDataset(packed));
  if (issues.length) return { issues: issues.map(formatIssue) };
  return { digest: (await sha256Hex(JSON.stringify(packed)))! };
}

export function packedDataset(): Plugin {
  return {
    name: 'atlas:packed-dataset',
    enforce: 'pre',
    resolveId: (id) => (id === DIGEST_ID ? `\0${DIGEST_ID}` : null),
    async load(id) {
      if (id === `\0${DIGEST_ID}`) {
        this.addWatchFile(DATASET);
        const checked = await checkedCoreDigest(JSON.parse(readFileSync(DATASET, 'utf8')));
        if ('issues' in checked) this.error(`data/atlas.json fails its checks (npm run data:check):\n${checked.issues.join('\n')}`);
        return `export default ${JSON.stringify(checked.digest)};\n`;
      }
      const [file, query] = id.split('?');
      if ((query !== 'packed' && query !== 'source-texts') || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      const { core, texts } = splitFile(file);
      return `export default ${JSON.stringify(query === 'packed' ? packDataset(core) : texts)};\n`;
    },
  };
}
