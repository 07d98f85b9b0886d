// Which labels to draw: a greedy pass in priority order that skips any label overlapping one already placed,
// so dense clusters show a few readable names instead of a pile.
import type { GraphNode } from './model';
import { BoxIndex, overlaps, type Box } from '../lib/boxIndex';
import { ownTable } from '../lib/ownTable';

/** Short names of countries in English: the short forms the UN itself uses in running text, for the longest official
 *  names. (The bodies' and instruments' short forms, in the six languages, are in the catalogues: i18n/names.ts.) */
const SHORT: Readonly<Record<string, string>> = ownTable({
  GBR: 'United Kingdom', USA: 'United States', PRK: "DPR Korea", LAO: 'Lao PDR', COD: 'DR Congo', TZA: 'Tanzania',
  VCT: 'Saint Vincent and Gren.', BIH: 'Bosnia and Herzegovina',
});
const MAX_CHARS = 24;

/** A label short enough for the graph; the full name stays in aria-label and the tooltip. */
export function shortLabel(node: GraphNode): string {
  if (SHORT[node.id]) return SHORT[node.id];
  const m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(node.label);
  // "European Cybercrime Centre (EC3)" → "EC3"; "Europol (EU Agency …)" → "Europol"; "欧洲网络犯罪中心（EC3）" → "EC3"
  const text = m ? (/^[\p{Lu}0-9-]{2,8}$/u.test(m[2]) ? m[2] : m[1]) : node.label;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

/** A country's label in a language other than English: its UN name there (no sourced short forms exist), cut to fit. */
export function countryLabel(name: string): string {
  return name.length > MAX_CHARS ? `${name.slice(0, MAX_CHARS - 1).trimEnd()}…` : name;
}

export interface LabelCandidate {
  id: string;
  /** screen-space centre of the node and half the size of its mark */
  x: number; y: number; r: number;
  text: string;
  /** must be placed: may move further out (with a leader line) until it finds room */
  force: boolean;
  /** drawn bold (the selection), so wider; it stays beside its node, over unforced neighbours' marks if need be */
  bold?: boolean;
  /** a landmark (a hub, the selection): its label stays beside its mark or a short leader away (NEAR_RINGS), over
   *  unforced marks if need be, and goes further out only when labels and forced marks take every place that near */
  landmark?: boolean;
}
/** Where a label went: its box on screen and the text's anchor point relative to the node centre. */
export interface LabelPlacement {
  box: Box;
  dx: number; dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** placed away from its node: draw a leader line */
  leader: boolean;
}
export type { Box };

/** The label font size in px (graph.css `.labels .label`). */
export const FONT_PX = 11;
const LINE_H = 14;
/** Space kept clear around a label: its white halo (3px stroke) plus a visible gap. */
const GAP = 4;
const BOLD = 1.1;
/** A mark's outline reaches this far past its shape. */
const MARK_STROKE = 1;
/** How far each ring of leader positions sits beyond the one before, px. */
export const FAR_STEP = 16;
const FAR_RINGS = 8;
/** An optional label may also sit this many rings out, just past its neighbours. */
const OPTIONAL_RINGS = 2;
/** A landmark's label sits at most this many rings out while any place that near is free of labels: further out, a
 *  long leader line across the network (Arabic on a phone: 144 px) made a hub's name hard to find from its mark. */
export const NEAR_RINGS = 2;

/** Advance widths in em of DejaVu Sans, the widest common system-ui fallback, so estimates err on the wide side. */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch === ' ') return 0.32;
  if (/[il|.,:;'!]/.test(ch)) return 0.28;
  if (/[IJ]/.test(ch)) return 0.3;
  if (/[ftr()[\]/-]/.test(ch)) return 0.41;
  if (/[mwMW]/.test(ch)) return 0.99;
  if (ch === '…') return 1;
  // Chinese characters (and other full-width forms) take a whole em
  if (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.76;
  return 0.63;
}

/** charEm of each character met: the regular expressions per character were a tenth of a placement's time. */
const EM = new Map<string, number>();
/** Estimated rendered width in px of a label: computed before render, so placement needs no DOM measuring. */
export function labelWidth(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) {
    let e = EM.get(ch);
    if (e === undefined) EM.set(ch, (e = charEm(ch)));
    em += e;
  }
  return em * FONT_PX * (bold ? BOLD : 1);
}

/** A direction from a node's centre; for a label above or below, the side of the mark its box is flush with (centred
 *  when none). */
type Dir = readonly [number, number, ('start' | 'end')?];
/** Directions tried round a node, nearest first: below, above, right, left, then the diagonals. */
const DIRS: readonly Dir[] = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]];
/** A landmark's also: above and below, flush with either side of its mark (a label wider than its mark, near the
 *  panel's edge or beside another's mark, centred would not fit). */
const LANDMARK_DIRS: readonly Dir[] = [...DIRS, [0, 1, 'start'], [0, 1, 'end'], [0, -1, 'start'], [0, -1, 'end']];

/** The label box for a direction at distance d beyond the mark: touching the point at distance d in that direction. */
function place(c: LabelCandidate, [ux, uy, align]: Dir, d: number, textWidth = labelWidth(c.text, c.bold)): LabelPlacement {
  const w = textWidth + 2 * GAP;
  const h = LINE_H + GAP;
  const px = c.x + ux * (c.r + d);
  const py = c.y + uy * (c.r + d);
  const x0 = ux > 0 ? px : ux < 0 ? px - w : align === 'start' ? c.x - c.r : align === 'end' ? c.x + c.r - w : px - w / 2;
  const y0 = uy > 0 ? py : uy < 0 ? py - h : py - h / 2;
  const box: Box = [x0, y0, x0 + w, y0 + h];
  const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : align ?? 'middle';
  const tx = anchor === 'start' ? x0 + GAP : anchor === 'end' ? x0 + w - GAP : x0 + w / 2;
  // baseline: the box's middle plus a third of the font size
  const ty = y0 + h / 2 + FONT_PX * 0.35;
  return { box, dx: tx - c.x, dy: ty - c.y, anchor, leader: d > 2 };
}

/** A label in the box [x0, y0, x0 + w, y0 + h], its text flush with the side away from the node. */
function placeIn(c: LabelCandidate, x0: number, y0: number, w: number, h: number): LabelPlacement {
  const box: Box = [x0, y0, x0 + w, y0 + h];
  const anchor = x0 >= c.x ? 'start' : box[2] <= c.x ? 'end' : 'middle';
  const tx = anchor === 'start' ? x0 + GAP : anchor === 'end' ? box[2] - GAP : x0 + w / 2;
  const gap = Math.hypot(Math.max(x0 - c.x, 0, c.x - box[2]), Math.max(y0 - c.y, 0, c.y - box[3])) - c.r;
  return { box, dx: tx - c.x, dy: y0 + h / 2 + FONT_PX * 0.35 - c.y, anchor, leader: gap > 3 };
}
/** Whether `f` holds at every point along a label's leader line (as drawn: from its node's centre to the nearest
 *  point of its box), every 3 px; each point a 1 px box. From the centre, not from the mark's edge: a name laid over a
 *  hub's mark (a partner's, sent out on a phone before the hub's) was crossed by the hub's leader where no point
 *  looked (27 of the 141 crossings in six languages: the Inter-American convention's name over the UN convention's
 *  mark), and a name laid over a mark whose leader was drawn already hid where the leader starts. */
function alongLeader(c: LabelCandidate, p: LabelPlacement, f: (b: Box) => boolean): boolean {
  const ex = Math.min(Math.max(c.x, p.box[0]), p.box[2]), ey = Math.min(Math.max(c.y, p.box[1]), p.box[3]);
  const len = Math.hypot(ex - c.x, ey - c.y);
  for (let d = 0; d < len; d += 3) {
    const x = c.x + ((ex - c.x) * d) / len, y = c.y + ((ey - c.y) * d) / len;
    if (!f([x - 0.5, y - 0.5, x + 0.5, y + 0.5])) return false;
  }
  return true;
}
/** Grid step, px, of the searches outward (scanOut), near the node; it grows by as much every SCAN_WIDEN px out. */
const OUT_STEP = 8;
const SCAN_WIDEN = 64;
/** How far out, px (from the node's centre to the nearest point of the label), a forced label is looked for on a leader. */
const FAR_REACH = 2 + FAR_RINGS * FAR_STEP;
/** How many times the labels sent out are placed again when one of them is walled in. */
const RETRIES = 1;
/** A leader over unforced marks is taken only when a leader over none would be this much longer, px. */
const LAX_PX = 24;
/** How far from a landmark's centre its label counts as near: NEAR_RINGS rings out, on a diagonal at most. */
const nearReach = (c: LabelCandidate) => (c.r + 2 + NEAR_RINGS * FAR_STEP) * Math.SQRT2;

/** Boxes w×h round the point (cx, cy), nearest first: in bands of reach (the distance from the point to the box)
 *  [a, a + S), from `from` to `to`, on a grid of S px (OUT_STEP, coarser further out), until `f` says stop (true). Unlike the rings of
 *  `place`, every free gap between neighbours is found, at the distance it lies. */
function scanOut(cx: number, cy: number, w: number, h: number, from: number, to: number, f: (x0: number, y0: number, reach: number) => boolean): boolean {
  for (let a = from, S = OUT_STEP; a < to; a += S) {
    // coarser further out: a leader 100 px long need not end within 8 px of the nearest free place (and the cost of
    // the scan, at ten times the network or with a dozen partners walled in, grew with the square of the distance)
    S = OUT_STEP * (1 + Math.floor((a - from) / SCAN_WIDEN));
    const b = a + S;
    for (let j = Math.ceil((-b - h / 2) / S); j * S <= b + h / 2; j++) {
      const y0 = j * S - h / 2; // the box's top, relative to the point: rows centred on it
      const v = y0 > 0 ? y0 : y0 + h < 0 ? -(y0 + h) : 0;
      if (v >= b) continue;
      const uMin = v < a ? Math.sqrt(a * a - v * v) : 0, uMax = Math.sqrt(b * b - v * v);
      if (uMin === 0) {
        // boxes over the point's column, centred on it first
        for (let i = 0; i * S <= w / 2; i++) {
          if (f(cx - w / 2 + i * S, cy + y0, v)) return true;
          if (i && f(cx - w / 2 - i * S, cy + y0, v)) return true;
        }
      }
      for (let u = Math.max(S, Math.ceil(uMin / S) * S); u < uMax; u += S) {
        const reach = Math.hypot(u, v);
        if (f(cx + u, cy + y0, reach) || f(cx - w - u, cy + y0, reach)) return true;
      }
    }
  }
  return false;
}

/** A label's box without its gap, less a pixel: what a leader line may not cross. */
const textOf = (b: Box): Box => [b[0] + GAP - 1, b[1] + GAP - 1, b[2] - GAP + 1, b[3] - GAP + 1];

/** Labels to draw, forced ones first, in priority order: the first position inside the viewport (when given, as [width, height]) that
 * covers neither a placed label, an obstacle nor another candidate's mark; else dropped. A forced label also tries
 * rings further out (drawn with a leader line), then settles for a position clear of labels only; it is dropped only
 * when no position at all is clear of placed labels, so placed labels never overlap. A landmark's label tries the near
 * rings, then beside its mark over unforced marks, before the rings further out. Every forced label placed beside its
 * node (a landmark's: or near) comes before any sent further out. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport?: readonly [number, number], obstacles: readonly Box[] = [], otherMarks: readonly Box[] = []): Map<string, LabelPlacement> {
  const steps = placeLabelsStepwise(candidates, viewport, obstacles, otherMarks);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** placeLabels one candidate at a time: it yields after each, so a caller can spread a long placement over several
 *  tasks (at ten times the network, 400 candidates in code not yet optimised by the engine take 100 ms and more). */
/** `otherMarks`: the marks of nodes that are not candidates (past the candidates' cap at ten times the network),
 *  which no label covers either. */
export function* placeLabelsStepwise(candidates: readonly LabelCandidate[], viewport?: readonly [number, number], obstacles: readonly Box[] = [], otherMarks: readonly Box[] = []): Generator<void, Map<string, LabelPlacement>> {
  const labels = new BoxIndex();
  // the texts without their gap: a leader may pass between two names in the gap they keep (16 px to cross the
  // neighbours' names of the United States' partners on a phone, where 4 + 4 px sufficed)
  const texts = new BoxIndex();
  // whose label (candidate number; -1 an obstacle) each box of `texts` and `leaders` is
  const textOwner: number[] = [], leaderOwner: number[] = [];
  const addLabel = (b: Box, owner = -1) => { labels.add(b); textOwner[texts.add(textOf(b))] = owner; };
  for (const o of obstacles) addLabel(o);
  // candidate i's mark is box number i of `marks`
  const marks = new BoxIndex();
  for (const c of candidates) {
    const e = c.r + MARK_STROKE;
    marks.add([c.x - e, c.y - e, c.x + e, c.y + e]);
  }
  for (const b of otherMarks) marks.add(b);
  const forcedMarks = candidates.flatMap((c, i) => (c.force ? [i] : []));
  // (not past the candidates' cap, at ten times the network: there it doubled the placement's cost, 3.3 → 7.0 ms CPU)
  const onlyLandmarks = !otherMarks.length && candidates.every((c) => !c.force || c.landmark);
  // the forced candidates' marks again, on their own (forcedNo: a candidate's number there)
  const forcedIndex = new BoxIndex(), forcedNo: number[] = [];
  for (const i of forcedMarks) forcedNo[i] = forcedIndex.add(marks.boxes[i]);
  // the landmarks' marks on their own: a name over one hides a hub, and its leader, drawn from under that name, crosses it
  const landmarkIndex = new BoxIndex(), landmarkNo: number[] = [];
  for (const i of forcedMarks) if (candidates[i].landmark) landmarkNo[i] = landmarkIndex.add(marks.boxes[i]);
  const placed = new Map<string, LabelPlacement>();
  /** whether the label just placed could only cross a name (placeOne's last resort) */
  let trapped = false;
  const inside = (b: Box) => !viewport || (b[0] >= 0 && b[2] <= viewport[0] && b[1] >= 0 && b[3] <= viewport[1]);
  // the leader lines drawn, as points every 3 px (alongLeader): no label covers one, no leader line crosses a label
  const leaders = new BoxIndex();
  const clearOfTexts = (b: Box) => inside(b) && !labels.hits(b);
  const clearOfLabels = (b: Box) => clearOfTexts(b) && !leaders.hits(textOf(b));
  /** The nearest box of a label (scanOut) within `to` px of its node's centre that `boxOk` takes, off its own mark,
   *  whose leader `leaderOk`s; else the nearest whose leader `laxLeader` takes, when nothing `leaderOk` takes lies
   *  within LAX_PX further out. */
  const nearest = (c: LabelCandidate, self: number, tw: number, to: number, boxOk: (b: Box) => boolean,
    leaderOk: (p: LabelPlacement) => boolean, laxLeader?: (p: LabelPlacement) => boolean): LabelPlacement | undefined => {
    const w = tw + 2 * GAP, h = LINE_H + GAP, own = marks.boxes[self];
    let found: LabelPlacement | undefined, lax: LabelPlacement | undefined, limit = to;
    scanOut(c.x, c.y, w, h, c.r, to, (x0, y0, reach) => {
      if (reach > limit) return true;
      const b: Box = [x0, y0, x0 + w, y0 + h];
      if (overlaps(b, own) || !boxOk(b)) return false;
      const p = placeIn(c, x0, y0, w, h);
      if (leaderOk(p)) return (found = p), true;
      if (!lax && laxLeader?.(p)) { lax = p; limit = reach + LAX_PX; }
      return false;
    });
    return found ?? lax;
  };
  /** The place near a landmark's mark (the rings of `dirs` to NEAR_RINGS, then every box within nearReach) that
   *  `boxOk` and `leaderOk` take, off its own mark, over fewest marks (a mark under the box's gap counts too, under
   *  the 2 px next to the box's edge not), the nearest of those. */
  const fewestDots = (c: LabelCandidate, self: number, tw: number, dirs: readonly Dir[], boxOk: (p: LabelPlacement) => boolean,
    leaderOk: (p: LabelPlacement) => boolean): LabelPlacement | undefined => {
    const w = tw + 2 * GAP, h = LINE_H + GAP, own = marks.boxes[self];
    let best: LabelPlacement | undefined, fewest = Infinity;
    const consider = (p: LabelPlacement) => {
      const b = p.box;
      // (the count first, stopped at the fewest found: at ten times the network most places lose there)
      const n = marks.count([b[0] + 2, b[1] + 2, b[2] - 2, b[3] - 2], fewest);
      if (n >= fewest || overlaps(b, own) || !boxOk(p) || !leaderOk(p)) return false;
      best = p;
      fewest = n;
      return n === 0;
    };
    for (let ring = 0; ring <= NEAR_RINGS; ring++) for (const u of dirs) if (consider(place(c, u, 2 + ring * FAR_STEP, tw))) return best;
    const to = nearReach(c);
    // (scanOut's last band reaches past `to`)
    scanOut(c.x, c.y, w, h, c.r, to, (x0, y0, reach) => reach > to || consider(placeIn(c, x0, y0, w, h)));
    return best;
  };
  /** Where to send a forced label out, in one scan outward (scanOut) to `to` px, the nearest of each kind, best kind
   *  first: [over no mark, its leader over none (or over unforced marks only, when that saves LAX_PX)], [over no forced
   *  mark, its leader crossing no name], [over no name, leader nor landmark's mark, its leader crossing no name],
   *  [over no name nor leader, its leader crossing no name], [over no name: the last resort, its leader may cross
   *  names]. The scan stops at the first of the first kind. (Over a landmark's mark, a name hides a hub, and the
   *  leader the hub's own name may need starts under it: of the 27 crossings of the UN convention's leader on a phone
   *  in Spanish and French, most were the Inter-American convention's name laid over its mark.) */
  const sendOut = (c: LabelCandidate, self: number, tw: number, to: number, clearOfForced: (b: Box) => boolean,
    leaderOk: (p: LabelPlacement, clearOf?: (b: Box) => boolean) => boolean, crossesNoLabel: (p: LabelPlacement) => boolean) => {
    const w = tw + 2 * GAP, h = LINE_H + GAP, own = marks.boxes[self];
    const found: (LabelPlacement | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
    let limit = to;
    scanOut(c.x, c.y, w, h, c.r, to, (x0, y0, reach) => {
      if (reach > limit) return true;
      const b: Box = [x0, y0, x0 + w, y0 + h];
      if (overlaps(b, own) || !clearOfTexts(b)) return false;
      const p = placeIn(c, x0, y0, w, h);
      if (!found[5]) found[5] = p;
      if (leaders.hits(textOf(b))) return false;
      if (!marks.hits(b, self)) {
        if (leaderOk(p)) return (found[0] = p), true;
        if (!found[1] && leaderOk(p, clearOfForced)) { found[1] = p; limit = reach + LAX_PX; return false; }
      }
      if (found[2]) return false;
      if (clearOfForced(b) && crossesNoLabel(p)) found[2] = p;
      else if (!found[3] && !landmarkIndex.hits(b, landmarkNo[self] ?? -1) && crossesNoLabel(p)) found[3] = p;
      else if (!found[4] && !found[3] && crossesNoLabel(p)) found[4] = p;
      return false;
    });
    return found;
  };
  /** Places candidate `self`; `nearOnly`: only beside its mark (a landmark's: or a short leader away), else leaves it. */
  const placeOne = (c: LabelCandidate, self: number, nearOnly: boolean): boolean => {
    const clearOfMarks = (b: Box) => !marks.hits(b, self);
    // leaders looked at last: most places tried are already taken by a label or a mark
    const clear = (p: LabelPlacement) => clearOfTexts(p.box) && clearOfMarks(p.box) && !leaders.hits(textOf(p.box)) && leaderOk(p);
    // a leader line may not run over another node's mark: it would point at the wrong node (a landmark's short one
    // may cross unforced marks: it ends at a hub's large mark); nor over a label
    const leaderOk = (p: LabelPlacement, clearOf: (b: Box) => boolean = clearOfMarks) => {
      if (!p.leader) return true;
      const ok = (b: Box) => clearOf(b) && !texts.hits(b);
      // the box round the whole leader clear: so is every point of it (one look instead of one every 3 px)
      const ex = Math.min(Math.max(c.x, p.box[0]), p.box[2]), ey = Math.min(Math.max(c.y, p.box[1]), p.box[3]);
      // (with the half pixel each point's box reaches past the line)
      return ok([Math.min(c.x, ex) - 0.5, Math.min(c.y, ey) - 0.5, Math.max(c.x, ex) + 0.5, Math.max(c.y, ey) + 0.5]) || alongLeader(c, p, ok);
    };
    const crossesNoLabel = (p: LabelPlacement) => leaderOk(p, () => true);
    // an optional label whose own mark lies under a label already placed would name a hidden node
    if (!c.force && labels.hits(marks.boxes[self])) return false;
    // measured once per candidate, not once per position tried (the estimate walks the text)
    const tw = labelWidth(c.text, c.bold);
    const dirs = c.landmark ? LANDMARK_DIRS : DIRS;
    // the first place round the mark that `ok` takes, ring by ring (0: beside it), each made only when tried (made
    // all at once, the places cost a tenth of a placement, most of them never looked at)
    const first = (ok: (p: LabelPlacement) => boolean, from: number, to: number, ds = dirs) => {
      for (let ring = from; ring <= to; ring++) {
        for (const u of ds) { const p = place(c, u, 2 + ring * FAR_STEP, tw); if (ok(p)) return p; }
      }
      return undefined;
    };
    // the selection keeps its label beside it, over the marks of unforced neighbours if need be (they then go unlabelled)
    const clearOfForced = (b: Box) => !forcedIndex.hits(b, forcedNo[self]);
    const clearOfOthers = (p: LabelPlacement) => clearOfLabels(p.box) && clearOfForced(p.box);
    let best = first(clear, 0, 0) ?? (c.bold ? first(clearOfOthers, 0, 0) : undefined);
    if (!best && c.landmark) {
      // a short leader clear of every mark; else beside its mark over unforced ones; else a short leader over
      // unforced ones (then, only if all these are taken by labels or forced marks, the rings further out)
      best = first(clear, 1, NEAR_RINGS)
        // the nearest box over no mark at all, its leader over unforced marks at most: a hub's caption beside its mark
        // covered the unnamed countries next to it
        ?? nearest(c, self, tw, nearReach(c), (b) => clearOfLabels(b) && clearOfMarks(b), leaderOk, (p) => leaderOk(p, clearOfForced))
        // else, with only landmarks forced (nothing selected), the place near it over fewest unforced marks: beside it
        // over whatever marks were there, the UN convention's caption covered 23 countries' dots on a phone in
        // Russian. (With a selection, the gaps it then takes walled in partners placed later: 1024×768, J-CAT.)
        ?? (onlyLandmarks ? fewestDots(c, self, tw, dirs, clearOfOthers, (p) => leaderOk(p, clearOfForced)) : undefined)
        ?? first(clearOfOthers, 0, 0) ?? first((p) => clearOfOthers(p) && leaderOk(p, clearOfForced), 1, NEAR_RINGS)
        ?? first((p) => clearOfOthers(p) && crossesNoLabel(p), 1, NEAR_RINGS)
        ?? nearest(c, self, tw, nearReach(c), (b) => clearOfLabels(b) && clearOfForced(b), crossesNoLabel);
    }
    if (!best && !nearOnly) {
      if (c.force) {
        // the nearest free box, wherever the gap between the marks round it lies (rings of eight directions sent a
        // partner in a crowded middle 150-190 px out on a phone); its leader over no mark, or over unforced marks when
        // that saves LAX_PX; then over unforced marks; then (a dozen partners and more on a phone) anywhere clear of
        // labels and leaders, its own leader crossing no name
        const tiers = sendOut(c, self, tw, c.r + FAR_REACH, clearOfForced, leaderOk, crossesNoLabel);
        best = tiers.find((p) => p !== undefined);
        trapped = best !== undefined && tiers.indexOf(best) === tiers.length - 1;
      } else {
        best = first(clear, 1, OPTIONAL_RINGS, DIRS);
      }
    }
    if (!best) return false;
    commit(self, best);
    return true;
  };
  /** The boxes of each label placed, in `labels`, `texts` and `leaders` (by candidate number). */
  const drawn = new Map<number, { label: number; leader: number[] }>();
  const commit = (self: number, p: LabelPlacement) => {
    const c = candidates[self], rec = { label: labels.boxes.length, leader: [] as number[] };
    addLabel(p.box, self);
    if (p.leader) alongLeader(c, p, (b) => { const n = leaders.add(b); leaderOwner[n] = self; rec.leader.push(n); return true; });
    drawn.set(self, rec);
    placed.set(c.id, p);
  };
  const unplace = (self: number) => {
    const rec = drawn.get(self)!;
    labels.remove(rec.label);
    texts.remove(rec.label); // added with its label: the same number
    for (const n of rec.leader) leaders.remove(n);
    drawn.delete(self);
    placed.delete(candidates[self].id);
  };
  /** A label walled in (placed as a last resort: its leader crosses a name, or its name lies over a leader) is placed
   *  again with the names in its way taken off first, then those names again, each where it now fits; kept if none of
   *  them is walled in then, else all put back as they were. (The walled-in partners of a crowded middle on a phone: a
   *  name placed beside its mark early closed the only way out of its neighbour's.) */
  /** The labels whose names candidate `self`'s leader crosses and whose leaders cross its name (-1: an obstacle). */
  const crossed = (self: number): Set<number> => {
    const c = candidates[self], p = placed.get(c.id)!, hit = new Set<number>(), under = new Set<number>(), out = new Set<number>();
    if (p.leader) alongLeader(c, p, (b) => (texts.find(b, hit), true));
    leaders.find(textOf(p.box), under);
    for (const n of hit) if (n !== drawn.get(self)!.label) out.add(textOwner[n]);
    for (const n of under) if (leaderOwner[n] !== self) out.add(leaderOwner[n]);
    return out;
  };
  const repair = (self: number): boolean => {
    const c = candidates[self], p = placed.get(c.id);
    if (!p) return false;
    const blockers = crossed(self);
    blockers.delete(-1);
    // the selection's name stays beside it
    for (const i of blockers) if (candidates[i].bold) blockers.delete(i);
    if (!blockers.size) return false;
    const moved = [self, ...blockers], before = moved.map((i) => placed.get(candidates[i].id)!);
    const score = () => moved.reduce((n, i) => n + crossed(i).size, 0);
    const was = score();
    for (const i of moved) unplace(i);
    let ok = true, walled = false;
    for (const i of moved) {
      trapped = false;
      // a hub's name taken off stays near its mark, or all is put back
      if (!placeOne(candidates[i], i, i !== self && !!candidates[i].landmark)) { ok = false; break; }
      walled ||= trapped;
    }
    // kept when it crosses fewer names than before
    if (ok && walled) ok = score() < was;
    if (!ok) {
      for (const i of moved) if (drawn.has(i)) unplace(i);
      moved.forEach((i, k) => commit(i, before[k]));
    }
    trapped = !ok || walled;
    return ok && !walled;
  };
  // Forced labels first, each beside its node where it can be; then those that found no room there, further out;
  // then the others. A forced label sent out on a leader line no longer takes the place beside a forced node placed
  // after it (a partner's name, sent to the panel's corner, left no room for the UNTOC hub's beside it).
  // The names placed may wall a mark in, so that its label's leader could only cross a name (the United States'
  // partners on a phone, in Arabic; the UN convention's between the other hubs' names in Russian at 1440×900): then
  // the forced labels are placed again, the walled-in first (the selection's stays first), up to RETRIES times, and
  // in the end in the order that walled in fewest.
  const start = [labels.boxes.length, texts.boxes.length, leaders.boxes.length] as const;
  let order = forcedMarks, front: number[] = [];
  const tried: { order: readonly number[]; walledIn: number }[] = [];
  for (let round = 0; ; round++) {
    const later: number[] = [], walledIn: number[] = [];
    let lost = 0;
    for (const self of order) {
      if (placeOne(candidates[self], self, true)) yield;
      else later.push(self);
    }
    for (const self of later) {
      trapped = false;
      // a forced label with no room at all is the worst outcome of an order (1440×900 in Russian, J-CAT's partners)
      if (!placeOne(candidates[self], self, false)) { lost++; walledIn.push(self); }
      else if (trapped && !repair(self)) walledIn.push(self);
      yield;
    }
    tried.push({ order, walledIn: walledIn.length + lost * candidates.length });
    if (!walledIn.length || round > RETRIES) break;
    const best = tried.reduce((a, b) => (b.walledIn < a.walledIn ? b : a));
    front = [...walledIn, ...front.filter((i) => !walledIn.includes(i))];
    const sel = order.filter((i) => candidates[i].bold);
    let next = [...sel, ...front.filter((i) => !sel.includes(i)), ...order.filter((i) => !sel.includes(i) && !front.includes(i))];
    // nothing new to try: the best order found, placed again unless it is this one
    if (round === RETRIES || next.every((i, k) => i === order[k])) {
      if (best === tried[round]) break;
      next = [...best.order];
      round = RETRIES;
    }
    labels.truncate(start[0]);
    texts.truncate(start[1]);
    leaders.truncate(start[2]);
    placed.clear();
    drawn.clear();
    order = next;
  }
  // With a selection, a hub's caption placed beside its mark over the faded dots next to it moves, once every forced
  // name is placed (so it takes no gap a partner needed), to the place near its mark over fewest dots, if that covers
  // fewer. (Not past the candidates' cap, at ten times the network: there it doubled the placement's CPU.)
  if (!onlyLandmarks && !otherMarks.length) {
    for (const self of forcedMarks) {
      const c = candidates[self], p = placed.get(c.id);
      if (!p || !c.landmark || c.bold) continue;
      const dots = (b: Box) => marks.count([b[0] + 2, b[1] + 2, b[2] - 2, b[3] - 2]);
      const now = dots(p.box);
      if (!now) continue;
      unplace(self);
      const clearOfForced = (b: Box) => !forcedIndex.hits(b, forcedNo[self]);
      const q = fewestDots(c, self, labelWidth(c.text, c.bold), LANDMARK_DIRS, (o) => clearOfLabels(o.box) && clearOfForced(o.box),
        (o) => !o.leader || alongLeader(c, o, (b) => clearOfForced(b) && !texts.hits(b)));
      commit(self, q && dots(q.box) < now ? q : p);
      yield;
    }
  }
  for (const [self, c] of candidates.entries()) {
    if (c.force) continue;
    placeOne(c, self, false);
    yield;
  }
  return placed;
}
