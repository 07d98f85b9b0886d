// The dataset travels in two parts so the first paint needs less than the whole: the core (every fact, sources by id
// and date) and the source texts (URL, title, what each supports; about half the bytes), loaded after the first
// paint, with the list of known gaps, which only About the data shows, and the facts' notes, which only the record
// shows (data/notes.ts). Each part is checked before it is used (data/check.ts); joined, they are data/atlas.json
// exactly.
import type { CoreDataset, Dataset, Source, SourceTexts } from './schema';
import type { Issue } from './check';
import { joinNotes, notesByRow, noteIssues, splitNotes } from './notes.ts';

/** Names the texts' part (and lets the bench tell it from the core: bench/lib/bytes.mjs). */
export const SOURCE_TEXTS = 'Cybercrime Cooperation Atlas source texts';

/** Splits a dataset into its core and its source texts (at build time, scripts/vite-packed-dataset.ts). */
export function splitSourceTexts(d: Dataset): { core: CoreDataset; texts: SourceTexts } {
  const { gaps, ...whole } = d;
  const { core: facts, noted, notes } = splitNotes(whole);
  return {
    core: { ...facts, sources: d.sources.map(({ id, asOf, origin }) => ({ id, asOf, origin })), noted },
    texts: { part: SOURCE_TEXTS, url: d.sources.map((s) => s.url), title: d.sources.map((s) => s.title), supports: d.sources.map((s) => s.supports), gaps, notes },
  };
}

/** The whole dataset again, each source with its fields in data/atlas.json's order. */
export function joinSourceTexts(core: CoreDataset, texts: SourceTexts, notes = notesByRow(core, texts.notes)): Dataset {
  const sources: Source[] = core.sources.map((s, i) => ({ id: s.id, url: texts.url[i], title: texts.title[i], asOf: s.asOf, supports: texts.supports[i], origin: s.origin }));
  const noted: Record<string, unknown> = joinNotes(core, notes);
  // in data/atlas.json's key order: the gaps follow the families
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(core)) {
    if (k === 'noted') continue;
    out[k] = k === 'sources' ? sources : k in noted ? noted[k] : v;
    if (k === 'families') out.gaps = texts.gaps;
  }
  return out as Dataset;
}

/** The sources' texts as the views read them, once checked: their own query's result (data/queries.ts), never added
 *  to the atlas react-query holds, so what shows a title re-renders because this input arrived. */
export interface Sources {
  /** data/atlas.json exactly (About's downloads and source list, the known gaps). */
  complete: Dataset;
  /** Each source whole (URL, title, what it supports) by id. */
  byId: ReadonlyMap<string, Source>;
  /** The facts' notes by the core's row (the atlas's own objects; data/notes.ts): what the record shows. */
  notes: ReadonlyMap<object, string>;
}

export const sourcesOf = (complete: Dataset, notes: ReadonlyMap<object, string> = new Map()): Sources =>
  ({ complete, byId: new Map(complete.sources.map((s) => [s.id, s])), notes });

/** What data:check says of sources, for texts that arrive after the core was checked: one text per source and an
 *  http(s) URL each, and a note for each row the core marks as noted. (The shape was checked by SourceTextsSchema.) */
export function sourceTextIssues(core: CoreDataset, texts: SourceTexts): Issue[] {
  const n = core.sources.length;
  const issues: Issue[] = [];
  for (const field of ['url', 'title', 'supports'] as const)
    if (texts[field].length !== n) issues.push({ path: 'sources', field, value: texts[field].length, message: `${n} sources but ${texts[field].length} of their ${field}s` });
  issues.push(...noteIssues(core, texts.notes));
  if (issues.length) return issues;
  core.sources.forEach((s, i) => {
    if (!/^https?:\/\/[^\s]+$/.test(texts.url[i])) issues.push({ origin: s.origin, path: `sources[${i}]`, field: 'url', value: texts.url[i], message: 'a source needs an http(s) URL' });
  });
  return issues;
}
