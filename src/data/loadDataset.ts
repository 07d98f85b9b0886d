// Bundled JSON → validated → normalised. This module holds the validator (the generated shape guards and the rules;
// zod only when the data is bad, data/check.ts): a chunk of its own that data/queries.ts fetches beside the JSON
// chunk, so neither waits for the other.
import { checkCore, checkSourceTexts, formatIssue } from './check';
import { addSourceTexts, type Atlas } from './atlas';
import { DatasetError } from './datasetError';
import type { SourceTexts } from './schema';

export { unpackDataset } from './packed';

/** The core the first paint is drawn from (data/sourceTexts.ts), checked by every rule that does not need the
 *  sources' texts. */
export async function validateAndNormalise(raw: unknown): Promise<Atlas> {
  const { issues, atlas } = await checkCore(raw);
  if (issues.length || !atlas) throw new DatasetError(issues.map(formatIssue));
  return atlas;
}

/** Adds the sources' texts to the atlas once they are checked against it (URLs http(s), one text per source). */
export async function validateSourceTexts(atlas: Atlas, raw: unknown): Promise<void> {
  const issues = await checkSourceTexts(atlas.dataset, raw);
  if (issues.length) throw new DatasetError(issues.map(formatIssue));
  addSourceTexts(atlas, raw as SourceTexts);
}
