// npm run map:topology — writes src/geo/world110m.generated.json, the map's geometry (see geo/reduceTopology.ts),
// from world-atlas in node_modules. Rerun after upgrading world-atlas, then `npm run map:layout` (tests fail when stale).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { flattenArcs, reduceTopology } from '../src/geo/reduceTopology';

const world = createRequire(import.meta.url)('world-atlas/countries-110m.json');
const out = reduceTopology(world);
writeFileSync('src/geo/world110m.generated.json', `${JSON.stringify(flattenArcs(out))}\n`);
console.log(`src/geo/world110m.generated.json: ${out.arcs.length} arcs, ${out.arcs.reduce((n, a) => n + a.length, 0)} points`);
