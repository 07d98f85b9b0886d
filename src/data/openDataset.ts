// The dataset's core as the first view gets it. The build refuses a core that fails any of the checks
// (scripts/vite-packed-dataset.ts runs checkCore on exactly what it ships) and tells the page the SHA-256 of what it
// checked. A core with that digest is the checked one and is only normalised; any other core (changed after the
// build, or a page without Web Crypto) is checked here by the same rules before anything uses it, with zod's
// messages if it is bad (data/loadDataset.ts, loaded only then).
import checkedCoreDigest from 'virtual:checked-core-digest';
import { normaliseDataset, type Atlas } from './atlas';
import { sha256Hex } from './digest';
import { unpackDataset } from './packed';
import type { CoreDataset } from './schema';

/** The digest the build's check is bound to: the packed core as JSON (the chunk's literal, re-serialised). */
export const packedCoreText = (packed: unknown): string | undefined => {
  try { return JSON.stringify(packed); } catch { return undefined; }
};

export async function openDataset(packed: Record<string, unknown>): Promise<Atlas> {
  const text = packedCoreText(packed);
  if (text !== undefined && (await sha256Hex(text)) === checkedCoreDigest) {
    performance.mark?.('data:checked-by-build');
    return normaliseDataset(unpackDataset(packed) as unknown as CoreDataset);
  }
  const { validateAndNormalise } = await import('./loadDataset');
  return validateAndNormalise(unpackDataset(packed));
}
