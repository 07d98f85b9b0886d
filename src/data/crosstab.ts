// Two filter dimensions against each other: how many entities fall in each pair of classes at a date.
// A cell counts exactly the entities the filter {row: [r], col: [c]} lets through, so clicking it never surprises.
import type { Atlas } from './atlas';
import { LENSES, LENS_IDS, isLensId, statusAt } from './lenses';
import type { Filters } from './filters';

export type CrossDim = (typeof LENS_IDS)[number] | 'region';
export const CROSS_DIMS: readonly CrossDim[] = [...LENS_IDS, 'region'];

export interface CrossTab {
  rowDim: CrossDim;
  colDim: CrossDim;
  rows: string[];
  cols: string[];
  /** counts[i][j]: entities in rows[i] and cols[j] */
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  /** entities counted (every country and territory) */
  entities: number;
}

export function dimClasses(atlas: Atlas, dim: CrossDim): string[] {
  return isLensId(dim) ? [...LENSES[dim].classes] : atlas.blocs.filter((b) => b.kind === 'un-group').map((b) => b.id);
}

/** The classes an entity holds in a dimension: one per lens; zero, one or two UN groups. */
function classesFor(atlas: Atlas, dim: CrossDim, id: string, t: string): string[] {
  return isLensId(dim) ? [statusAt(atlas, dim, id, t).cls] : atlas.countryById.get(id)?.regions ?? [];
}

export function crossTab(atlas: Atlas, rowDim: CrossDim, colDim: CrossDim, t: string): CrossTab {
  const rows = dimClasses(atlas, rowDim);
  const cols = dimClasses(atlas, colDim);
  const counts = rows.map(() => cols.map(() => 0));
  for (const c of atlas.countries) {
    const rs = classesFor(atlas, rowDim, c.id, t);
    const cs = classesFor(atlas, colDim, c.id, t);
    for (const r of rs) for (const k of cs) counts[rows.indexOf(r)][cols.indexOf(k)]++;
  }
  return {
    rowDim, colDim, rows, cols, counts,
    rowTotals: counts.map((r) => r.reduce((a, b) => a + b, 0)),
    colTotals: cols.map((_, j) => counts.reduce((a, r) => a + r[j], 0)),
    entities: atlas.countries.length,
  };
}

/** The filter a cell stands for; the same dimension on both axes gives one dimension with both classes. */
export function cellFilter(rowDim: CrossDim, row: string, colDim: CrossDim, col: string): Filters {
  if (rowDim === colDim) return { [rowDim]: [...new Set([row, col])] };
  return { [rowDim]: [row], [colDim]: [col] } as Filters;
}
