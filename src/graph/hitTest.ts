// Which node is under a point of the network, by a quadtree over the node positions (d3-quadtree): the canvas has
// no elements to hit, and a pointer a few pixels off a small glyph should still find its node. Pure.
import { quadtree, type Quadtree } from 'd3';
import type { Point } from './layout';

export interface NodeIndex {
  /** the nearest node within `radius` (layout units) of (x, y), else null */
  find: (x: number, y: number, radius: number) => string | null;
  /** moves one node (a drag), without rebuilding the tree */
  move: (id: string, p: Point) => void;
}

type Entry = { id: string; x: number; y: number };

export function nodeIndex(positions: Iterable<[string, Point]>): NodeIndex {
  const byId = new Map<string, Entry>();
  for (const [id, p] of positions) byId.set(id, { id, x: p.x, y: p.y });
  const tree: Quadtree<Entry> = quadtree<Entry>().x((e) => e.x).y((e) => e.y).addAll([...byId.values()]);
  return {
    find: (x, y, radius) => tree.find(x, y, radius)?.id ?? null,
    move(id, p) {
      const e = byId.get(id);
      if (!e) return;
      tree.remove(e);
      e.x = p.x; e.y = p.y;
      tree.add(e);
    },
  };
}
