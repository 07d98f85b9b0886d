// One grid index of boxes for label placement, shared by the network's labels (graph/labels.ts: hundreds of
// candidates, each trying up to 72 positions, at ten times the network) and the slides' (briefing/labelPlace.ts).
// "Which boxes might meet this one?" looks at the few cells the box covers instead of every box.

/** [x0, y0, x1, y1] */
export type Box = readonly [number, number, number, number];
const notANumber = (b: Box) => b[0] !== b[0] || b[1] !== b[1] || b[2] !== b[2] || b[3] !== b[3];
export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Boxes bucketed in square cells of `cell` units, in a grid of n × n from the origin. A box past the grid's edge goes
 *  in the edge's cells (an infinite one: in every cell along its axis): the answers are exact all the same (only more
 *  boxes to look at there). An array of cells, not a map: asked for every place tried, a map's
 *  look-up was a quarter of the network's placement. Boxes are numbered in the order added. */
export class BoxIndex {
  private readonly cells: (number[] | undefined)[];
  readonly boxes: Box[] = [];
  constructor(private readonly cell = 48, private readonly n = 64) {
    this.cells = new Array(n * n);
  }
  /** The first and last column (or row) of cells a box from v0 to v1 covers (NaN: the grid's first and last). */
  private lo(v: number): number {
    const i = Math.floor(v / this.cell);
    return i > 0 ? (i < this.n ? i : this.n - 1) : 0;
  }
  private hi(v: number): number {
    const i = Math.floor(v / this.cell);
    return i < this.n ? (i > 0 ? i : 0) : this.n - 1;
  }
  /** The cells a box is filed in: those it covers; every cell for a box with a coordinate not a number (no box
   *  overlaps it, but a test of `some` may take it: the slides' asked it about every place tried). */
  private each(b: Box, f: (key: number) => void) {
    const N = this.n;
    if (notANumber(b)) { for (let k = 0; k < N * N; k++) f(k); return; }
    const i1 = this.hi(b[2]), j0 = this.lo(b[1]), j1 = this.hi(b[3]);
    for (let i = this.lo(b[0]); i <= i1; i++) for (let j = j0; j <= j1; j++) f(i * N + j);
  }
  add(b: Box): number {
    const n = this.boxes.push(b) - 1;
    this.each(b, (k) => { const l = this.cells[k]; if (l) l.push(n); else this.cells[k] = [n]; });
    return n;
  }
  /** Forgets every box added after the first `n` (each cell's list is in the order added). */
  truncate(n: number) {
    while (this.boxes.length > n) {
      const last = this.boxes.length - 1;
      this.each(this.boxes.pop()!, (k) => { const l = this.cells[k]!; if (l[l.length - 1] === last) l.pop(); });
    }
  }
  /** Forgets box number `n` (its number stays taken). */
  remove(n: number) {
    this.each(this.boxes[n], (k) => { const l = this.cells[k]!, i = l.indexOf(n); if (i >= 0) l.splice(i, 1); });
  }
  /** The numbers of the boxes in the index that overlap `b`, into `out`. */
  find(b: Box, out: Set<number>) {
    this.each(b, (k) => { for (const n of this.cells[k] ?? []) if (overlaps(this.boxes[n], b)) out.add(n); });
  }
  /** How many boxes in the index overlap `b` (each counted once: in the first cell it shares with `b`); `cap` when
   *  there are that many or more. */
  count(b: Box, cap = Infinity): number {
    const N = this.n, i0 = this.lo(b[0]), i1 = this.hi(b[2]), j0 = this.lo(b[1]), j1 = this.hi(b[3]);
    let n = 0;
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const l = this.cells[i * N + j];
        if (!l) continue;
        for (let k = 0; k < l.length; k++) {
          const o = this.boxes[l[k]];
          if (!(o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3])) continue;
          if (Math.max(this.lo(o[0]), i0) === i && Math.max(this.lo(o[1]), j0) === j && ++n >= cap) return cap;
        }
      }
    }
    return n;
  }
  /** Whether `b` overlaps a box in the index other than number `except`. (Loops of its own rather than `each`: it is
   *  asked for every place tried, and a closure per call cost a tenth of the network's placement.) */
  hits(b: Box, except = -1): boolean {
    const N = this.n, i1 = this.hi(b[2]), j0 = this.lo(b[1]), j1 = this.hi(b[3]);
    for (let i = this.lo(b[0]); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const l = this.cells[i * N + j];
        if (!l) continue;
        for (let k = 0; k < l.length; k++) {
          const n = l[k], o = this.boxes[n];
          if (n !== except && o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]) return true;
        }
      }
    }
    return false;
  }
  /** Whether `test` holds for the number of a box that shares a cell with `b` (overlapping it or not: `test` decides;
   *  a box may be asked about more than once). A box `b` with a coordinate not a number asks about every box. */
  some(b: Box, test: (n: number) => boolean): boolean {
    if (notANumber(b)) return this.boxes.some((_, n) => test(n));
    const N = this.n, i1 = this.hi(b[2]), j0 = this.lo(b[1]), j1 = this.hi(b[3]);
    for (let i = this.lo(b[0]); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const l = this.cells[i * N + j];
        if (!l) continue;
        for (let k = 0; k < l.length; k++) if (test(l[k])) return true;
      }
    }
    return false;
  }
}
