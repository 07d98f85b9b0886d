// Bundled JSON → validated → normalised. The JSON is its own chunk so it loads beside the code.
import { checkDataset, formatIssue } from './check';
import { normaliseDataset, type Atlas } from './atlas';
import type { Dataset } from './schema';

export class DatasetError extends Error {
  constructor(public problems: string[]) {
    super(`The dataset failed validation (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DatasetError';
  }
}

export function validateAndNormalise(raw: unknown): Atlas {
  const issues = checkDataset(raw);
  if (issues.length) throw new DatasetError(issues.map(formatIssue));
  return normaliseDataset(raw as Dataset);
}

export async function loadDataset(): Promise<Atlas> {
  const mod = await import('../../data/atlas.json');
  const atlas = validateAndNormalise(mod.default);
  performance.mark('data:ready');
  return atlas;
}
