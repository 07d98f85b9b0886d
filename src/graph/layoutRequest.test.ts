// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../data/atlas';
import { syntheticAtlas } from '../../bench/peers/synthetic';
import raw from '../../data/atlas.json';
import type { Dataset } from '../data/schema';
import { sampledDataset } from '../data/testAtlas';
import { computeLayout } from './forceLayout';
import { layoutInput, positionsOf } from './layoutInput';
import { LARGE } from './layoutSim';
import { answerLayoutRequest } from './layoutRequest';

// A smaller network than the shipped one, so the simulation is quick and no precomputed layout could stand in.
const dataset = sampledDataset(5);

describe('the layout worker’s answer', () => {
  it('is exactly the main thread’s layout, for each grouping, from a structured clone of the layout’s input', () => {
    for (const grouping of ['region', 'bloc'] as const) {
      const input = layoutInput(normaliseDataset(dataset), grouping);
      const answer = answerLayoutRequest(structuredClone({ input }));
      expect(answer.ok).toBe(true);
      const here = computeLayout(normaliseDataset(dataset), grouping);
      expect(here.size).toBeGreaterThan(40);
      expect(answer.ok && positionsOf(input, structuredClone(answer.xy))).toEqual(here);
    }
  });

  it('is exactly the main thread’s layout for a network past LARGE nodes (the forces over moving nodes only)', () => {
    const big = syntheticAtlas(raw as unknown as Dataset, 5, 0).dataset;
    const input = layoutInput(normaliseDataset(big));
    const answer = answerLayoutRequest(structuredClone({ input }));
    const here = computeLayout(normaliseDataset(big), 'region');
    expect(here.size).toBeGreaterThanOrEqual(LARGE);
    expect(answer.ok && positionsOf(input, answer.xy)).toEqual(here);
  });

  it('says what went wrong with a malformed request, without throwing', () => {
    const input = layoutInput(normaliseDataset(dataset));
    const answer = answerLayoutRequest({ input: { ...input, clusters: undefined as never } });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/\w/);
  });
});
