// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseDataset } from '../data/atlas';
import { syntheticAtlas } from '../../bench/peers/synthetic';
import raw from '../../data/atlas.json';
import type { Dataset } from '../data/schema';
import { sampledDataset } from '../data/testAtlas';
import { computeLayout } from './forceLayout';
import { serialiseLayout } from './layout';
import { layoutInput } from './layoutInput';
import { LARGE } from './layoutSim';
import { answerLayoutRequest } from './layoutRequest';

// A smaller network than the shipped one, so the simulation is quick and no precomputed layout could stand in.
const dataset = sampledDataset(5);

describe('the layout worker’s answer', () => {
  it('is exactly the main thread’s layout, for each grouping, from a structured clone of the layout’s input', () => {
    for (const grouping of ['region', 'bloc'] as const) {
      const answer = answerLayoutRequest(structuredClone({ input: layoutInput(normaliseDataset(dataset), grouping), grouping }));
      expect(answer.ok).toBe(true);
      const here = serialiseLayout(grouping, computeLayout(normaliseDataset(dataset), grouping));
      expect(Object.keys(here.positions).length).toBeGreaterThan(40);
      expect(answer.ok && answer.layout).toEqual(here);
    }
  });

  it('is exactly the main thread’s layout for a network past LARGE nodes (the forces over moving nodes only)', () => {
    const big = syntheticAtlas(raw as unknown as Dataset, 5, 0).dataset;
    const answer = answerLayoutRequest(structuredClone({ input: layoutInput(normaliseDataset(big)), grouping: 'region' }));
    const here = serialiseLayout('region', computeLayout(normaliseDataset(big), 'region'));
    expect(Object.keys(here.positions).length).toBeGreaterThanOrEqual(LARGE);
    expect(answer.ok && answer.layout).toEqual(here);
  });

  it('says what went wrong with a malformed request, without throwing', () => {
    const input = layoutInput(normaliseDataset(dataset));
    const answer = answerLayoutRequest({ input: { ...input, clusters: undefined as never }, grouping: 'region' });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/\w/);
  });
});
