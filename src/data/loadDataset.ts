// Bundled JSON → validated → normalised. This module holds the validator (the generated shape guards and the rules;
// zod only when the data is bad, data/check.ts), in a chunk of its own: the first view loads it only for a core that
// is not the one the build checked (data/openDataset.ts); the sources' texts are checked by it after the first paint.
import { checkCore, checkSourceTexts, formatIssue } from './check';
import type { Atlas } from './atlas';
import { DatasetError } from './datasetError';
import type { SourceTexts } from './schema';
import { joinSourceTexts, sourcesOf, type Sources } from './sourceTexts';
import { notesByRow } from './notes';

/** The core the first paint is drawn from (data/sourceTexts.ts), checked by every rule that does not need the
 *  sources' texts. */
export async function validateAndNormalise(raw: unknown): Promise<Atlas> {
  const { issues, atlas } = await checkCore(raw);
  if (issues.length || !atlas) throw new DatasetError(issues.map(formatIssue));
  return atlas;
}

/** The sources' texts once they are checked against the atlas's core (URLs http(s), one text per source, the notes
 *  the core marks), the notes keyed by the atlas's own rows. */
export async function validateSourceTexts(atlas: Atlas, raw: unknown): Promise<Sources> {
  const issues = await checkSourceTexts(atlas.dataset, raw);
  if (issues.length) throw new DatasetError(issues.map(formatIssue));
  const notes = notesByRow(atlas.dataset, (raw as SourceTexts).notes);
  return sourcesOf(joinSourceTexts(atlas.dataset, raw as SourceTexts, notes), notes);
}
