// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeIndex } from './hitTest';

// an independent oracle: the nearest point by brute force
const nearest = (pts: Map<string, { x: number; y: number }>, x: number, y: number, r: number) => {
  let best: string | null = null, d = r;
  for (const [id, p] of pts) { const dd = Math.hypot(p.x - x, p.y - y); if (dd <= d) { d = dd; best = id; } }
  return best;
};

describe('node hit-testing', () => {
  it('finds the nearest node within the radius, as a brute-force search does', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pts = new Map(Array.from({ length: 300 }, (_, i) => [`n${i}`, { x: rnd() * 500, y: rnd() * 500 }] as const));
    const index = nodeIndex(pts);
    for (let i = 0; i < 500; i++) {
      const x = rnd() * 520 - 10, y = rnd() * 520 - 10, r = 2 + rnd() * 20;
      expect(index.find(x, y, r)).toBe(nearest(pts, x, y, r));
    }
  });

  it('follows a dragged node without a rebuild', () => {
    const pts = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }]]);
    const index = nodeIndex(pts);
    expect(index.find(50, 50, 10)).toBeNull();
    index.move('a', { x: 50, y: 48 });
    expect(index.find(50, 50, 10)).toBe('a');
    expect(index.find(0, 0, 10)).toBeNull();
  });
});

describe('node hit-testing across cells', () => {
  it('agrees with brute force for radii from a fraction of a cell to many cells, negative coordinates, and after moves', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pts = new Map<string, { x: number; y: number }>(Array.from({ length: 400 }, (_, i) => [`n${i}`, { x: rnd() * 1200 - 600, y: rnd() * 800 - 400 }]));
    const index = nodeIndex(pts);
    for (let i = 0; i < 100; i++) {
      const id = `n${Math.floor(rnd() * 400)}`, p = { x: rnd() * 1200 - 600, y: rnd() * 800 - 400 };
      pts.set(id, p);
      index.move(id, p);
    }
    for (let i = 0; i < 800; i++) {
      const x = rnd() * 1300 - 650, y = rnd() * 900 - 450, r = 0.5 + rnd() * rnd() * 200;
      expect(index.find(x, y, r)).toBe(nearest(pts, x, y, r));
    }
  });
});
