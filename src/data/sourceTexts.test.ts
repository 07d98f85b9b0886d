// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from './atlas';
import { checkCoreDataset, checkSourceTexts } from './check';
import { packDataset, unpackDataset } from './packed';
import type { Dataset } from './schema';
import { validateSourceTexts } from './loadDataset';
import { joinSourceTexts, sourcesOf, splitSourceTexts } from './sourceTexts';
import { splitNotes } from './notes';

const dataset = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Dataset;
const { core, texts } = splitSourceTexts(dataset);

describe('the dataset in two parts (core first, source texts after the first paint)', () => {
  it('joins back to data/atlas.json exactly, also through the packed form the page receives', () => {
    // key order included (the download is the file exactly); compared as strings, a failure says only that they differ
    const same = (d: Dataset) => JSON.stringify(d) === JSON.stringify(dataset);
    expect(same(joinSourceTexts(core, texts))).toBe(true);
    expect(same(joinSourceTexts(unpackDataset(packDataset(core)) as typeof core, texts))).toBe(true);
  });

  it('leaves every fact in the core and only URLs, titles, what sources support and the notes to the texts', () => {
    expect(core.sources.map((s) => Object.keys(s))).toEqual(core.sources.map(() => ['id', 'asOf', 'origin']));
    const { gaps, ...facts } = dataset;
    // the facts' notes wait too (data/notes.ts): the core says only which rows have one
    const { noted, ...coreFacts } = core;
    expect({ ...coreFacts, sources: [] }).toEqual({ ...splitNotes(facts).core, sources: [] });
    expect(noted).toEqual(splitNotes(facts).noted);
    expect(Object.keys(texts)).toEqual(['part', 'url', 'title', 'supports', 'gaps', 'notes']);
    // the known gaps, which only About the data shows, wait with the texts (2.4 KB of the first load's 100 KB)
    expect(texts.gaps).toEqual(gaps);
    expect('gaps' in core).toBe(false);
  });

  it('checks each part before use: the core by every rule but URLs, the texts against the core', async () => {
    expect(await checkCoreDataset(core)).toEqual([]);
    expect(await checkSourceTexts(core, texts)).toEqual([]);
    // a fact citing a source the core does not list is refused with the core, before any paint
    const orphan = { ...core, edges: [{ ...core.edges[0], sources: ['net:nowhere'] }, ...core.edges.slice(1)] };
    expect((await checkCoreDataset(orphan)).map((i) => i.message)).toContain('source id does not resolve to a source');
    // a javascript: URL, a missing title, a wrong part are refused when the texts arrive
    const bad = { ...texts, url: ['javascript:alert(1)', ...texts.url.slice(1)] };
    expect(await checkSourceTexts(core, bad)).toMatchObject([{ path: 'sources[0]', field: 'url', message: 'a source needs an http(s) URL' }]);
    expect((await checkSourceTexts(core, { ...texts, title: texts.title.slice(1) }))[0].message).toMatch(/sources but/);
    expect((await checkSourceTexts(core, { ...texts, part: 'something else' })).length).toBeGreaterThan(0);
    expect((await checkSourceTexts(core, null)).length).toBeGreaterThan(0);
    // the rules that read URLs run then too: a vote's voting record must be a UN Digital Library record
    const records = texts.url.map((u) => u.replace('digitallibrary.un.org/record/', 'example.org/record/'));
    expect((await checkSourceTexts(core, { ...texts, url: records })).map((i) => i.field)).toContain('record_source_id');
  });

  it('gives an atlas of the core first; the texts, once checked, are a value of their own that leaves it as it was', async () => {
    const atlas = normaliseDataset(core);
    expect(atlas.sourceDates.get(dataset.sources[0].id)?.asOf).toBe(dataset.sources[0].asOf);
    // the atlas is react-query's cached data: the texts' arrival must not change it in place
    const cached = structuredClone(atlas);
    const sources = await validateSourceTexts(atlas, texts);
    expect(atlas).toEqual(cached);
    expect(JSON.stringify(sources.complete) === JSON.stringify(dataset)).toBe(true);
    expect(sources.byId).toEqual(sourcesOf(dataset).byId);
    // the notes keyed by the atlas's own rows, which stay without them
    expect(sources.notes.get(atlas.edges.find((_, i) => core.noted!.edges[i] === '1')!)).toBeTruthy();
    expect(atlas.edges.some((e) => 'note' in e)).toBe(false);
  });
});
