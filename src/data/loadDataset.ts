// Bundled JSON → validated → normalised. This module holds the validator (zod): it is a chunk of its own that
// data/queries.ts fetches beside the JSON chunk, so neither waits for the other and zod stays out of the first script.
import { checkDataset, formatIssue } from './check';
import { normaliseDataset, type Atlas } from './atlas';
import { DatasetError } from './datasetError';
import type { Dataset } from './schema';

export { unpackDataset } from './packed';

export function validateAndNormalise(raw: unknown): Atlas {
  const issues = checkDataset(raw);
  if (issues.length) throw new DatasetError(issues.map(formatIssue));
  return normaliseDataset(raw as Dataset);
}
