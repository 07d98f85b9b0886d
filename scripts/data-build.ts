// npm run data:build — regenerates data/atlas.json from data/raw (deterministic: same input, same bytes).
import { writeFileSync } from 'node:fs';
import { buildDataset, serialiseDataset } from '../src/data/build';
import { readRawFiles, markerLookup, ATLAS_PATH } from './raw-files';

const dataset = buildDataset(readRawFiles(), markerLookup());
writeFileSync(ATLAS_PATH, serialiseDataset(dataset));
console.log(`data/atlas.json: ${dataset.countries.length} countries and territories, ${dataset.nodes.length} other nodes, ` +
  `${dataset.treaties.length} treaty facts, ${dataset.votes.length} votes, ${dataset.edges.length} edges, ${dataset.sources.length} sources`);
