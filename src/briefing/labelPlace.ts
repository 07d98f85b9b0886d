// Greedy label placement in slide units: each name goes beside its point if there is room, else further out on a
// leader line (small states, crowded clusters), never over another label, over another node's glyph (obstacles that
// carry an id: the rule the live graph's labels follow, graph/labels.ts) or outside its box; a leader line does not
// run over another node's glyph either, or it would point at the wrong node. A name must also read as its own mark's
// from the back of a room: a name set beside its mark is nearer that mark than any other by a clear margin, and no
// other mark sits close above, below or beyond it nearer its middle than its own mark (`unambiguous`); a name at the
// end of a leader line keeps the margin from every other mark. Pure and deterministic.
import { BoxIndex } from '../lib/boxIndex';
import { textWidth } from './textFit';

export interface Rect { x: number; y: number; w: number; h: number }
/** Something a label may not cover; `id` names the node a glyph belongs to (its own label may touch it). */
export interface Obstacle extends Rect { id?: string }
/** What placing puts in the way of later labels: its box, and points along its leader line. */
interface Taken extends Obstacle { kind: 'glyph' | 'label' | 'leader' }
export interface LabelIn {
  id: string; text: string; at: [number, number];
  /** leader line from the start (small states) */
  small: boolean;
  /** half the size of its own glyph: a label beside it starts beyond it */
  r?: number;
  /** must be named if the label itself finds room: its leader line may then cross other glyphs */
  force?: boolean;
}
export interface Placed { id: string; text: string; at: [number, number]; x: number; y: number; w: number; h: number; leader: boolean; anchor: 'start' | 'end' }

const PAD = 2;

/** Boxes filed by the square cells of side `CELL` they cover (lib/boxIndex.ts, the network's index too), widened by
 *  `SLACK` (more than the widest padding `hit` is given, and than any rounding of the sums that compare them): `some`
 *  asks `test` only about boxes near a rect rather than about every box. A box that `hit` or `gap` finds within
 *  `margin` of the rect is in a cell the rect, widened by `margin`, covers, so the answers are those of a scan of every
 *  box, at a fraction of the work (the slide sweeps of slideFit.test: every candidate of every label used to scan every
 *  glyph, label and leader point). A slide is 1,600 units wide: 50 of the index's 64 columns. */
const CELL = 32;
const SLACK = PAD + 1;
class Grid<T extends Rect> {
  private readonly index = new BoxIndex(CELL, 64);
  readonly all: T[] = [];
  constructor(boxes: readonly T[] = []) { for (const b of boxes) this.add(b); }
  add(b: T) {
    this.all.push(b);
    this.index.add([b.x - SLACK, b.y - SLACK, b.x + b.w + SLACK, b.y + b.h + SLACK]);
  }
  /** Whether `test` holds for a box that may lie within `margin` of `rect` (a box may be asked about more than once). */
  some(rect: Rect, margin: number, test: (b: T) => boolean): boolean {
    return this.index.some([rect.x - margin, rect.y - margin, rect.x + rect.w + margin, rect.y + rect.h + margin], (n) => test(this.all[n]));
  }
}
/** The distance between two boxes, 0 when they meet. */
const gap = (a: Rect, b: Rect) => Math.hypot(Math.max(0, a.x - b.x - b.w, b.x - a.x - a.w), Math.max(0, a.y - b.y - b.h, b.y - a.y - a.h));
const centre = (a: Rect): [number, number] => [a.x + a.w / 2, a.y + a.h / 2];
/** In label heights: how much further than its own mark any other mark stays from a name, and how far a mark nearer
 *  the name's middle than its own stays (Brazil's slide set "Inter-American MLA Convention" beside its small hexagon,
 *  1.3 heights under the UN convention's, whose middle it was under). */
const MARGIN = 0.6;
const NEAR = 1.6;

/** Whether a name's box `rect` reads as its own mark's: `own` the mark's box, `leader` when a line joins them. Only a
 *  mark whose box comes nearer the name than `MARGIN` heights beyond `mine` (or than `NEAR` heights, beside its mark)
 *  can fail the test, so only the marks `near` that box are looked at. */
function unambiguous(rect: Rect, own: Rect, leader: boolean, marks: Grid<Obstacle>, id: string, h: number): boolean {
  const mine = leader ? 0 : gap(rect, own);
  const [cx, cy] = centre(rect);
  const [ox, oy] = centre(own);
  const toOwn = Math.hypot(ox - cx, oy - cy);
  return !marks.some(rect, leader ? MARGIN * h : Math.max(mine + MARGIN * h, NEAR * h), (m) => {
    if (m.id === undefined || m.id === id) return false;
    const d = gap(rect, m);
    const [mx, my] = centre(m);
    return !(d >= mine + MARGIN * h && (leader || Math.hypot(mx - cx, my - cy) >= toOwn || d >= NEAR * h));
  });
}
export const hit = (a: Rect, b: Rect, pad = PAD) => a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
const inside = (a: Rect, box: Rect) => a.x >= box.x && a.y >= box.y && a.x + a.w <= box.x + box.w && a.y + a.h <= box.y + box.h;

/** Directions tried, in order: right, left, up-right, down-right, up-left, down-left, up, down, then the eight between
 *  them (a name that must keep clear of other marks finds room between them in a crowded network). */
const DIAG = Math.SQRT1_2, C8 = Math.cos(Math.PI / 8), S8 = Math.sin(Math.PI / 8);
const DIRS: [number, number][] = [[1, 0], [-1, 0], [DIAG, -DIAG], [DIAG, DIAG], [-DIAG, -DIAG], [-DIAG, DIAG], [0, -1], [0, 1],
  [C8, -S8], [C8, S8], [-C8, -S8], [-C8, S8], [S8, -C8], [S8, C8], [-S8, -C8], [-S8, C8]];
/** Leader lengths tried beyond the glyph, nearest first; a name that must be shown (the selection, a hub) goes further. */
const RADII = [28, 40, 52, 68, 84, 100, 120, 140, 160, 185, 210, 240];
const FAR = [280, 330, 390, 460];

export function placeLabels(labels: readonly LabelIn[], box: Rect, size: number, blocked: readonly Obstacle[] = [], bold = false): { placed: Placed[]; dropped: string[] } {
  const taken = new Grid<Taken>(blocked.map((b) => ({ ...b, kind: b.id === undefined ? 'label' : 'glyph' })));
  const placed: Placed[] = [];
  const dropped: string[] = [];
  const h = size * 1.15;
  const marks = blocked.filter((b) => b.id !== undefined);
  const nearMarks = new Grid(marks);
  for (const l of labels) {
    const w = textWidth(l.text, size, bold) + 6;
    const own = l.r ?? 0;
    const ownBox = marks.find((m) => m.id === l.id) ?? { x: l.at[0] - own, y: l.at[1] - own, w: 2 * own, h: 2 * own };
    const radii = [...(l.small ? [] : [own + 6]), ...RADII.map((d) => own + d), ...(l.force ? FAR : []).map((d) => own + d)];
    const clear = (rect: Rect) => !taken.some(rect, 0, (t) => t.id !== l.id && hit(rect, t));
    // a leader from the point to the label's near edge, sampled every 3 units beyond its own glyph: over no label,
    // and over no other glyph unless `glyphs` is false (a forced label)
    const along = (ex: number, ey: number) => {
      const len = Math.hypot(ex - l.at[0], ey - l.at[1]);
      const out: [number, number][] = [];
      for (let d = own + 1; d < len; d += 3) out.push([l.at[0] + ((ex - l.at[0]) * d) / len, l.at[1] + ((ey - l.at[1]) * d) / len]);
      return out;
    };
    const leaderClear = (ex: number, ey: number, glyphs: boolean) => along(ex, ey).every(([x, y]) => {
      const point = { x, y, w: 0, h: 0 };
      return !taken.some(point, 0, (t) => (t.kind === 'label' || (glyphs && t.kind === 'glyph' && t.id !== l.id)) && hit(point, t, 0));
    });
    const search = (checkLeader: boolean): Placed | null => {
      for (const rad of radii) {
        for (const [dx, dy] of DIRS) {
          const ax = l.at[0] + dx * rad;
          const ay = l.at[1] + dy * rad;
          // the label sits to the right of a point on the right, to the left on the left, centred vertically on it
          const anchor: 'start' | 'end' = dx < 0 ? 'end' : 'start';
          const x = anchor === 'start' ? ax : ax - w;
          const rect = { x, y: ay - h / 2, w, h };
          const leader = rad > own + 6;
          if (!inside(rect, box) || !clear(rect) || !unambiguous(rect, ownBox, leader, nearMarks, l.id, h) || (leader && !leaderClear(anchor === 'start' ? x : x + w, ay, checkLeader))) continue;
          return { id: l.id, text: l.text, at: l.at, x, y: rect.y, w, h, leader, anchor };
        }
      }
      return null;
    };
    const best = search(true) ?? (l.force ? search(false) : null);
    if (!best) { dropped.push(l.id); continue; }
    taken.add({ ...best, kind: 'label' });
    // later labels keep off this one's leader line
    if (best.leader) for (const [x, y] of along(best.anchor === 'start' ? best.x : best.x + best.w, best.y + h / 2)) taken.add({ x: x - 1, y: y - 1, w: 2, h: 2, kind: 'leader' });
    placed.push(best);
  }
  return { placed, dropped };
}
