// npm run data:check — validates data/atlas.json and that it is exactly what data:build makes from data/raw.
// Usage: data-check [path/to/atlas.json]  (a path other than the bundled file skips the reproducibility check)
import { readFileSync } from 'node:fs';
import { buildDataset, serialiseDataset } from '../src/data/build';
import { checkDataset, formatIssue } from '../src/data/check';
import { readRawFiles, markerLookup, ATLAS_PATH } from './raw-files';

const target = process.argv[2];
const text = readFileSync(target ?? ATLAS_PATH, 'utf8');
const problems: string[] = [];
let json: unknown;
try {
  json = JSON.parse(text);
} catch (e) {
  problems.push(`${target ?? 'data/atlas.json'}: not valid JSON: ${(e as Error).message}`);
}
if (json !== undefined) problems.push(...(await checkDataset(json)).map(formatIssue));
if (!target) {
  const rebuilt = serialiseDataset(buildDataset(readRawFiles(), markerLookup()));
  if (rebuilt !== text) problems.push('data/atlas.json: differs from what `npm run data:build` makes from data/raw: run it and commit the result');
}
if (problems.length) {
  console.error(`data:check found ${problems.length} problem(s):`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log('data:check: data/atlas.json is valid and reproducible from data/raw');
