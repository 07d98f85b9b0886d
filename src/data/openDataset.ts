// The dataset's core as the first view gets it: its JSON text (scripts/value-module.ts textModule). The build refuses
// a core that fails any of the checks (scripts/vite-packed-dataset.ts runs checkCore on exactly what it ships) and
// tells the page the SHA-256 of the text it checked. A core whose text has that digest is the checked one and is only
// normalised; any other core (changed after the build, or a page without Web Crypto) is checked here by the same rules
// before anything uses it, with zod's messages if it is bad (data/loadDataset.ts, loaded only then).
import checkedCoreDigest, { layoutKey } from 'virtual:checked-core-digest';
import { normaliseDataset, type Atlas } from './atlas';
import { DatasetLoadError } from './datasetError';
import { sha256Hex } from './digest';
import { unpackDataset } from './packed';
import { rememberProven } from './provenCore';
import type { CoreDataset } from './schema';

/** `text`: the packed core as JSON, as the build shipped it (the build's digest is of this text). */
export async function openDataset(text: string): Promise<Atlas> {
  // The text is hashed as received, off the main thread (Web Crypto), while it is parsed here: parsing is not using
  // it, and nothing below reads the value before the digest is known. null: no Web Crypto, or a digest that failed.
  const digest = sha256Hex(text).catch(() => null);
  let packed: Record<string, unknown>;
  try {
    packed = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    // a core cut short or damaged in its file: said as a chunk that cannot be read (data/datasetError.ts)
    throw new DatasetLoadError(e);
  }
  if ((await digest) === checkedCoreDigest) {
    performance.mark?.('data:checked-by-build');
    const atlas = normaliseDataset(unpackDataset(packed) as unknown as CoreDataset);
    rememberProven(atlas, { layoutKey });
    return atlas;
  }
  // a validator chunk that cannot load is said like a dataset chunk that cannot (data/datasetError.ts)
  const { validateAndNormalise } = await import('./loadDataset').catch((e: unknown) => { throw new DatasetLoadError(e); });
  return validateAndNormalise(unpackDataset(packed));
}
