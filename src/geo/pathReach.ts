// Whether a map shape is drawn inside a window (a zoomed map slide counts the States it shows). A shape's bounding
// box is not enough: France's reaches from French Guiana to Europe, Norway's to Svalbard, so a window on the Atlantic
// between them would count both.

/** An axis-aligned rectangle in map units. */
export interface Window { x0: number; y0: number; x1: number; y1: number }

/** The rings of a path of absolute M, L and Z commands with "x,y" pairs (how the map's shapes are written). */
function ringsOf(d: string): number[][] {
  const rings: number[][] = [];
  let ring: number[] | null = null;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') { ring = null; continue; }
    if (cmd === 'M' || !ring) rings.push((ring = []));
    for (const v of args.split(/[ ,]+/)) if (v) ring.push(Number(v));
  }
  return rings;
}

/** Liang–Barsky: whether the segment (ax, ay)–(bx, by) has a point inside `w`. */
function segmentMeets(ax: number, ay: number, bx: number, by: number, w: Window): boolean {
  let lo = 0, hi = 1;
  const dx = bx - ax, dy = by - ay;
  for (const [p, q] of [[-dx, ax - w.x0], [dx, w.x1 - ax], [-dy, ay - w.y0], [dy, w.y1 - ay]]) {
    if (p === 0) { if (q < 0) return false; continue; }
    const r = q / p;
    if (p < 0) { if (r > hi) return false; if (r > lo) lo = r; } else { if (r < lo) return false; if (r < hi) hi = r; }
  }
  return lo <= hi;
}

/** Even-odd rule over every ring: whether (x, y) is inside the shape. */
function contains(rings: number[][], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [r[i], r[i + 1], r[j], r[j + 1]];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether any part of the shape `d` is inside `w`: a side (closing sides too) crossing or inside it, or `w` wholly
 *  inside the shape. */
export function pathReaches(d: string, w: Window): boolean {
  const rings = ringsOf(d);
  for (const r of rings)
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2)
      if (segmentMeets(r[j], r[j + 1], r[i], r[i + 1], w)) return true;
  return contains(rings, (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2);
}
