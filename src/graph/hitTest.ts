// Which node is under a point of the network: the canvas has no elements to hit, and a pointer a few pixels off a
// small glyph should still find its node. A uniform grid over the node positions, nearest within the radius; a drag
// moves one entry. Pure. (It was d3-quadtree: the same answers, brute force being the test's oracle, in a few lines
// of our own, so the first script no longer carries that module, ~2 KB gzip.)
import type { Point } from './layout';

export interface NodeIndex {
  /** the nearest node within `radius` (layout units) of (x, y), else null */
  find: (x: number, y: number, radius: number) => string | null;
  /** moves one node (a drag), without rebuilding the index */
  move: (id: string, p: Point) => void;
}

/** a cell's side in layout units: a hit radius is a few cells at most (8 px at the network's widest zoom, 0.2×) */
const CELL = 32;
const cellOf = (v: number) => Math.floor(v / CELL);
/** a number, not a string: ten times the network's 2,543 nodes were ~20 ms of string keys (unique while |j| < 2^19
 *  cells, 16 million layout units) */
const keyOf = (i: number, j: number) => i * 1048576 + j;

/** Built at the first question, not with the picture: a new layout (the ten-times network's first paint) does not
 *  wait for it. */
export function nodeIndex(positions: Iterable<[string, Point]>): NodeIndex {
  let built = false;
  const at = new Map<string, Point>();
  const cells = new Map<number, Set<string>>();
  const build = () => {
    built = true;
    for (const [id, p] of positions) put(id, p);
  };
  const put = (id: string, p: Point) => {
    at.set(id, { x: p.x, y: p.y });
    const k = keyOf(cellOf(p.x), cellOf(p.y));
    let cell = cells.get(k);
    if (!cell) cells.set(k, (cell = new Set()));
    cell.add(id);
  };
  return {
    find(x, y, radius) {
      if (!built) build();
      let best: string | null = null, bestD = radius;
      for (let i = cellOf(x - radius); i <= cellOf(x + radius); i++)
        for (let j = cellOf(y - radius); j <= cellOf(y + radius); j++)
          for (const id of cells.get(keyOf(i, j)) ?? []) {
            const p = at.get(id)!;
            const d = Math.hypot(p.x - x, p.y - y);
            if (d <= bestD) { bestD = d; best = id; }
          }
      return best;
    },
    move(id, p) {
      if (!built) build();
      const old = at.get(id);
      if (!old) return;
      cells.get(keyOf(cellOf(old.x), cellOf(old.y)))?.delete(id);
      put(id, p);
    },
  };
}
