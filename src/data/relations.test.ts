import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { entityName } from './atlas';
import { buildGraph } from '../graph/model';
import { countryRelations, nodeRelations } from './relations';
import { countByClass } from './lenses';
import { stateInForce } from './inForce';

const atlas = testAtlas();
const graph = buildGraph(atlas, atlas.asOf);
const name = (id: string) => entityName(atlas, id);
const others = (groups: ReturnType<typeof countryRelations>, key: string) => groups.find((g) => g.key === key)?.items.map((r) => r.other) ?? [];

describe('relations', () => {
  it("KOR: the seed's SPO relations come through its national agency", () => {
    const g = countryRelations(graph, 'KOR', name);
    expect(others(g, 'via:spo-kor').sort()).toEqual(['bka', 'ec3', 'fbi', 'microsoft']);
    expect(others(g, 'europol')).toContain('europol');
    expect(others(g, 'interpol')).toEqual(['interpol']);
    expect(others(g, 'untoc')).toEqual(['untoc']);
  });

  it('USA: CLOUD Act partners, OAS MLA, and BIH with Eurojust, each with sources', () => {
    const usa = countryRelations(graph, 'USA', name);
    expect(others(usa, 'cloud-act')).toEqual(expect.arrayContaining(['GBR', 'AUS', 'cloud-act']));
    expect(others(usa, 'regional')).toContain('oas-mla');
    const bih = countryRelations(graph, 'BIH', name);
    // signed, not in force: its own group, apart from the relations in force
    expect(others(bih, 'eurojust')).toEqual([]);
    expect(others(bih, 'eurojust:apart')).toEqual(['eurojust']);
    expect(bih.find((g) => g.key === 'eurojust:apart')!.apart).toBe(true);
    for (const g of [...usa, ...bih]) for (const r of g.items) expect(r.link.sources.length).toBeGreaterThan(0);
  });

  it('an instrument hub groups its members by relation with counts that match the lens', () => {
    const groups = nodeRelations(graph, 'budapest', name);
    const counts = countByClass(atlas, 'budapest', atlas.asOf);
    // the Parties for which the Convention is in force at the date, and apart those not yet bound (or not known to be:
    // Ecuador, a Party on record from 2026-01-14 only, in force by 2026-05-01 at the latest)
    const bound = [...atlas.treaty.cets185.values()].filter((f) => (stateInForce(atlas, 'cets185', f)?.date ?? '9999') <= atlas.asOf);
    expect(groups.find((g) => g.key === 'party_to:in')!.items.length).toBe(bound.length);
    expect(groups.find((g) => g.key === 'party_to:in:apart')!.items.map((r) => r.other)).toEqual(['ECU']);
    expect(bound.length + 1).toBe(counts.party);
    expect(groups.find((g) => g.key === 'invited:in:apart')!.items.length).toBe(counts.invited);
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    expect(total).toBe(graph.linksOf.get('budapest')!.length);
  });

  it('Europol: the Russian Federation (suspended since 2022) and Brazil\'s 2025 operational agreement (signed) are apart', () => {
    const groups = nodeRelations(graph, 'europol', name);
    const inForce = groups.filter((g) => !g.apart).flatMap((g) => g.items.map((r) => r.other));
    const apart = groups.filter((g) => g.apart).flatMap((g) => g.items.map((r) => `${r.other}:${r.link.stage}`));
    expect(inForce).not.toContain('RUS');
    expect(apart).toEqual(expect.arrayContaining(['RUS:suspended', 'BRA:signed']));
    expect(inForce).toContain('BRA'); // the 2017 strategic agreement is in force
    const in2010 = nodeRelations(buildGraph(atlas, '2010-01-01'), 'europol', name);
    expect(in2010.filter((g) => !g.apart).flatMap((g) => g.items.map((r) => r.other))).toContain('RUS');
  });

  it('keeps the two directions of one relation apart', () => {
    const groups = nodeRelations(graph, 'europol', name);
    expect(groups.find((g) => g.key === 'part_of:in')!.items.map((r) => r.other)).toContain('ec3');
    const out = groups.find((g) => g.key === 'part_of:out')!;
    expect(out.items.map((r) => r.other)).toEqual(['eu']);
    expect(out.label).toMatch(/^Europol.* is part of$/);
  });

  it('follows the date: no CLOUD Act agreement with the UK before it entered into force', () => {
    const before = countryRelations(buildGraph(atlas, '2022-10-02'), 'USA', name);
    expect(others(before, 'cloud-act')).not.toContain('GBR');
  });
});
