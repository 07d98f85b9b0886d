// @vitest-environment node
// Eurojust's members are the EU Member States (Regulation (EU) 2018/1727; Ireland opted in, Denmark takes part through
// its 2019 agreement): without these relations an EU matrix's Eurojust column was empty and a slide left it out.
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
    const members = atlas.dataset.edges.filter((e) => e.target === 'eurojust' && e.relation === 'member_of').map((e) => e.source);
    expect(members.sort()).toEqual(eu.filter((id) => id !== 'DNK').sort());
    expect(atlas.dataset.edges.find((e) => e.source === 'DNK' && e.target === 'eurojust')?.relation).toBe('cooperation_agreement');
  });

  it('dates a membership only where a source does: the 2002 Member States from 2002, the later ones from the first source', () => {
    const date = (id: string) => atlas.dataset.edges.find((e) => e.source === id && e.target === 'eurojust')!.date;
    expect(date('IRL')).toBe('2002');
    expect(date('FRA')).toBe('2002');
    expect(date('POL')).toBeFalsy();
    const graph2010 = buildGraph(atlas, '2010-06-01');
    expect(cellOf(atlas, graph2010, eurojust, 'FRA', '2010-06-01').state).toBe('in-force');
    expect(cellOf(atlas, graph2010, eurojust, 'POL', '2010-06-01').state).not.toBe('in-force');
  });
});
