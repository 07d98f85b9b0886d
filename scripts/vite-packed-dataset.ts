// Vite plugin: `import('…/atlas.json?packed')` is a module whose default export is the dataset in the column form
// of src/data/packed.ts. Derived at build time, so there is no second file to keep fresh.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { packDataset } from '../src/data/packed.ts';

export function packedDataset(): Plugin {
  return {
    name: 'atlas:packed-dataset',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'packed' || !file.endsWith('.json')) return null;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(packDataset(JSON.parse(readFileSync(file, 'utf8'))))};\n`;
    },
  };
}
