// Fixed-size markers for states too small for the 110m base map. Markers that would overlap are pushed apart
// (deterministically) so each stays visible and clickable at world scale; `anchor` keeps the true location.
import type { GeoProjection } from 'd3';
import type { Point } from './paths';

export interface MarkerInput {
  id: string;
  lonLat: [number, number];
}

export interface PlacedMarker {
  id: string;
  anchor: Point;
  at: Point;
}

/** Where a marker is drawn under zoom {k,x,y}: its anchor zooms, its nudge stays the same size on screen. */
export function markerOnScreen(m: PlacedMarker, t: { k: number; x: number; y: number }): Point {
  return [t.k * m.anchor[0] + t.x + m.at[0] - m.anchor[0], t.k * m.anchor[1] + t.y + m.at[1] - m.anchor[1]];
}

/** `obstacles`: fixed points (label points of tiny shapes) that markers move off, so those shapes stay clickable. */
export function placeMarkers(
  inputs: readonly MarkerInput[], projection: GeoProjection, radius: number, gap = 1, obstacles: readonly Point[] = [],
): PlacedMarker[] {
  const marks = [...inputs]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, lonLat }) => {
      const p = projection(lonLat) ?? [0, 0];
      return { id, anchor: [p[0], p[1]] as Point, at: [p[0], p[1]] as Point };
    });
  const min = 2 * radius + gap;
  for (let iter = 0; iter < 500; iter++) {
    let moved = false;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i].at;
        const b = marks[j].at;
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let d = Math.hypot(dx, dy);
        if (d >= min - 1e-6) continue;
        if (d < 1e-9) { dx = Math.cos(i + j); dy = Math.sin(i + j); d = 1; }
        const push = (min - d) / 2 + 1e-3;
        a[0] -= (dx / d) * push; a[1] -= (dy / d) * push;
        b[0] += (dx / d) * push; b[1] += (dy / d) * push;
        moved = true;
      }
      for (const o of obstacles) {
        const a = marks[i].at;
        const dx = a[0] - o[0];
        const dy = a[1] - o[1];
        const d = Math.hypot(dx, dy);
        if (d >= radius + 2 * gap) continue;
        const push = radius + 2 * gap - d + 1e-3;
        a[0] += d ? (dx / d) * push : push; a[1] += d ? (dy / d) * push : 0;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return marks;
}
