// Bundled JSON → validated → normalised. This module holds the validator (the generated shape guards and the rules;
// zod only when the data is bad, data/check.ts), in a chunk of its own: the first view loads it only for a core that
// is not the one the build checked (data/openDataset.ts); the sources' texts are checked by it after the first paint.
import { checkCore, checkSourceTexts, formatIssue } from './check';
import { addSourceTexts, type Atlas } from './atlas';
import { DatasetError } from './datasetError';
import type { SourceTexts } from './schema';

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
