// Map zoom as a plain transform {k, x, y} (screen = k·p + [x, y]); serialised as "k,x,y" for the URL.
import type { GeoProjection } from 'd3';

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;

export function parseZoom(text: string | null): ZoomTransform | null {
  if (!text) return null;
  const [k, x, y] = text.split(',').map(Number);
  if (![k, x, y].every(Number.isFinite) || k < MIN_ZOOM || k > MAX_ZOOM) return null;
  return { k, x, y };
}

/**
 * The nearest transform the map can show in a width × height viewport: scale within [MIN_ZOOM, MAX_ZOOM], and the
 * map covering the whole viewport (d3-zoom's translateExtent of the map's own box), so a link can never point at
 * empty space or at numbers too large for the DOM. Null when a part is not a number at all.
 */
export function clampZoom(t: ZoomTransform, width: number, height: number): ZoomTransform | null {
  if (![t.k, t.x, t.y].every(Number.isFinite)) return null;
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k));
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - k), v));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** null for the whole world, so the default view adds nothing to the URL. */
export function formatZoom(t: ZoomTransform): string | null {
  const k = round(t.k, 3);
  const x = round(t.x, 1);
  const y = round(t.y, 1);
  if (k === 1 && Math.abs(x) < 0.5 && Math.abs(y) < 0.5) return null;
  return `${k},${x},${y}`;
}

/** Whether map point p lies outside the viewport under transform t. */
export function isOffscreen(t: ZoomTransform, p: [number, number], width: number, height: number): boolean {
  const x = t.k * p[0] + t.x;
  const y = t.k * p[1] + t.y;
  return x < 0 || y < 0 || x > width || y > height;
}

export interface RegionPreset {
  id: string;
  label: string;
  /** [[west, south], [east, north]] in degrees */
  box: [[number, number], [number, number]];
}

export const REGION_PRESETS: readonly RegionPreset[] = [
  { id: 'europe', label: 'Europe', box: [[-25, 34], [45, 71]] },
  { id: 'africa', label: 'Africa', box: [[-19, -36], [53, 38]] },
  { id: 'americas', label: 'Americas', box: [[-170, -56], [-30, 72]] },
  { id: 'asia-pacific', label: 'Asia-Pacific', box: [[25, -48], [180, 56]] },
];

/** The transform that fits a lon/lat box into the viewport (edges sampled: projected boxes are not rectangles). */
export function fitBox(projection: GeoProjection, box: RegionPreset['box'], width: number, height: number, pad = 0.04): ZoomTransform {
  const [[w, s], [e, n]] = box;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    for (const p of [[lon, s], [lon, n], [w, lat], [e, lat]] as [number, number][]) {
      const q = projection(p);
      if (!q) continue;
      x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]);
    }
  }
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / (x1 - x0), height / (y1 - y0)) * (1 - pad)));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
