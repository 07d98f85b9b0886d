// Arrow-key navigation: the neighbour "in that direction" is, first, a bordering (or very near) country inside a
// 120° cone, so Down from the United States is Mexico, not Belize; failing that the nearest mark in the cone,
// then anything on that side. Sideways distance counts double.
import type { Point } from './paths';

export type Direction = 'up' | 'down' | 'left' | 'right';
export const DIRECTIONS: readonly Direction[] = ['up', 'down', 'left', 'right'];
const VECTORS: Record<Direction, Point> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

export interface NavPoint {
  id: string;
  at: Point;
}

export type NeighbourTable = Map<string, Partial<Record<Direction, string>>>;

function best(points: readonly NavPoint[], from: NavPoint, dir: Direction, cone: number, only?: (p: NavPoint) => boolean): string | undefined {
  const [vx, vy] = VECTORS[dir];
  let bestId: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id || (only && !only(p))) continue;
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

const CONE = Math.tan(Math.PI / 3);

/**
 * For each mark and direction, the mark the arrow key moves to (none at the map's edge).
 * `borders`: ids sharing a land border; `near`: distance (map units) within which any mark counts as bordering;
 * `far`: beyond it a shared border does not count.
 */
export function neighbourTable(points: readonly NavPoint[], borders = new Map<string, Set<string>>(), near = 16, far = 90): NeighbourTable {
  const table: NeighbourTable = new Map();
  for (const p of points) {
    const row: Partial<Record<Direction, string>> = {};
    // a border between far-apart centres is an overseas part (French Guiana makes France border Brazil): ignore it
    const adjacent = (q: NavPoint) => {
      const d = Math.hypot(q.at[0] - p.at[0], q.at[1] - p.at[1]);
      return d <= near || (d <= far && !!borders.get(p.id)?.has(q.id));
    };
    for (const dir of DIRECTIONS) {
      const id = best(points, p, dir, CONE, adjacent) ?? best(points, p, dir, CONE) ?? best(points, p, dir, Infinity);
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
