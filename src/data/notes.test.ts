// @vitest-environment node
// The facts' notes leave the first load (data/notes.ts): the oracle is data/atlas.json. Every note it holds is the
// note the page can show for the same row, read from the two parts exactly as the page receives them (the `?packed`
// core and the `?source-texts` part the build serves), and the core the first paint needs holds none of the moved
// texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packedText from '../../data/atlas.json?packed';
import textsPart from '../../data/atlas.json?source-texts';
import { normaliseDataset } from './atlas';
import { checkCoreDataset, checkSourceTexts } from './check';
import { validateSourceTexts } from './loadDataset';
import { NOTED_TABLES, noteOf } from './noted';
import { unpackDataset } from './packed';
import type { CoreDataset, Dataset, SourceTexts } from './schema';
import { splitSourceTexts } from './sourceTexts';

const oracle = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Dataset;
type Row = Record<string, unknown> & { note?: string };
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every record of a dataset, nested ones (an edge's stages, a treaty's evidence) too, by its path. */
function rows(d: object): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const [table, list] of Object.entries(d)) {
    if (!Array.isArray(list)) continue;
    list.forEach((r, i) => {
      if (!isRow(r)) return;
      out.set(`${table}[${i}]`, r);
      for (const [k, v] of Object.entries(r))
        if (Array.isArray(v)) v.forEach((x, j) => { if (isRow(x)) out.set(`${table}[${i}].${k}[${j}]`, x); });
    });
  }
  return out;
}

const core = unpackDataset(JSON.parse(packedText)) as unknown as CoreDataset;
const atlas = normaliseDataset(core);

describe("the facts' notes, after the first paint", () => {
  it('shows, for every entity, fact and relation, the note data/atlas.json has, and says one is coming before it is here', async () => {
    const sources = await validateSourceTexts(atlas, textsPart);
    const inCore = rows(atlas.dataset);
    const want = rows(oracle);
    expect([...inCore.keys()]).toEqual([...want.keys()]);
    let notes = 0;
    const wrong: string[] = [];
    for (const [path, o] of want) {
      const row = inCore.get(path)!;
      const shown = noteOf(atlas.dataset, sources.notes, row);
      const before = noteOf(atlas.dataset, null, row);
      if (o.note !== undefined) notes++;
      if (JSON.stringify(shown) !== JSON.stringify(o.note === undefined ? null : { text: o.note })) wrong.push(`${path}: ${JSON.stringify(shown)} for ${o.note}`);
      // before the texts: a note that is not yet here is "pending", never absent
      if (o.note !== undefined && before === null) wrong.push(`${path}: its note silently missing before the texts`);
      if (o.note === undefined && before !== null) wrong.push(`${path}: a note announced that data/atlas.json lacks`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(notes).toBeGreaterThan(1000);
    // the download is the file, notes in place
    expect(JSON.stringify(sources.complete) === JSON.stringify(oracle)).toBe(true);
  });

  it("leaves no note of the record's tables in the first load's core: only which rows have one", () => {
    const packed = packedText;
    const kept = new Set([...oracle.countries, ...oracle.officialTotals].flatMap((r) => (r.note ? [r.note] : [])));
    const moved = [...rows(oracle).entries()].filter(([path, r]) => r.note !== undefined && !/^(countries|officialTotals)\[/.test(path));
    expect(moved.length).toBeGreaterThan(1000);
    const left = moved.filter(([, r]) => !kept.has(r.note!) && packed.includes(JSON.stringify(r.note)));
    expect(left.map(([p]) => p).slice(0, 5)).toEqual([]);
    expect(Object.keys(core.noted ?? {})).toEqual([...NOTED_TABLES]);
    expect((textsPart as SourceTexts).notes.edges.length).toBe(oracle.edges.filter((e) => e.note).length);
  });

  it('refuses texts whose notes do not match the core, and a core that holds a note or loses its marks', async () => {
    const { core: split, texts } = splitSourceTexts(oracle);
    expect(await checkSourceTexts(split, texts)).toEqual([]);
    const fewer = { ...texts, notes: { ...texts.notes, edges: texts.notes.edges.slice(1) } };
    expect((await checkSourceTexts(split, fewer)).map((i) => i.message)).toContain(`${texts.notes.edges.length} rows have a note but ${texts.notes.edges.length - 1} notes arrived`);
    const empty = { ...texts, notes: { ...texts.notes, nodes: texts.notes.nodes.map((n, i) => (i ? n : '')) } };
    expect((await checkSourceTexts(split, empty)).map((i) => i.message)).toContain('a note is never empty');
    // a core whose marks were dropped would hide every note: the texts then do not match it
    const unmarked = { ...split, noted: Object.fromEntries(Object.entries(split.noted!).map(([k, v]) => [k, v.replace(/1/g, '0')])) };
    expect((await checkSourceTexts(unmarked, texts)).length).toBeGreaterThan(0);
    const short = { ...split, noted: { ...split.noted, edges: split.noted!.edges.slice(1) } };
    expect((await checkCoreDataset(short)).map((i) => i.path)).toContain('noted.edges');
    const holding = { ...split, edges: [{ ...split.edges[0], note: 'a note' }, ...split.edges.slice(1)] };
    expect((await checkCoreDataset(holding)).map((i) => i.field)).toContain('note');
  });
});
