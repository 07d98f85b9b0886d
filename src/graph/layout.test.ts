import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { buildGraph } from './model';
import { computeLayout, layoutGraph, layoutKey, layoutOf, serialiseLayout } from './layout';
import shipped from './layout.generated.json';

const atlas = testAtlas();
const rounded = (m: ReadonlyMap<string, { x: number; y: number }>) => [...m].map(([id, p]) => `${id}:${p.x.toFixed(1)},${p.y.toFixed(1)}`);

describe('computeLayout', () => {
  const a = computeLayout(atlas);

  it('is deterministic', () => {
    expect(rounded(computeLayout(atlas))).toEqual(rounded(a));
  });

  it('places every node of every date at a finite point', () => {
    for (const n of layoutGraph(atlas).nodes) {
      const p = a.get(n.id);
      expect(p, n.id).toBeDefined();
      expect(Number.isFinite(p!.x) && Number.isFinite(p!.y), n.id).toBe(true);
    }
    for (const t of ['2002-01-01', '2015-06-30']) for (const n of buildGraph(atlas, t).nodes) expect(a.has(n.id), `${n.id} at ${t}`).toBe(true);
  });

  it('keeps the hubs apart', () => {
    const hubs = ['budapest', 'un-convention', 'europol', 'eurojust', 'interpol', 'untoc'].map((id) => a.get(id)!);
    for (let i = 0; i < hubs.length; i++)
      for (let j = i + 1; j < hubs.length; j++) expect(Math.hypot(hubs[i].x - hubs[j].x, hubs[i].y - hubs[j].y)).toBeGreaterThan(30);
  });

  it('ships up to date (else run `npm run graph:layout`)', () => {
    expect(shipped).toEqual(serialiseLayout(layoutKey(atlas), a));
  });

  it('changes key when the inputs change', () => {
    const fewer = { ...atlas, edges: atlas.edges.slice(1) };
    expect(layoutKey(fewer)).not.toBe(layoutKey(atlas));
  });

  it('does not mutate the atlas and memoises per atlas', () => {
    expect(typeof atlas.edges[0].source).toBe('string');
    expect(layoutOf(atlas)).toBe(layoutOf(atlas));
  });
});
