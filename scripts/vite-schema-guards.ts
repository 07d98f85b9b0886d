// Vite plugin: src/data/shapeGuards.ts is served as the shape guards generated at build time from the zod schemas
// (src/data/schemaGuard.ts), as plain code with no imports, so the first view neither loads nor evaluates zod. A
// schema the generator cannot mirror fails the build (and the tests, which run through this plugin too). The schemas
// are a dependency of this config, so a change to them restarts a dev server.
import type { Plugin } from 'vite';
import { guardModule } from '../src/data/schemaGuard.ts';
import { CHECKED_SCHEMAS } from '../src/data/schema.ts';

export const isShapeGuards = (id: string) => id.replace(/\\/g, '/').split('?')[0].endsWith('/src/data/shapeGuards.ts');

export function schemaGuards(): Plugin {
  const code = guardModule(CHECKED_SCHEMAS);
  return {
    name: 'atlas:schema-guards',
    enforce: 'pre',
    load: (id) => (isShapeGuards(id) ? code : null),
  };
}
