// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, serialiseDataset } from '../../src/data/build';
import { normaliseDataset } from '../../src/data/atlas';
import { sourcesOf } from '../../src/data/sourceTexts';
import { countByClass } from '../../src/data/lenses';
import { parseCsv } from '../../src/data/csv';
import { rawFiles, bundledMarkers, bundled, ATLAS_FILE } from './dataFixture';

describe('data:build', () => {
  it('reproduces data/atlas.json byte for byte from data/raw', () => {
    const text = readFileSync(ATLAS_FILE, 'utf8');
    expect(serialiseDataset(buildDataset(rawFiles, bundledMarkers))).toBe(text);
  });

  it('holds every UN member and both observer states', () => {
    const kinds = bundled.countries.reduce<Record<string, number>>((m, c) => ({ ...m, [c.kind]: (m[c.kind] ?? 0) + 1 }), {});
    expect(kinds['un-member']).toBe(193);
    expect(bundled.countries.filter((c) => c.kind === 'observer').map((c) => c.id).sort()).toEqual(['PSE', 'VAT']);
  });

  it('counts agree with the official tallies and the sourced Budapest table', () => {
    const atlas = normaliseDataset(bundled);
    const c74 = countByClass(atlas, 'unga-74-247', atlas.asOf);
    expect([c74.yes, c74.no, c74.abstain, c74.absent]).toEqual([79, 60, 33, 21]);
    const c73 = countByClass(atlas, 'unga-73-187', atlas.asOf);
    expect([c73.yes, c73.no, c73.abstain, c73.absent]).toEqual([94, 59, 33, 7]);
    const tableParties = parseCsv(rawFiles['budapest.csv']).filter((r) => r.values.cets185_status === 'party').length;
    expect(countByClass(atlas, 'budapest', atlas.asOf).party).toBe(tableParties);
  });

  it('keeps the source of every fact resolvable to an http(s) URL', () => {
    const { byId } = sourcesOf(bundled);
    const ids = [...bundled.treaties, ...bundled.votes, ...bundled.unConvention, ...bundled.edges, ...bundled.memberships].flatMap((f) => f.sources);
    for (const id of new Set(ids)) expect(byId.get(id)?.url, id).toMatch(/^https?:\/\//);
  });
});
