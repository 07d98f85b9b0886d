// Arrow-key navigation: the neighbour "in that direction" is the nearest mark inside a 120° cone, where
// sideways distance counts double so that Right from Spain goes to France rather than to Morocco.
import type { Point } from './paths';

export type Direction = 'up' | 'down' | 'left' | 'right';
export const DIRECTIONS: readonly Direction[] = ['up', 'down', 'left', 'right'];
const VECTORS: Record<Direction, Point> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

export interface NavPoint {
  id: string;
  at: Point;
}

export type NeighbourTable = Map<string, Partial<Record<Direction, string>>>;

function best(points: readonly NavPoint[], from: NavPoint, dir: Direction, cone: number): string | undefined {
  const [vx, vy] = VECTORS[dir];
  let bestId: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.at[0] - from.at[0];
    const dy = p.at[1] - from.at[1];
    const along = dx * vx + dy * vy;
    const side = Math.abs(dx * vy - dy * vx);
    if (along <= 0 || side > along * cone) continue;
    const score = along + 2 * side;
    if (score < bestScore || (score === bestScore && p.id < bestId!)) { bestScore = score; bestId = p.id; }
  }
  return bestId;
}

/** For each mark and direction, the mark the arrow key moves to (none at the map's edge). */
export function neighbourTable(points: readonly NavPoint[]): NeighbourTable {
  const table: NeighbourTable = new Map();
  for (const p of points) {
    const row: Partial<Record<Direction, string>> = {};
    for (const dir of DIRECTIONS) {
      // the cone first; failing that, anything on that side (so edges of archipelagos still lead somewhere)
      const id = best(points, p, dir, Math.tan(Math.PI / 3)) ?? best(points, p, dir, Infinity);
      if (id) row[dir] = id;
    }
    table.set(p.id, row);
  }
  return table;
}

/** Every id reachable from `start` by arrow keys alone. */
export function reachableFrom(table: NeighbourTable, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const next of Object.values(table.get(queue.shift()!) ?? {})) {
      if (!seen.has(next)) { seen.add(next); queue.push(next); }
    }
  }
  return seen;
}
