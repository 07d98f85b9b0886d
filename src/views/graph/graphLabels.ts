// The network's labels (`data-label-for`), a layer of the graph painter: placed by graph/labels.ts after the frame
// that showed the change, so clicks, zooms and drags paint first, and in slices of a few ms (graph/labels.ts yields
// after each candidate), so a long placement is no long task; a change that comes meanwhile drops the placement under
// way and starts again.
import type { ZoomTransform } from '../../zoom/transform';
import { FONT_PX, labelWidth, placeLabelsStepwise, type Box, type LabelCandidate, type LabelPlacement } from '../../graph/labels';
import type { Point } from '../../graph/layout';
import type { Graph } from '../../graph/model';
import { NEAR_UNIVERSAL, nearUniversalCount, nearUniversalFloor } from '../../graph/universal';
import type { Atlas } from '../../data/atlas';
import { hubCaption } from '../../i18n/entityWords';
import type { Lang } from '../../i18n/langs';
import { labelOf } from '../../i18n/names';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { glyphExtent } from '../../graph/shapes';
import type { NodeState, Scene } from '../../scene/scene';
import { afterPaint } from '../../lib/afterPaint';
import { svgEl } from '../../lib/svgEl';

/** Most lit partners forced into view at once. */
const MAX_FORCED = 30;
/** Label candidates considered, in priority order (the real network has about 250 nodes). */
const MAX_CANDIDATES = 400;
/** The longest a label placement runs before it lets the page paint and handle input. */
const LABEL_SLICE_MS = 8;
/** Labels drawn a frame in a network larger than `NAMED_AT_ONCE` nodes (drawLabels). */
const LABELS_A_FRAME = 40;

/** What the label placement reads beyond the scene. */
export interface LabelState {
  sel: string | null;
  hover: string | null;
  hoverSet: ReadonlySet<string> | null;
  /** the selection's partners (highlighted, direct, through a body) */
  lit: ReadonlySet<string> | null;
  focusId: string | null;
}
export interface LabelConfig {
  textOf: (id: string, kind: NodeState['kind']) => string;
  /** links per node (graph/layout.ts layoutDegrees): read when labels are placed, after the first frame */
  degrees: { get(id: string): number | undefined };
  /** texts drawn in the zoomed group (the ego sectors' captions: bold, centred on x, baseline y): no label covers them */
  captions?: readonly { x: number; y: number; text: string }[];
}

/** The painter's state the labels are placed from, read when a placement starts. */
export interface LabelInput {
  scene: Scene | null;
  /** where each shown node is (layout units) */
  at: (id: string) => Point | undefined;
  t: ZoomTransform;
  size: { width: number; height: number };
  state: LabelState;
  config: LabelConfig;
  /** networks larger than this draw their labels a few dozen a frame */
  namedAtOnce: number;
}

export interface LabelLayer {
  /** Places the labels after the next frame; `delay`: after the pointer rests that long (a hover). */
  schedule: (delay?: number) => void;
  /** A zoom: labels placed for another scale may collide at this one, so they are hidden until placed again. */
  scaled: (k: number) => void;
  /** A drag: the node's own label follows it; the others are placed again when the drag ends. */
  follow: (id: string, p: Point) => void;
  destroy: () => void;
}

const em = (px: number) => `${(px / FONT_PX).toFixed(3)}em`;
const markSize = (n: NodeState) => glyphExtent(n.kind, nodeRadius({ id: n.id, kind: n.kind, label: '' }));

/** A node's label: a country's UN name in the language, a body's or instrument's short form (i18n/names.ts), and
 *  a near-universal hub whose links are hidden (INTERPOL, UNTOC) its count, "INTERPOL: 196 members", not ~390 lines. */
export function labelTextOf(atlas: Atlas, graph: Graph, hidden: readonly string[], lang: Lang, t: string): LabelConfig['textOf'] {
  const badges = new Map<string, string>(NEAR_UNIVERSAL.filter((f) => hidden.includes(f))
    .map((f) => [f, hubCaption(f, nearUniversalCount(graph, f), lang, nearUniversalFloor(atlas, f, t))]));
  return (id, kind) => badges.get(id) ?? labelOf(atlas, graph.nodeById.get(id) ?? { id, kind, label: id }, lang);
}

/** Where a node's label comes in the placement: the selection (or the hovered node) first, then the focus and the
 *  selection's partners, then the hubs, all of them forced; then the rest. The hubs are the network's landmarks: they
 *  are named with or without a selection, after the selection and its partners, so they never cost those their labels
 *  (they were optional with a selection, and at a phone's width 214 of 232 selections left a hub unnamed). */
const FORCED_RANK = 2;
function rankOf(n: NodeState, { sel, hover, hoverSet, lit, focusId }: LabelState): number {
  if (n.id === sel || n.id === hover) return 0;
  if (n.id === focusId) return 1;
  // every lit partner is forced while that stays legible; an organisation with dozens of partners lets them yield
  if (lit?.has(n.id) && lit.size <= MAX_FORCED) return 1;
  if (isHub(n.id)) return FORCED_RANK;
  if (lit?.has(n.id) || hoverSet?.has(n.id)) return 3;
  return n.kind === 'country' ? 4 : 5;
}

export type NodeCandidate = LabelCandidate & { n: NodeState };
/** The label candidates in priority order (screen px), and the boxes no label may cover (the ego sectors' captions). */
export function labelCandidates(scene: Scene, { at, t, size, state, config }: Pick<LabelInput, 'at' | 't' | 'size' | 'state' | 'config'>): { candidates: NodeCandidate[]; captions: Box[]; otherMarks: Box[] } {
  const ranked: { n: NodeState; x: number; y: number; rank: number; deg: number }[] = [];
  for (const n of scene.nodes.values()) {
    const p = at(n.id);
    if (!p) continue;
    const x = p.x * t.k + t.x, y = p.y * t.k + t.y;
    // a node off screen cannot be labelled on screen
    if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
    ranked.push({ n, x, y, rank: rankOf(n, state), deg: config.degrees.get(n.id) ?? 0 });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.deg - a.deg || (a.n.id < b.n.id ? -1 : 1));
  // far fewer labels than this fit in a panel: past it the greedy pass only costs time (a ×10 network)
  // (their marks stay obstacles: at ten times the network names were drawn over the marks of the nodes past it)
  const otherMarks = ranked.splice(MAX_CANDIDATES).map(({ n, x, y }): Box => { const e = markSize(n) + 1; return [x - e, y - e, x + e, y + e]; });
  const candidates = ranked.map(({ n, x, y, rank }) => ({
    id: n.id, n, x, y, r: markSize(n), text: config.textOf(n.id, n.kind), force: rank <= FORCED_RANK, bold: n.id === state.sel,
    // the selection's name stays near it as a hub's does (in a crowded middle it went out 100 px on a phone)
    landmark: isHub(n.id) || n.id === state.sel,
  }));
  const captions = (config.captions ?? []).map(({ x, y, text }): Box => {
    const cx = x * t.k + t.x, cy = y * t.k + t.y, half = labelWidth(text, true) / 2;
    return [cx - half, cy - FONT_PX, cx + half, cy + FONT_PX / 3];
  });
  return { candidates, captions, otherMarks };
}

export function createLabelLayer(layer: SVGGElement, read: () => LabelInput): LabelLayer {
  let placing: { input: LabelInput; steps: Generator<void, Map<string, LabelPlacement>>; candidates: Map<string, NodeCandidate> } | null = null;
  let sliceTimer = 0, labelTimer = 0, labelFrame = 0;
  let placedK = NaN;
  let cancelChunks = () => {};

  function placeNow() {
    labelTimer = 0;
    const input = read();
    const { scene, size } = input;
    if (!scene) return;
    const { candidates, captions, otherMarks } = labelCandidates(scene, input);
    placing = { input, steps: placeLabelsStepwise(candidates, [size.width, size.height], captions, otherMarks), candidates: new Map(candidates.map((c) => [c.id, c])) };
    placeSlice();
  }
  function placeSlice() {
    sliceTimer = 0;
    if (!placing) return;
    const until = performance.now() + LABEL_SLICE_MS;
    for (let r = placing.steps.next(); ; r = placing.steps.next()) {
      if (r.done) { draw(placing.input, r.value, placing.candidates); placing = null; return; }
      if (performance.now() > until) { sliceTimer = window.setTimeout(placeSlice, 0); return; }
    }
  }
  function stopPlacing() {
    clearTimeout(sliceTimer);
    sliceTimer = 0;
    placing = null;
  }
  function draw(input: LabelInput, placed: Map<string, LabelPlacement>, byId: Map<string, NodeCandidate>) {
    const { scene, at, t } = input;
    if (!scene) return;
    cancelChunks();
    const { sel, hoverSet } = input.state;
    const group = svgEl('g', { class: 'labels', 'aria-hidden': 'true' });
    // leaders below texts, whatever the chunk they come in
    const leaders = svgEl('g', {}, group), textGroup = svgEl('g', {}, group);
    const items: { leader: Element | null; text: Element }[] = [];
    // in the scene's order, so the layer reads the same whatever the priorities
    for (const id of scene.nodes.keys()) {
      const l = placed.get(id), c = byId.get(id);
      const p = at(id);
      if (!l || !c || !p) continue;
      let leader: Element | null = null;
      if (l.leader) {
        // from the node to the nearest point of the label's box, in layout units
        const ex = Math.min(Math.max(c.x, l.box[0] + 2), l.box[2] - 2), ey = Math.min(Math.max(c.y, l.box[1] + 2), l.box[3] - 2);
        leader = svgEl('line', { class: 'leader', x1: p.x, y1: p.y, x2: (ex - t.x) / t.k, y2: (ey - t.y) / t.k });
      }
      const out = hoverSet && !hoverSet.has(c.id);
      const text = svgEl('text', {
        'data-label-for': c.id, x: p.x, y: p.y, dx: em(l.dx), dy: em(l.dy), 'text-anchor': l.anchor,
        class: `label${c.id === sel ? ' sel' : ''}${c.n.kind === 'country' ? ' country' : ''}${out ? ' out' : ''}`,
      });
      text.textContent = c.text;
      items.push({ leader, text });
    }
    // A few dozen labels a frame in a large network: at ten times the network, its ~130 labels laid out at once made
    // one frame of ~100 ms after the first paint. The shipped network's come in one frame.
    const perFrame = scene.nodes.size > input.namedAtOnce ? LABELS_A_FRAME : Infinity;
    const chunk = (from: number) => {
      const to = Math.min(items.length, from + perFrame);
      for (let i = from; i < to; i++) {
        if (items[i].leader) leaders.append(items[i].leader!);
        textGroup.append(items[i].text);
      }
      if (to < items.length) cancelChunks = afterPaint(() => chunk(to));
    };
    chunk(0);
    layer.replaceChildren(group);
    layer.removeAttribute('visibility');
    placedK = t.k;
  }

  /** whether the placement due waits for the pointer to rest (a hover), so a change that cannot wait replaces it */
  let delayed = false;
  const schedule = (delay = 0) => {
    stopPlacing(); // whatever it was placing for is out of date
    if (labelFrame || (labelTimer && !delayed)) return; // a placement after the next frame is already due
    if (labelTimer) { clearTimeout(labelTimer); labelTimer = 0; }
    // a hover's labels wait until the pointer rests, so sweeping over the map does not place labels at every country
    // it crosses (a click that follows would queue behind them)
    delayed = delay > 0;
    if (delayed) { labelTimer = window.setTimeout(() => { labelTimer = 0; delayed = false; schedule(); }, delay); return; }
    labelFrame = requestAnimationFrame(() => { labelFrame = 0; labelTimer = window.setTimeout(placeNow, 0); });
  };

  return {
    schedule,
    scaled(k) { if (k !== placedK) layer.setAttribute('visibility', 'hidden'); },
    follow(id, p) {
      const label = layer.querySelector(`[data-label-for="${CSS.escape(id)}"]`);
      if (label) { label.setAttribute('x', String(p.x)); label.setAttribute('y', String(p.y)); }
    },
    destroy() {
      cancelAnimationFrame(labelFrame);
      clearTimeout(labelTimer);
      stopPlacing();
      cancelChunks();
      layer.replaceChildren();
    },
  };
}
