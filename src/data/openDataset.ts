// The dataset's core as the first view gets it. The build refuses a core that fails any of the checks
// (scripts/vite-packed-dataset.ts runs checkCore on exactly what it ships) and tells the page the SHA-256 of what it
// checked. A core with that digest is the checked one and is only normalised; any other core (changed after the
// build, or a page without Web Crypto) is checked here by the same rules before anything uses it, with zod's
// messages if it is bad (data/loadDataset.ts, loaded only then).
import checkedCoreDigest from 'virtual:checked-core-digest';
import { normaliseDataset, type Atlas } from './atlas';
import { DatasetLoadError } from './datasetError';
import { sha256Hex } from './digest';
import { unpackDataset } from './packed';
import type { CoreDataset } from './schema';

/** What the build's digest is of: the packed core as JSON (the value the chunk's literal makes, serialised again). */
const packedCoreText = (packed: unknown): string | undefined => {
  try { return JSON.stringify(packed); } catch { return undefined; }
};

/** The core's digest, or null when it cannot be had (no Web Crypto, or a digest that fails): then it is checked. */
async function digestOf(packed: unknown): Promise<string | null> {
  const text = packedCoreText(packed);
  return text === undefined ? null : sha256Hex(text).catch(() => null);
}

export async function openDataset(packed: Record<string, unknown>): Promise<Atlas> {
  const digest = await digestOf(packed);
  if (digest !== null && digest === checkedCoreDigest) {
    performance.mark?.('data:checked-by-build');
    return normaliseDataset(unpackDataset(packed) as unknown as CoreDataset);
  }
  // a validator chunk that cannot load is said like a dataset chunk that cannot (data/datasetError.ts)
  const { validateAndNormalise } = await import('./loadDataset').catch((e: unknown) => { throw new DatasetLoadError(e); });
  return validateAndNormalise(unpackDataset(packed));
}
