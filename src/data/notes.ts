// The data's free-text notes on facts (a relation's, a treaty fact's, a membership's…) travel with the sources' texts,
// after the first paint (data/sourceTexts.ts): about 27 KB of the core's gzip, shown only in the record, where each
// sits in a closed "Note". The core keeps, per table, which rows have one (`noted`: one '0' or '1' a row), so the
// record says "Note" at once and "Loading the note…" (or that it could not be loaded) until the texts arrive.
// The countries' notes (the map's tooltip shows them) and the official totals' (a rule of data:check reads them)
// stay in the core.
import type { CoreDataset } from './schema';
import { NOTED_TABLES, rowsOf, type NotedTable, type Row, type Tables } from './noted.ts';

/** The key a row's note comes before, in data/atlas.json's key order (data/build.ts). */
const NOTE_BEFORE = (table: NotedTable) => (table === 'nodes' ? 'unverified' : 'sources');

/** Takes the notes out of a dataset's copy (build time): the rows that had one, and their texts, per table. */
export function splitNotes<D extends Tables>(d: D): { core: D; noted: Record<string, string>; notes: Record<string, string[]> } {
  const core = structuredClone(d);
  const noted: Record<string, string> = {};
  const notes: Record<string, string[]> = {};
  for (const table of NOTED_TABLES) {
    const rows = rowsOf(core, table);
    noted[table] = rows.map((r) => (r.note === undefined ? '0' : '1')).join('');
    notes[table] = rows.flatMap((r) => (r.note === undefined ? [] : [r.note]));
    for (const r of rows) delete r.note;
  }
  return { core, noted, notes };
}

/** Each noted row of the core (the atlas's own objects) with its note's text. */
export function notesByRow(core: CoreDataset, notes: Record<string, string[]>): Map<object, string> {
  const out = new Map<object, string>();
  for (const table of NOTED_TABLES) {
    const texts = notes[table] ?? [];
    let n = 0;
    rowsOf(core, table).forEach((r, i) => { if (core.noted?.[table]?.[i] === '1') out.set(r, texts[n++]); });
  }
  return out;
}

/** A row with its note put back where data/atlas.json has it. */
function withNote(row: Row, note: string, before: string): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === before) out.note = note;
    out[k] = v;
  }
  return out;
}

/** The core's tables with their notes back, as new objects (the core, react-query's cached atlas, stays as it was). */
export function joinNotes(core: CoreDataset, byRow: ReadonlyMap<object, string>): Tables {
  const put = (table: NotedTable) => (r: Row) => { const note = byRow.get(r); return note === undefined ? r : withNote(r, note, NOTE_BEFORE(table)); };
  const tops = ['nodes', 'treaties', 'requests', 'unConvention', 'memberships', 'edges'] as const;
  const out = {} as Record<string, unknown>;
  for (const top of tops) {
    const own = put(top);
    const sub = NOTED_TABLES.find((t) => t.startsWith(`${top}.`));
    out[top] = (core[top] as unknown as Row[]).map((r) => {
      const whole = own(r);
      if (!sub) return whole;
      const key = sub.split('.')[1];
      return { ...whole, [key]: (r[key] as Row[]).map(put(sub)) };
    });
  }
  return out as unknown as Tables;
}

/** What a core's `noted` and the texts' notes must agree on: a marker per row, a text per marker, none empty, and
 *  no note left in the core's rows. A core without `noted` (a whole dataset: tests, data:check) holds its notes
 *  itself, and no text may come for it. */
export function noteIssues(core: CoreDataset, notes: Record<string, string[]> | undefined) {
  const issues: { path: string; field: string; value: unknown; message: string }[] = [];
  for (const table of NOTED_TABLES) {
    const marks = core.noted?.[table];
    const rows = rowsOf(core, table);
    let want = 0;
    if (core.noted) {
      if (marks === undefined || marks.length !== rows.length || !/^[01]*$/.test(marks)) {
        issues.push({ path: `noted.${table}`, field: 'noted', value: marks?.slice(0, 40), message: `${rows.length} rows need one 0 or 1 each` });
        continue;
      }
      rows.forEach((r, i) => { if (r.note !== undefined) issues.push({ path: `${table}[${i}]`, field: 'note', value: r.note.slice(0, 40), message: "a note the core should not hold (it follows with the sources' texts)" }); });
      want = marks.split('').filter((c) => c === '1').length;
    }
    if (!notes) continue;
    const got = notes[table] ?? (want ? undefined : []);
    if (!Array.isArray(got) || got.length !== want) issues.push({ path: `notes.${table}`, field: 'notes', value: got?.length, message: `${want} rows have a note but ${got?.length ?? 0} notes arrived` });
    else got.forEach((s, i) => { if (!s) issues.push({ path: `notes.${table}[${i}]`, field: 'notes', value: s, message: 'a note is never empty' }); });
  }
  for (const k of Object.keys(notes ?? {})) if (!(NOTED_TABLES as readonly string[]).includes(k)) issues.push({ path: `notes.${k}`, field: 'notes', value: k, message: 'notes for a table that has none' });
  return issues;
}

