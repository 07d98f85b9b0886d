// The dataset's shape guards (data/schemaGuard.ts): does a value have the shape of the whole dataset, of its core or
// of its sources' texts. As written, this module generates them when a node script loads it (tsx: `npm run
// data:check`). In every Vite build, the dev server and the tests, scripts/vite-schema-guards.ts serves in its place
// the same generator's output as plain code, so the page never loads zod or the schemas to say "valid".
import { CHECKED_SCHEMAS, type CheckedSchema } from './schema';
import { instantiateGuards, type Guard } from './schemaGuard';

export const shapeGuards: Record<CheckedSchema, Guard> = instantiateGuards(CHECKED_SCHEMAS);
