// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forceSimulation, type SimulationNodeDatum } from 'd3';
import { bucket, cellSpan, forceChargeMoving, forceCollideMoving, type Grid } from './movingForces';

/** Every point in the cells `cellSpan` names, cell by cell, as the forces walk them. */
function near(g: Grid, x: number, y: number, reach: number, f: (i: number) => void) {
  const span = new Float64Array(4);
  cellSpan(g, x, y, reach, span);
  for (let r = span[2]; r <= span[3]; r++)
    for (let c = span[0]; c <= span[1]; c++)
      for (let k = g.start[r * g.cols + c]; k < g.start[r * g.cols + c + 1]; k++) f(g.order[k]);
}

interface N extends SimulationNodeDatum { id: number; r: number }

/** A seeded generator (the same LCG as the bench's synthetic network), so each case is reproducible. */
const lcg = (seed: number) => () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

/** `fixed` nodes on a jittered grid `gap` apart (like the countries' slots), `moving` nodes dropped among them. */
function scene(seed: number, fixed: number, moving: number, gap = 24): N[] {
  const rand = lcg(seed);
  const side = Math.ceil(Math.sqrt(fixed));
  const nodes: N[] = [];
  for (let i = 0; i < fixed; i++) {
    const x = (i % side) * gap + rand() * 2, y = Math.floor(i / side) * gap + rand() * 2;
    nodes.push({ id: i, r: 8, x, y, fx: x, fy: y });
  }
  for (let i = 0; i < moving; i++) nodes.push({ id: fixed + i, r: 12 + rand() * 8, x: rand() * side * gap, y: rand() * side * gap });
  return nodes;
}

describe('bucket / cellSpan', () => {
  it('visits, once each, every point within reach (brute force as the oracle)', () => {
    const rand = lcg(7);
    const xs = Array.from({ length: 500 }, () => rand() * 800 - 400), ys = Array.from({ length: 500 }, () => rand() * 600);
    const g = bucket(xs, ys, 37);
    for (let q = 0; q < 200; q++) {
      const x = rand() * 1000 - 500, y = rand() * 800 - 100, reach = rand() * 120;
      const seen: number[] = [];
      near(g, x, y, reach, (i) => seen.push(i));
      expect(new Set(seen).size).toBe(seen.length);
      const got = new Set(seen);
      const missed = xs.map((_, i) => i).filter((i) => Math.abs(xs[i] - x) <= reach && Math.abs(ys[i] - y) <= reach && !got.has(i));
      expect(missed).toEqual([]);
    }
  });

  it('handles no points and coincident points', () => {
    const seen: number[] = [];
    near(bucket([], [], 10), 0, 0, 100, (i) => seen.push(i));
    expect(seen).toEqual([]);
    near(bucket([5, 5, 5], [5, 5, 5], 10), 0, 0, 10, (i) => seen.push(i));
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('forceChargeMoving', () => {
  it('gives each moving node the exact sum of d3’s 1/distance pushes from every node within distanceMax, and fixed nodes nothing', () => {
    const nodes = scene(3, 400, 60);
    for (const n of nodes) n.vx = n.vy = 0;
    const charge = forceChargeMoving<N>(-120, 160);
    charge.initialize(nodes, lcg(1));
    charge(0.5);
    const at = (n: N) => [n.fx ?? n.x!, n.fy ?? n.y!];
    for (const n of nodes) {
      if (n.fx != null) { expect([n.vx, n.vy]).toEqual([0, 0]); continue; }
      let vx = 0, vy = 0;
      for (const o of nodes) {
        if (o === n) continue;
        const [ox, oy] = at(o);
        const x = ox - n.x!, y = oy - n.y!, l = x * x + y * y;
        if (l >= 160 * 160) continue;
        vx += (x * -120 * 0.5) / Math.max(l, Math.sqrt(l));
        vy += (y * -120 * 0.5) / Math.max(l, Math.sqrt(l));
      }
      expect(n.vx).toBeCloseTo(vx, 9);
      expect(n.vy).toBeCloseTo(vy, 9);
    }
  });
});

describe('forceCollideMoving', () => {
  const overlaps = (nodes: readonly N[], slack: number) => {
    const out: string[] = [];
    for (const a of nodes) for (const b of nodes) {
      if (a.id >= b.id || (a.fx != null && b.fx != null)) continue;
      const d = Math.hypot(a.x! - b.x!, a.y! - b.y!);
      const need = a.r + b.r;
      if (d < need - slack) out.push(`${a.id}-${b.id}: ${d.toFixed(1)} < ${need.toFixed(1)}`);
    }
    return out;
  };

  it('separates moving nodes from each other and keeps them off fixed ones (several random scenes)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      // fixed nodes far enough apart that a moving one fits between them
      const nodes = scene(seed, 300, 40, 60);
      const before = overlaps(nodes, 0.5).length;
      forceSimulation<N>(nodes).force('collide', forceCollideMoving<N>((n) => n.r, 3)).stop().tick(200);
      expect(before, `seed ${seed}: the scene starts overlapped`).toBeGreaterThan(10);
      expect(overlaps(nodes, 0.5), `seed ${seed}`).toEqual([]);
    }
  });

  it('never moves a fixed node, and is deterministic', () => {
    const run = () => {
      const nodes = scene(9, 200, 30);
      forceSimulation<N>(nodes).force('collide', forceCollideMoving<N>((n) => n.r, 3)).force('charge', forceChargeMoving<N>(-120, 160)).stop().tick(60);
      return nodes;
    };
    const a = run(), b = run();
    for (const n of a) if (n.fx != null) expect([n.x, n.y]).toEqual([n.fx, n.fy]);
    expect(a.map((n) => [n.x, n.y])).toEqual(b.map((n) => [n.x, n.y]));
  });
});
