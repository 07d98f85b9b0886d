// Keyboard moves between neighbours: an arrow picks the neighbour lying most nearly in that direction.
import type { Point } from './layout';

export type Direction = 'up' | 'down' | 'left' | 'right';
const VECTORS: Record<Direction, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/** The candidate within 90° of the direction that is best aligned and nearest; null when there is none. */
export function stepToward(from: Point, dir: Direction, candidates: readonly { id: string; p: Point }[]): string | null {
  const v = VECTORS[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.p.x - from.x;
    const dy = c.p.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * v.x + dy * v.y) / dist;
    if (cos <= 0.0001) continue;
    const score = dist / (cos * cos);
    if (score < bestScore) { bestScore = score; best = c.id; }
  }
  return best;
}
