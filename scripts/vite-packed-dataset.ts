// Vite plugin: the dataset in two modules derived at build time, so there is no second file to keep fresh.
// `import('…/atlas.json?packed')` is its core (every fact, sources by id and date; data/sourceTexts.ts) in the column
// form of src/data/packed.ts; `import('…/atlas.json?source-texts')` is the sources' URLs, titles and what each
// supports, loaded after the first paint.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { packDataset } from '../src/data/packed.ts';
import { splitSourceTexts } from '../src/data/sourceTexts.ts';

export function packedDataset(): Plugin {
  return {
    name: 'atlas:packed-dataset',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if ((query !== 'packed' && query !== 'source-texts') || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      const { core, texts } = splitSourceTexts(JSON.parse(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(query === 'packed' ? packDataset(core) : texts)};\n`;
    },
  };
}
