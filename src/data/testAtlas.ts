// Tests run on the real bundled dataset: the product is the data, so fixtures would test something else.
import raw from '../../data/atlas.json';
import { normaliseDataset, type Atlas } from './atlas';
import type { Dataset } from './schema';

let cached: Atlas | null = null;
export const testAtlas = (): Atlas => (cached ??= normaliseDataset(raw as Dataset));
