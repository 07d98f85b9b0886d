// Collision and charge for a simulation in which most nodes are fixed (the grouped layout fixes every country and
// lets only the hubs settle). d3's forceCollide and forceManyBody act on every node: each tick they rebuild a
// quadtree of all nodes and walk it once per node, fixed or not, although a fixed node's velocity is thrown away at
// the end of the tick. At ten times the network that is 2,200 fixed countries walked four times a tick for ~330
// hubs that move. Here only the moving nodes feel the forces: the fixed nodes sit in a grid built once (they never
// move), the moving ones in a grid rebuilt when they have moved, and each moving node looks only at the cells within
// reach. The sums are exact over that reach (no Barnes–Hut approximation), the pushes d3's: charge ∝ 1/distance up
// to `distanceMax`; an overlap shared by area (a hub yields little to a country; a fixed node's share, which d3 would
// throw away, is dropped). Deterministic: the only randomness (separating coincident points) comes from the
// simulation's seeded source.
import type { SimulationNodeDatum } from 'd3';

type Node = SimulationNodeDatum;
type Random = () => number;

const isFixed = (n: Node) => n.fx != null && n.fy != null;
const jiggle = (random: Random) => (random() - 0.5) * 1e-6;

/** Points bucketed in square cells: the points of cell c are `order[start[c]]` … `order[start[c + 1] - 1]`, in
 *  their input order. */
export interface Grid { x0: number; y0: number; size: number; cols: number; rows: number; start: Int32Array; order: Int32Array }

export function bucket(xs: ArrayLike<number>, ys: ArrayLike<number>, size: number): Grid {
  const n = xs.length;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) { x0 = Math.min(x0, xs[i]); y0 = Math.min(y0, ys[i]); x1 = Math.max(x1, xs[i]); y1 = Math.max(y1, ys[i]); }
  if (!n) x0 = y0 = x1 = y1 = 0;
  const cols = Math.floor((x1 - x0) / size) + 1, rows = Math.floor((y1 - y0) / size) + 1;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) start[(cellOf[i] = Math.floor((ys[i] - y0) / size) * cols + Math.floor((xs[i] - x0) / size)) + 1]++;
  for (let c = 0; c < cols * rows; c++) start[c + 1] += start[c];
  const fill = start.slice(0, -1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[cellOf[i]]++] = i;
  return { x0, y0, size, cols, rows, start, order };
}

/** The cells that meet the square of half-side `reach` round (x, y), written into `span`: columns span[0] … span[1],
 *  rows span[2] … span[3]. The forces walk those cells inline (cell by cell, each cell's points in order), with no
 *  callback per point: at ten times the network these walks are most of the layout's time. */
export function cellSpan(g: Grid, x: number, y: number, reach: number, span: Float64Array): void {
  span[0] = Math.max(0, Math.floor((x - reach - g.x0) / g.size));
  span[1] = Math.min(g.cols - 1, Math.floor((x + reach - g.x0) / g.size));
  span[2] = Math.max(0, Math.floor((y - reach - g.y0) / g.size));
  span[3] = Math.min(g.rows - 1, Math.floor((y + reach - g.y0) / g.size));
}

interface Split<N> { moving: N[]; fixed: N[]; fxs: Float64Array; fys: Float64Array }
function split<N extends Node>(nodes: N[]): Split<N> {
  const moving = nodes.filter((n) => !isFixed(n)), fixed = nodes.filter(isFixed);
  return { moving, fixed, fxs: Float64Array.from(fixed, (n) => n.fx!), fys: Float64Array.from(fixed, (n) => n.fy!) };
}

/** Keeps moving nodes apart from each other and off fixed nodes (d3's forceCollide, strength 1). */
export function forceCollideMoving<N extends Node>(radius: (n: N) => number, iterations = 1) {
  let s: Split<N> = split<N>([]);
  let rMoving = new Float64Array(0), rFixed = new Float64Array(0);
  let maxMoving = 0, maxFixed = 0;
  let fixedGrid = bucket([], [], 1);
  let random: Random = Math.random;
  const span = new Float64Array(4);

  function force() {
    const { moving, fixed, fxs, fys } = s;
    const m = moving.length;
    const xs = new Float64Array(m), ys = new Float64Array(m);
    for (let k = 0; k < iterations; k++) {
      for (let a = 0; a < m; a++) { xs[a] = moving[a].x! + moving[a].vx!; ys[a] = moving[a].y! + moving[a].vy!; }
      const grid = bucket(xs, ys, Math.max(1, 2 * maxMoving));
      for (let a = 0; a < m; a++) {
        const node = moving[a], ri = rMoving[a], ri2 = ri * ri;
        const xi0 = node.x! + node.vx!, yi0 = node.y! + node.vy!;
        // the node's velocity summed in locals (the same additions in the same order as on the node)
        let vx = node.vx!, vy = node.vy!;
        // each pair of moving nodes once (from the earlier one), sharing the push by area
        cellSpan(grid, xs[a], ys[a], ri + maxMoving, span);
        for (let r = span[2]; r <= span[3]; r++)
          for (let c = span[0]; c <= span[1]; c++)
            for (let k2 = grid.start[r * grid.cols + c], end = grid.start[r * grid.cols + c + 1]; k2 < end; k2++) {
              const b = grid.order[k2];
              if (b <= a) continue;
              const other = moving[b], rj = rMoving[b], rr = ri + rj;
              let x = xi0 - other.x! - other.vx!, y = yi0 - other.y! - other.vy!, l = x * x + y * y;
              if (l >= rr * rr) continue;
              if (x === 0) { x = jiggle(random); l += x * x; }
              if (y === 0) { y = jiggle(random); l += y * y; }
              l = Math.sqrt(l);
              l = (rr - l) / l;
              const share = (rj * rj) / (ri2 + rj * rj);
              vx += x * l * share; vy += y * l * share;
              other.vx! -= x * l * (1 - share); other.vy! -= y * l * (1 - share);
            }
        node.vx = vx;
        node.vy = vy;
        if (!fixed.length) continue;
        let xi = node.x! + vx, yi = node.y! + vy;
        cellSpan(fixedGrid, xi, yi, ri + maxFixed, span);
        for (let r = span[2]; r <= span[3]; r++)
          for (let c = span[0]; c <= span[1]; c++)
            for (let k2 = fixedGrid.start[r * fixedGrid.cols + c], end = fixedGrid.start[r * fixedGrid.cols + c + 1]; k2 < end; k2++) {
              const j = fixedGrid.order[k2];
              const rj = rFixed[j], rr = ri + rj;
              let x = xi - fxs[j], y = yi - fys[j], l = x * x + y * y;
              if (l >= rr * rr) continue;
              if (x === 0) { x = jiggle(random); l += x * x; }
              if (y === 0) { y = jiggle(random); l += y * y; }
              l = Math.sqrt(l);
              l = ((rr - l) / l) * ((rj * rj) / (ri2 + rj * rj));
              vx += x * l; vy += y * l;
              xi += x * l; yi += y * l;
            }
        node.vx = vx;
        node.vy = vy;
      }
    }
  }
  force.initialize = (nodes: N[], rand: Random) => {
    random = rand;
    s = split(nodes);
    rMoving = Float64Array.from(s.moving, radius);
    rFixed = Float64Array.from(s.fixed, radius);
    maxMoving = Math.max(0, ...rMoving);
    maxFixed = Math.max(0, ...rFixed);
    fixedGrid = bucket(s.fxs, s.fys, Math.max(1, 2 * maxFixed));
  };
  return force;
}

/** d3's forceManyBody with one strength for every node and a `distanceMax`, felt by moving nodes only, summed
 *  exactly over the nodes within `distanceMax`. */
export function forceChargeMoving<N extends Node>(strength: number, distanceMax: number) {
  let s: Split<N> = split<N>([]);
  let fixedGrid = bucket([], [], 1);
  let random: Random = Math.random;
  const max2 = distanceMax * distanceMax;
  const span = new Float64Array(4);

  // the velocity summed in locals: the same additions in the same order as on the node
  function force(alpha: number) {
    const { moving, fxs, fys } = s;
    const m = moving.length;
    const xs = Float64Array.from(moving, (n) => n.x!), ys = Float64Array.from(moving, (n) => n.y!);
    const grid = bucket(xs, ys, distanceMax);
    const w = strength * alpha;
    for (let a = 0; a < m; a++) {
      const node = moving[a], xa = xs[a], ya = ys[a];
      let vx = node.vx!, vy = node.vy!;
      for (let pass = 0; pass < 2; pass++) {
        const g = pass ? fixedGrid : grid, px = pass ? fxs : xs, py = pass ? fys : ys;
        cellSpan(g, xa, ya, distanceMax, span);
        for (let r = span[2]; r <= span[3]; r++)
          for (let c = span[0]; c <= span[1]; c++) {
            const cell = r * g.cols + c;
            for (let k = g.start[cell], end = g.start[cell + 1]; k < end; k++) {
              const b = g.order[k];
              if (!pass && b === a) continue;
              let x = px[b] - xa, y = py[b] - ya, l = x * x + y * y;
              if (l >= max2) continue;
              if (x === 0) { x = jiggle(random); l += x * x; }
              if (y === 0) { y = jiggle(random); l += y * y; }
              if (l < 1) l = Math.sqrt(l);
              vx += (x * w) / l;
              vy += (y * w) / l;
            }
          }
      }
      node.vx = vx;
      node.vy = vy;
    }
  }
  force.initialize = (nodes: N[], rand: Random) => {
    random = rand;
    s = split(nodes);
    fixedGrid = bucket(s.fxs, s.fys, distanceMax / 2);
  };
  return force;
}
