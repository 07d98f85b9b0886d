// The zoom transform that fits a set of points into a viewport, with a margin.
import type { Point } from './layout';
import type { ZoomTransform } from '../zoom/transform';

export function fitTransform(points: readonly Point[], width: number, height: number, margin = 40, maxK = 4): ZoomTransform {
  if (!points.length) return { k: 1, x: width / 2, y: height / 2 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(maxK, (width - 2 * margin) / Math.max(x1 - x0, 1), (height - 2 * margin) / Math.max(y1 - y0, 1));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
