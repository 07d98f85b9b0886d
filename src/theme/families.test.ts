// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EDGE_STAGES } from '../data/vocab';
import { stateGroupOf } from '../graph/ego';
import { isActive, type GraphLink } from '../graph/model';
import { STAGE_DASH, STAGE_LEGEND } from './families';

/** The stage the legend draws for each state group (graph/ego.ts, which the ego sectors and the matrix use). */
const LEGEND_STAGE = { 'in-force': 'in_force', signed: 'signed', negotiating: 'negotiating', suspended: 'suspended' } as const;

describe('link dash patterns', () => {
  it('draw every stage as its state group’s legend line, so the line, the ego sector and the matrix cell agree', () => {
    for (const stage of [...EDGE_STAGES, 'invited']) {
      const group = stateGroupOf(stage);
      expect(STAGE_LEGEND.map((s) => s.stage)).toContain(LEGEND_STAGE[group]);
      expect([stage, STAGE_DASH[stage]]).toEqual([stage, STAGE_DASH[LEGEND_STAGE[group]]]);
    }
  });

  it('draw solid only what the selection lights (active at the date), besides an ended link before its end', () => {
    for (const stage of [...EDGE_STAGES, 'invited'].filter((s) => s !== 'ended'))
      expect([stage, STAGE_DASH[stage] === undefined]).toEqual([stage, isActive({ stage } as GraphLink)]);
  });
});
