// The zoom transform of map and network, as plain numbers: screen = k·p + [x, y]. Pure (the controller in
// zoomController.ts applies it through d3-zoom; the map's URL form is in geo/zoom.ts).

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** What a view allows: its scale range and, optionally, the box (in content units) that must keep covering the
 *  viewport (the map: its own box, so it never shows empty space; the network pans freely). */
export interface ZoomLimits {
  scale: readonly [number, number];
  box?: readonly [[number, number], [number, number]];
}

/** The nearest transform the limits allow in a width × height viewport (d3-zoom's constrain with a translate extent
 *  of `box`); null when a part is not a number at all. */
export function constrain(t: ZoomTransform, limits: ZoomLimits, width: number, height: number): ZoomTransform | null {
  if (![t.k, t.x, t.y].every(Number.isFinite)) return null;
  const [min, max] = limits.scale;
  const k = Math.min(max, Math.max(min, t.k));
  if (!limits.box) return { k, x: t.x, y: t.y };
  const [[x0, y0], [x1, y1]] = limits.box;
  // the box's screen edges must lie outside the viewport; a box smaller than the viewport is centred
  const clamp = (v: number, lo: number, hi: number, size: number) => {
    const min = size - k * hi, max = 0 - k * lo; // 0 - …: never -0 (it would show in the URL as "-0")
    return min > max ? (min + max) / 2 : Math.min(max, Math.max(min, v));
  };
  return { k, x: clamp(t.x, x0, x1, width), y: clamp(t.y, y0, y1, height) };
}

/** Where content point p is on screen under t. */
export const toScreen = (t: ZoomTransform, p: readonly [number, number]): [number, number] => [t.k * p[0] + t.x, t.k * p[1] + t.y];

/** Whether content point p lies outside the width × height viewport under t. */
export function isOffscreen(t: ZoomTransform, p: readonly [number, number], width: number, height: number): boolean {
  const [x, y] = toScreen(t, p);
  return x < 0 || y < 0 || x > width || y > height;
}

/** The transform that keeps the scale and puts content point p in the viewport's centre. */
export const centredOn = (t: ZoomTransform, p: readonly [number, number], width: number, height: number): ZoomTransform =>
  ({ k: t.k, x: width / 2 - t.k * p[0], y: height / 2 - t.k * p[1] });

/** d3-zoom's scaleBy: the scale times `factor` within the limits, the viewport's centre kept in place, constrained. */
export function scaledBy(t: ZoomTransform, factor: number, limits: ZoomLimits, width: number, height: number): ZoomTransform {
  const k = Math.min(limits.scale[1], Math.max(limits.scale[0], t.k * factor));
  const [cx, cy] = [width / 2, height / 2];
  const next = { k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k };
  return constrain(next, limits, width, height) ?? t;
}
