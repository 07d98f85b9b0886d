// What the build proved about the core it shipped (scripts/vite-packed-dataset.ts), kept for the atlas the page made
// from exactly that core (data/openDataset.ts, once the digest matches): the key of that atlas's network layout, so
// that the first paint takes the shipped layout without building the layout graph and hashing it again
// (graph/layout.ts readyLayout; ~5–10 ms of the first render). Any other atlas has no entry and is keyed as before.
import type { Atlas } from './atlas';

export interface ProvenFacts {
  /** graph/layout.ts layoutKey(atlas, 'region'), computed by the build on the normalised core */
  layoutKey: string;
}

const proven = new WeakMap<Atlas, ProvenFacts>();

export const rememberProven = (atlas: Atlas, facts: ProvenFacts): void => { proven.set(atlas, facts); };
export const provenFacts = (atlas: Atlas): ProvenFacts | undefined => proven.get(atlas);
