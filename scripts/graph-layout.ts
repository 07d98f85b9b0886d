// npm run graph:layout — precomputes the graph layout into src/graph/layout.generated.json, so the page does not
// spend its first frames on the force simulation. Rerun after `npm run data:build` (a test fails when it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { normaliseDataset } from '../src/data/atlas';
import type { Dataset } from '../src/data/schema';
import { computeLayout } from '../src/graph/forceLayout';
import { layoutKey, serialiseLayout } from '../src/graph/layout';

const atlas = normaliseDataset(JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Dataset);
const start = performance.now();
const positions = computeLayout(atlas);
const ms = performance.now() - start;
writeFileSync('src/graph/layout.generated.json', `${JSON.stringify(serialiseLayout(layoutKey(atlas), positions))}\n`);
console.log(`src/graph/layout.generated.json: ${positions.size} nodes, computed in ${ms.toFixed(0)} ms`);
