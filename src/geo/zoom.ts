// The map's zoom: its limits, its URL form "k,x,y" and its region presets. The transform itself (and its pure maths)
// is shared with the network: zoom/transform.ts.
import { pointProjector, type FittedProjection } from './projection';
import { constrain, type ZoomLimits, type ZoomTransform } from '../zoom/transform';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;

/** The map zooms from the whole world to 40×, and its own box always covers the viewport. */
export const mapZoomLimits = (width: number, height: number): ZoomLimits => ({ scale: [MIN_ZOOM, MAX_ZOOM], box: [[0, 0], [width, height]] });

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
export const clampZoom = (t: ZoomTransform, width: number, height: number): ZoomTransform | null =>
  constrain(t, mapZoomLimits(width, height), width, height);

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** null for the whole world, so the default view adds nothing to the URL. */
export function formatZoom(t: ZoomTransform): string | null {
  const k = round(t.k, 3);
  const x = round(t.x, 1);
  const y = round(t.y, 1);
  if (k === 1 && Math.abs(x) < 0.5 && Math.abs(y) < 0.5) return null;
  return `${k},${x},${y}`;
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
export function fitBox(projection: FittedProjection, box: RegionPreset['box'], width: number, height: number, pad = 0.04): ZoomTransform {
  const [[w, s], [e, n]] = box;
  const project = pointProjector(projection);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    for (const p of [[lon, s], [lon, n], [w, lat], [e, lat]] as [number, number][]) {
      const q = project(p[0], p[1]);
      x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]);
    }
  }
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / (x1 - x0), height / (y1 - y0)) * (1 - pad)));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
