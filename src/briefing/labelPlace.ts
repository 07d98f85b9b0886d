// Greedy label placement in slide units: each name goes beside its point if there is room, else further out on a
// leader line (small states), never over another label or outside its box. Pure and deterministic.
import { textWidth } from './textFit';

export interface Rect { x: number; y: number; w: number; h: number }
export interface LabelIn { id: string; text: string; at: [number, number]; /** leader line from the start (small states) */ small: boolean }
export interface Placed { id: string; text: string; at: [number, number]; x: number; y: number; w: number; h: number; leader: boolean; anchor: 'start' | 'end' }

const hit = (a: Rect, b: Rect, pad = 2) => a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
const inside = (a: Rect, box: Rect) => a.x >= box.x && a.y >= box.y && a.x + a.w <= box.x + box.w && a.y + a.h <= box.y + box.h;

/** Directions tried, in order: right, left, up-right, down-right, up-left, down-left, up, down. */
const DIRS: [number, number][] = [[1, 0], [-1, 0], [0.7, -0.7], [0.7, 0.7], [-0.7, -0.7], [-0.7, 0.7], [0, -1], [0, 1]];

export function placeLabels(labels: readonly LabelIn[], box: Rect, size: number, blocked: readonly Rect[] = [], bold = false): { placed: Placed[]; dropped: string[] } {
  const taken: Rect[] = [...blocked];
  const placed: Placed[] = [];
  const dropped: string[] = [];
  const h = size * 1.15;
  for (const l of labels) {
    const w = textWidth(l.text, size, bold) + 6;
    const near = l.small ? [] : [6];
    const radii = [...near, 28, 52, 84, 120];
    let best: Placed | null = null;
    for (const rad of radii) {
      for (const [dx, dy] of DIRS) {
        const ax = l.at[0] + dx * rad;
        const ay = l.at[1] + dy * rad;
        // the label sits to the right of a point on the right, to the left on the left, centred vertically on it
        const anchor: 'start' | 'end' = dx < 0 ? 'end' : 'start';
        const x = anchor === 'start' ? ax : ax - w;
        const rect = { x, y: ay - h / 2, w, h };
        if (!inside(rect, box) || taken.some((t) => hit(rect, t))) continue;
        best = { id: l.id, text: l.text, at: l.at, x, y: rect.y, w, h, leader: rad > 6, anchor };
        break;
      }
      if (best) break;
    }
    if (!best) { dropped.push(l.id); continue; }
    taken.push(best);
    placed.push(best);
  }
  return { placed, dropped };
}
