// @vitest-environment node
// Eurojust's members are the EU Member States (Regulation (EU) 2018/1727; Ireland opted in, Denmark, a member under the
// 2002 Decision, takes part through its 2019 agreement): without these relations an EU matrix's Eurojust column was empty and a slide left it out.
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../src/data/atlas';
import { matchingIds } from '../../src/data/filters';
import { buildGraph } from '../../src/graph/model';
import { MATRIX_COLUMNS, cellOf } from '../../src/graph/matrix';
import { bundled } from './dataFixture';

const atlas = normaliseDataset(bundled);
const eurojust = MATRIX_COLUMNS.find((c) => c.id === 'eurojust')!;

describe('Eurojust and the EU Member States', () => {
  it('every EU Member State at the dataset date has a Eurojust relation in force: 26 members, Denmark by agreement', () => {
    const graph = buildGraph(atlas, atlas.asOf);
    const eu = [...matchingIds(atlas, { bloc: ['eu'] }, atlas.asOf)];
    expect(eu).toHaveLength(27);
    for (const id of eu) expect(cellOf(atlas, graph, eurojust, id, atlas.asOf).state, id).toBe('in-force');
    const members = atlas.dataset.edges.filter((e) => e.target === 'eurojust' && e.relation === 'member_of' && e.stage === 'in_force').map((e) => e.source);
    expect(members.sort()).toEqual(eu.filter((id) => id !== 'DNK').sort());
    const dnk = graph.links.filter((l) => l.source === 'DNK' && l.target === 'eurojust').map((l) => l.relation);
    expect(dnk).toEqual(['cooperation_agreement']);
  });

  it('dates a membership where a source does: the 2002 Member States from 2002, the later ones from their EU accession', () => {
    const date = (id: string) => atlas.dataset.edges.find((e) => e.source === id && e.target === 'eurojust' && e.relation === 'member_of')!.date;
    expect(date('IRL')).toBe('2002');
    expect(date('FRA')).toBe('2002');
    expect(date('POL')).toBe('2004-05-01');
    const cell = (id: string, t: string) => cellOf(atlas, buildGraph(atlas, t), eurojust, id, t).state;
    expect(cell('FRA', '2010-06-01')).toBe('in-force');
    expect(cell('POL', '2004-04-30')).not.toBe('in-force');
    expect(cell('POL', '2004-05-01')).toBe('in-force');
    // Denmark: a member under the 2002 Decision until the 2018 Regulation applied on 2019-12-12
    expect(cell('DNK', '2010-06-01')).toBe('in-force');
  });
});
