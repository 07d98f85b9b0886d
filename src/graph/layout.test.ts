// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { syntheticAtlas } from '../../bench/peers/synthetic';
import type { Dataset } from '../data/schema';
import { testAtlas } from '../data/testAtlas';
import raw from '../../data/atlas.json';
import { groupOf } from './grouping';
import { buildGraph } from './model';
import { computeLayout, layoutOf } from './forceLayout';
import { fillCluster, LARGE, sunflower } from './layoutSim';
import { layoutGraph, layoutKey, serialiseLayout, SPACING, type Point } from './layout';
import { nodeRadius } from './nodeSize';
import shipped from './layout.generated.json';

const atlas = testAtlas();
const rounded = (m: ReadonlyMap<string, Point>) => [...m].map(([id, p]) => `${id}:${p.x.toFixed(1)},${p.y.toFixed(1)}`);
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const mean = (ps: Point[]) => ({ x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length });

describe('computeLayout', () => {
  const a = computeLayout(atlas);
  const countries = layoutGraph(atlas).nodes.filter((n) => n.kind === 'country').map((n) => n.id);
  const centres = (grouping: 'region' | 'bloc', p: ReadonlyMap<string, Point>) => {
    const by = new Map<string, Point[]>();
    for (const id of countries) {
      const g = groupOf(atlas, id, grouping, atlas.asOf);
      by.set(g, [...(by.get(g) ?? []), p.get(id)!]);
    }
    return new Map([...by].map(([g, ps]) => [g, mean(ps)]));
  };

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

  it('groups countries: each is nearer its own group centre than any other (UN groups, and blocs as an option)', () => {
    for (const grouping of ['region', 'bloc'] as const) {
      const p = grouping === 'region' ? a : computeLayout(atlas, grouping);
      const c = centres(grouping, p);
      const stray = countries.filter((id) => {
        const own = c.get(groupOf(atlas, id, grouping, atlas.asOf))!;
        return [...c.values()].some((o) => o !== own && dist(p.get(id)!, o) < dist(p.get(id)!, own));
      });
      expect(stray, grouping).toEqual([]);
    }
  });

  it('keeps countries one spacing apart and hubs off them', () => {
    const pts = [...a.values()];
    let min = Infinity;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) min = Math.min(min, dist(pts[i], pts[j]));
    expect(min).toBeGreaterThan(SPACING * 0.6);
  });

  it('puts a hub between the groups it links: Europol nearer Western and Eastern Europe than Africa', () => {
    const c = centres('region', a);
    const e = a.get('europol')!;
    expect(dist(e, c.get('un-weog')!)).toBeLessThan(dist(e, c.get('un-african')!));
    expect(dist(a.get('malabo')!, c.get('un-african')!)).toBeLessThan(dist(a.get('malabo')!, c.get('un-weog')!));
  });

  it('seats a national body beside its country (the Supreme Prosecutors\' Office of Korea)', () => {
    expect(dist(a.get('spo-kor')!, a.get('KOR')!)).toBeLessThan(SPACING * 3.5);
    expect(dist(a.get('bka')!, a.get('DEU')!)).toBeLessThan(SPACING * 3.5);
  });

  it('ships up to date (else run `npm run graph:layout`)', () => {
    expect(shipped).toEqual(serialiseLayout(layoutKey(atlas), a));
  });

  it('changes key when the inputs change', () => {
    const fewer = { ...atlas, edges: atlas.edges.slice(1) };
    expect(layoutKey(fewer)).not.toBe(layoutKey(atlas));
    expect(layoutKey(atlas, 'bloc')).not.toBe(layoutKey(atlas));
  });

  it('does not mutate the atlas and memoises per atlas and grouping', () => {
    expect(typeof atlas.edges[0].source).toBe('string');
    expect(layoutOf(atlas)).toBe(layoutOf(atlas));
  });
});

describe('computeLayout past LARGE nodes (collision and charge over the moving nodes only)', () => {
  // the bench’s synthetic network, five copies of the real one (~1,150 nodes, ~4,000 links)
  const big = syntheticAtlas(raw as unknown as Dataset, 5, 0);
  const g = layoutGraph(big);
  const p = computeLayout(big);
  const hubs = g.nodes.filter((n) => n.kind !== 'country');

  it('takes the large path, deterministically', () => {
    expect(g.nodes.length).toBeGreaterThanOrEqual(LARGE);
    expect(rounded(computeLayout(big))).toEqual(rounded(p));
  });

  it('places every node at a finite point, the countries one spacing apart', () => {
    for (const n of g.nodes) expect(Number.isFinite(p.get(n.id)?.x) && Number.isFinite(p.get(n.id)?.y), n.id).toBe(true);
    const countries = g.nodes.filter((n) => n.kind === 'country').map((n) => p.get(n.id)!);
    let min = Infinity;
    for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) min = Math.min(min, dist(countries[i], countries[j]));
    expect(min).toBeGreaterThan(SPACING * 0.6);
  });

  it('keeps the hubs apart: no two hubs’ glyphs touch', () => {
    const touching: string[] = [];
    for (let i = 0; i < hubs.length; i++) for (let j = i + 1; j < hubs.length; j++) {
      const [a, b] = [hubs[i], hubs[j]];
      if (dist(p.get(a.id)!, p.get(b.id)!) < nodeRadius(a) + nodeRadius(b)) touching.push(`${a.id}–${b.id}`);
    }
    expect(touching).toEqual([]);
  });
});

describe('clusters', () => {
  it('fills a sunflower with one wedge per sub-group, the most connected outermost', () => {
    const c = { x: 0, y: 0 };
    const slots = sunflower(30, c);
    const members = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, sub: i < 10 ? 0 : 1, degree: i }));
    const p = fillCluster(members, slots, c, 0);
    expect(new Set([...p.values()].map((q) => `${q.x},${q.y}`)).size).toBe(30);
    // within sub-group 1, higher degree never sits nearer the centre
    const r = (id: string) => dist(p.get(id)!, c);
    expect(r('m29')).toBeGreaterThanOrEqual(r('m10'));
    // the wedges do not interleave: the sub-groups' angular ranges are disjoint
    const ang = (id: string) => { const q = p.get(id)!; return ((Math.atan2(q.y, q.x) - Math.PI) % (2 * Math.PI) + 2 * Math.PI) % (2 * Math.PI); };
    const a0 = members.filter((m) => m.sub === 0).map((m) => ang(m.id)), a1 = members.filter((m) => m.sub === 1).map((m) => ang(m.id));
    expect(Math.max(...a0)).toBeLessThanOrEqual(Math.min(...a1));
  });
});
