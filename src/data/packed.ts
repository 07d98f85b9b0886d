// How the dataset travels to the browser: the same JSON with each list of records turned into columns (gzip cannot
// drop the key names repeated in every record) and each `origin` column ("file.csv:7") written as line runs. The
// page unpacks it to the identical object before normalising it, or checking it (data/openDataset.ts);
// data/atlas.json itself is unchanged.
// A list that would not come back identical (a real null in a column, keys in varying order) ships as it is.

const ORIGIN = /^(.+):(\d+)$/;

/** A list of records, column by column. `runs` columns hold origins: 0 = same file, next line; n = same file, line n. */
export interface PackedTable { $rows: number; $columns: Record<string, unknown[]>; $runs: string[] }

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTable = (v: unknown): v is PackedTable => isRow(v) && '$columns' in v;

function packRuns(col: string[]): unknown[] {
  let file = '';
  let line = NaN;
  return col.map((o) => {
    const [, f, l] = ORIGIN.exec(o)!;
    const out = f !== file ? o : Number(l) === line + 1 ? 0 : Number(l);
    file = f;
    line = Number(l);
    return out;
  });
}

function unpackRuns(col: unknown[]): string[] {
  let file = '';
  let line = 0;
  return col.map((v) => {
    if (typeof v === 'string') {
      const m = ORIGIN.exec(v)!;
      file = m[1];
      line = Number(m[2]);
    } else line = v === 0 ? line + 1 : (v as number);
    return `${file}:${line}`;
  });
}

/** All keys in one order that agrees with every record's own (a key first seen goes after its predecessor there). */
function keyOrder(rows: Row[]): string[] {
  const keys: string[] = [];
  for (const r of rows) {
    Object.keys(r).forEach((k, j, own) => {
      if (!keys.includes(k)) keys.splice(j ? keys.indexOf(own[j - 1]) + 1 : 0, 0, k);
    });
  }
  return keys;
}

function packTable(rows: Row[]): PackedTable {
  const keys = keyOrder(rows);
  const $columns: Record<string, unknown[]> = {};
  const $runs: string[] = [];
  for (const k of keys) {
    const col = rows.map((r) => (k in r ? r[k] : null));
    if (k === 'origin' && col.every((o) => typeof o === 'string' && ORIGIN.test(o))) {
      $columns[k] = packRuns(col as string[]);
      $runs.push(k);
    } else $columns[k] = col;
  }
  return { $rows: rows.length, $columns, $runs };
}

// Plain indexed loops: this runs once, cold, on the way to the first paint (~20k values), where the interpreter's
// for-of and destructuring per value cost more than the copying itself.
function unpackTable(t: PackedTable): Row[] {
  const keys = Object.keys(t.$columns);
  const cols = keys.map((k) => (t.$runs.includes(k) ? unpackRuns(t.$columns[k]) : t.$columns[k]));
  const rows: Row[] = new Array(t.$rows);
  for (let i = 0; i < t.$rows; i++) {
    const row: Row = {};
    for (let j = 0; j < keys.length; j++) {
      const v = cols[j][i];
      if (v !== null) row[keys[j]] = v;
    }
    rows[i] = row;
  }
  return rows;
}

export function packDataset(dataset: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(dataset).map(([key, value]) => {
    if (!Array.isArray(value) || !value.length || !value.every(isRow)) return [key, value];
    const table = packTable(value);
    return [key, JSON.stringify(unpackTable(table)) === JSON.stringify(value) ? table : value];
  }));
}

export function unpackDataset(packed: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(packed).map(([key, value]) => [key, isTable(value) ? unpackTable(value) : value]));
}
