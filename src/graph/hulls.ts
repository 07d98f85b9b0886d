// Bloc outlines on the network: a soft hull drawn as the union of discs round the members' nodes. Unlike a convex
// hull it never takes in a non-member lying between members (a state before its accession stays outside), because
// each disc is smaller than the distance from any member to any non-member. Pure.
import type { Point, Positions } from './layout';

export interface Disc { x: number; y: number; r: number }

/** The largest radius that keeps every other node outside (at most `max`): 0.9 × the nearest non-member distance. */
export function hullRadius(members: readonly Point[], others: readonly Point[], max: number): number {
  let near = Infinity;
  for (const m of members) for (const o of others) near = Math.min(near, Math.hypot(m.x - o.x, m.y - o.y));
  return Math.min(max, 0.9 * near);
}

/** Discs round the members present in `positions`; everyone else drawn is kept outside. */
export function blocHull(memberIds: ReadonlySet<string>, positions: Positions, drawn: Iterable<string>, max: number): Disc[] {
  const members: Point[] = [], others: Point[] = [];
  for (const id of drawn) {
    const p = positions.get(id);
    if (p) (memberIds.has(id) ? members : others).push(p);
  }
  const r = hullRadius(members, others, max);
  return members.map((p) => ({ x: p.x, y: p.y, r }));
}

/** Whether a point lies inside the outline. */
export const insideHull = (p: Point, discs: readonly Disc[]) => discs.some((d) => Math.hypot(p.x - d.x, p.y - d.y) < d.r);

/** One SVG path of all the discs (filled nonzero, so overlaps read as one shape). */
export function discsPath(discs: readonly Disc[], grow = 0): string {
  return discs.map(({ x, y, r }) => {
    const R = r + grow;
    return `M${(x - R).toFixed(1)},${y.toFixed(1)}a${R.toFixed(1)},${R.toFixed(1)} 0 1,0 ${(2 * R).toFixed(1)},0a${R.toFixed(1)},${R.toFixed(1)} 0 1,0 ${(-2 * R).toFixed(1)},0`;
  }).join('');
}
