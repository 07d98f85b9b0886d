// The matrix part of a slide: the live matrix view's rows and cells (graph/matrix.ts: countries matching the filter,
// grouped by their status under the lens, × instruments and bodies at the date), cut to what stays legible from the
// back of a room. Rows are kept by importance (the selection, the compared States, the lit ones, then the live
// order) and shown in the live order; a column goes when no shown State has a relation there, then, when there is no
// room, the columns with the fewest relations. The slide says what it left out. Pure: the model decides the cut,
// the renderer draws it with the same geometry.
import type { Atlas } from '../data/atlas';
import type { LensId } from '../data/lenses';
import { cellOf, columnShort, MATRIX_COLUMNS, matrixRows, type CellState } from '../graph/matrix';
import { buildGraph } from '../graph/model';
import type { Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import type { Rect } from './labelPlace';

export interface MatrixRow { id: string; name: string; selected: boolean; lit: boolean; cells: CellState[] }
export interface MatrixSlide {
  columns: { id: string; short: string }[];
  groups: { key: string; label: string; count: number; rows: MatrixRow[] }[];
  shownRows: number;
  totalRows: number;
  /** short names of the columns left out: none of the shown States has a relation there / no room */
  emptyColumns: string[];
  roomColumns: string[];
}

/** Sizes in slide units: at 1024×768 a slide is drawn 0.64 times its size, so a 21-unit name is 13.4 px. */
export const MATRIX = {
  nameW: 310, colMinW: 96, headSize: 18, headH: 56, rowH: 32, groupH: 30, nameSize: 21, groupSize: 19,
  /** the state legend and the left-out notes under the grid */
  footH: 104,
} as const;

export interface MatrixInput {
  atlas: Atlas; lens: LensId; date: string; lang: Lang;
  /** countries matching the filter, null for all */
  match: ReadonlySet<string> | null;
  sel: string | null; cmp: readonly string[];
  /** lit countries (a selected bloc's members, the selection's partners) */
  lit: ReadonlySet<string> | null;
}

/** The matrix cut to the picture box. */
export function matrixSlide(inp: MatrixInput, box: Rect): MatrixSlide {
  const { atlas, lens, date, lang } = inp;
  const graph = buildGraph(atlas, date);
  const name = (id: string) => nameOf(atlas, id, lang);
  const ids = atlas.countries.filter((c) => c.kind !== 'territory' && (!inp.match || inp.match.has(c.id))).map((c) => c.id);
  const groups = matrixRows(atlas, ids, 'lens', lens, date, name, lang);
  const ordered = groups.flatMap((g) => g.rows.map((id) => ({ id, group: g.key })));
  const first = (id: string) => (id === inp.sel ? 0 : inp.cmp.includes(id) ? 1 : inp.lit?.has(id) ? 2 : 3);
  const byImportance = ordered.map((r, i) => ({ ...r, i })).sort((a, b) => first(a.id) - first(b.id) || a.i - b.i);

  // as many rows as the height allows, group headings included
  const room = box.h - MATRIX.headH - MATRIX.footH;
  const kept = new Set<string>();
  const keptGroups = new Set<string>();
  let used = 0;
  for (const r of byImportance) {
    const extra = MATRIX.rowH + (keptGroups.has(r.group) ? 0 : MATRIX.groupH);
    if (used + extra > room) break;
    used += extra;
    kept.add(r.id);
    keptGroups.add(r.group);
  }
  const cells = new Map(ordered.filter((r) => kept.has(r.id)).map((r) => [r.id, MATRIX_COLUMNS.map((c) => cellOf(atlas, graph, c, r.id, date).state)]));

  // columns: those with a relation among the shown rows, then the fullest while there is room (in their own order)
  const filled = MATRIX_COLUMNS.map((_, j) => [...cells.values()].filter((row) => row[j] !== 'none').length);
  const useful = MATRIX_COLUMNS.map((_, j) => j).filter((j) => filled[j] > 0);
  const fit = Math.max(1, Math.floor((box.w - MATRIX.nameW) / MATRIX.colMinW));
  const chosen = new Set([...useful].sort((a, b) => filled[b] - filled[a] || a - b).slice(0, fit));
  const cols = useful.filter((j) => chosen.has(j));
  const short = (j: number) => columnShort(MATRIX_COLUMNS[j], lang);

  return {
    columns: cols.map((j) => ({ id: MATRIX_COLUMNS[j].id, short: short(j) })),
    groups: groups.filter((g) => keptGroups.has(g.key)).map((g) => ({
      key: g.key, label: g.label, count: g.rows.length,
      rows: g.rows.filter((id) => kept.has(id)).map((id) => ({
        id, name: name(id), selected: id === inp.sel, lit: inp.lit?.has(id) ?? false, cells: cols.map((j) => cells.get(id)![j]),
      })),
    })),
    shownRows: kept.size,
    totalRows: ids.length,
    emptyColumns: MATRIX_COLUMNS.map((_, j) => j).filter((j) => filled[j] === 0).map(short),
    roomColumns: useful.filter((j) => !chosen.has(j)).map(short),
  };
}
