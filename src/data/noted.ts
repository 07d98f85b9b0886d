// Which of the core's rows have a note, and a row's note as the record shows it (data/notes.ts says why the notes
// travel apart): the part of it the first view's code needs, apart from the split, join and checks (which load with
// the validator, data/loadDataset.ts).
import type { CoreDataset, Dataset } from './schema';

/** The tables whose notes wait, by path: "edges.history" is each edge's earlier stages, in edge order. */
export const NOTED_TABLES = ['nodes', 'treaties', 'treaties.evidence', 'requests', 'unConvention', 'memberships', 'edges', 'edges.history'] as const;
export type NotedTable = (typeof NOTED_TABLES)[number];

export type Row = { note?: string } & Record<string, unknown>;
export type Tables = Pick<Dataset, 'nodes' | 'treaties' | 'requests' | 'unConvention' | 'memberships' | 'edges'>;

/** The rows of one table, nested ones in their parents' order. */
export function rowsOf(d: Tables, table: NotedTable): Row[] {
  const [top, sub] = table.split('.') as [keyof Tables, string | undefined];
  const rows = d[top] as unknown as Row[];
  return sub ? rows.flatMap((r) => r[sub] as Row[]) : rows;
}

const notedCache = new WeakMap<CoreDataset, Set<object>>();
/** The core's rows that have a note, whether its text is still to come (`noted`) or, in a whole dataset (tests, a
 *  fixture), in the row itself. */
export function notedRows(core: CoreDataset): ReadonlySet<object> {
  let set = notedCache.get(core);
  if (!set) {
    set = new Set();
    for (const table of NOTED_TABLES)
      rowsOf(core, table).forEach((r, i) => { if (r.note !== undefined || core.noted?.[table]?.[i] === '1') set!.add(r); });
    notedCache.set(core, set);
  }
  return set;
}

/** What the record shows for `row`'s note (data/useAtlas.ts useNote): its text, from the row itself (a country's, a
 *  whole dataset's) or from the checked texts (`notes`, null until they arrive); or that one exists and has not
 *  arrived; or null, no note. */
export function noteOf(core: CoreDataset, notes: ReadonlyMap<object, string> | null, row: object | undefined): { text: string } | 'pending' | null {
  if (!row) return null;
  const inline = (row as { note?: unknown }).note;
  if (typeof inline === 'string') return { text: inline };
  if (!notedRows(core).has(row)) return null;
  const text = notes?.get(row);
  return text === undefined ? 'pending' : { text };
}
