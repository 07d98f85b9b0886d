// The network's painter. React hosts it and keeps the panels; the painter owns the picture:
// - links on a canvas, repainted at most once per frame from the scene's edges (edgeCanvas.ts);
// - one light SVG element per node (the contract's attributes, from the one writer in scene/attributes.ts, and its
//   glyph), created when the node appears and then updated from the scene diff, inside one transformed group: a zoom
//   changes that group's transform, a drag moves one node element and asks for one canvas repaint;
// - an accessible list of the links shown (visually nothing: empty SVG groups with a role, a name and the
//   `data-edge-*` attributes), rebuilt only when the links shown change;
// - the labels (`data-label-for`), placed by graph/labels.ts after the frame that showed the change, a few ms at a time.
import type { ZoomTransform } from '../../zoom/transform';
import { nodeIndex, type NodeIndex } from '../../graph/hitTest';
import { FONT_PX, labelWidth, placeLabelsStepwise, type Box, type LabelCandidate, type LabelPlacement } from '../../graph/labels';
import type { Point, Positions } from '../../graph/layout';
import { stepToward, type Direction } from '../../graph/navigation';
import { createTabStop, createTypeAhead, rovingKey, typeAheadMatch, type KeyRule } from '../../lib/rovingFocus';
import { sortByEnglishName } from '../../i18n/nameOrder';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { glyphExtent, glyphPath } from '../../graph/shapes';
import { applyAttributes } from '../../scene/attributes';
import { diffNetwork, nodeAttributes } from '../../scene/diff';
import { laterNames } from '../../lib/laterNames';
import { sameLinkList, type EdgeState, type NodeState, type Scene } from '../../scene/scene';
import { QUIET, drawEdges, edgeDrawList, sliceDrawList, splitEdges, type EdgeBatch, type EdgeContext } from './edgeCanvas';
import { afterPaint } from '../../lib/afterPaint';
import { pointerHover } from '../../lib/pointerHover';

const SVG = 'http://www.w3.org/2000/svg';
/** A press that moves less than this (px) is a click, not a drag. */
const DRAG_PX = 4;
/** A pointer this close (screen px) to a node's centre, beyond its glyph, still finds it. */
const HIT_PX = 8;
/** Most lit partners forced into view at once. */
const MAX_FORCED = 30;
/** How long the pointer rests on a node before the labels follow its hover. */
const HOVER_LABELS_MS = 120;
/** Label candidates considered, in priority order (the real network has about 250 nodes). */
const MAX_CANDIDATES = 400;
/** The longest a label placement runs before it lets the page paint and handle input. */
const LABEL_SLICE_MS = 8;
/** Beyond this many links, a repaint of the base layer already on screen is drawn in slices of SLICE_LINKS links,
 *  for about SLICE_MS at a time (the ten-times network's 15,000 links took 75–95 ms in one task). */
const SLICED_LINKS = 2000;
const SLICE_LINKS = 1500;
const SLICE_MS = 8;
/** Up to this many nodes, the first paint names them (the shipped network has ~230) and new names are written in one
 *  task after a paint; ten times as many are named after the paint, SLICE_MS at a time, so that their names neither
 *  hold back the first picture nor make one long task. */
const NAMED_AT_ONCE = 1000;
/** Labels drawn a frame in a network larger than that (drawLabels). */
const LABELS_A_FRAME = 40;
/** Half the side of the faded group's transparent backing (layout units; see `pad`). */
const PAD = 1e5;

export interface GraphLayers {
  svg: SVGSVGElement;
  canvas: HTMLCanvasElement;
  /** over `canvas`: the dragged node's links, so a drag move repaints a handful of links, not all */
  dragCanvas: HTMLCanvasElement;
  /** the one transformed group of the nodes' drawing */
  world: SVGGElement;
  nodes: SVGGElement;
  /** in a drawing of its own over the nodes', transformed as `world` is */
  labels: SVGGElement;
  links: SVGGElement;
}

/** What the painter reports; the host turns these into store events. */
export interface GraphEvents {
  click: (id: string, repeat: boolean) => void;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  /** double click: focus the ego network on the node */
  focus: (id: string) => void;
  /** the pinned (dragged) nodes changed */
  pins: (ids: readonly string[]) => void;
  /** the view should move to `t` (through the zoom controller): the keyboard focus went to a node out of view */
  pan: (t: ZoomTransform) => void;
}

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
  degrees: ReadonlyMap<string, number>;
  /** texts drawn in the zoomed group (the ego sectors' captions: bold, centred on x, baseline y): no label covers them */
  captions?: readonly { x: number; y: number; text: string }[];
}
export interface Words {
  /** the accessible name of the list of links */
  list: (count: number) => string;
  /** the accessible name of one link */
  link: (e: EdgeState) => string;
  /** the accessible name of the whole drawing */
  network: (nodes: number, links: number) => string;
}

/** Links listed in one go (the real network has ~850); a longer list (the ×10 network's 15,000) is listed in slices
 *  of LIST_SLICE, one per frame, after the frames that show the network, so listing it neither holds up its first
 *  paint nor makes a long task (a slice, with its style recalculation, costs a few ms). */
export const LIST_AT_ONCE = 2000;
export const LIST_SLICE = 400;

export interface GraphPainter {
  paint: (scene: Scene, labels: LabelState) => void;
  /** a new layout (grouping, ego focus): every node moves, pins stay */
  setLayout: (positions: Positions) => void;
  setTransform: (t: ZoomTransform) => void;
  setSize: (width: number, height: number, dpr: number) => void;
  setLabels: (config: LabelConfig) => void;
  setWords: (words: Words) => void;
  unpin: (id: string | null) => void;
  /** the one node in the tab order when nothing was focused yet */
  destroy: () => void;
}

const em = (px: number) => `${(px / FONT_PX).toFixed(3)}em`;
const markSize = (n: NodeState) => glyphExtent(n.kind, nodeRadius({ id: n.id, kind: n.kind, label: '' }));

/** Moves a node within the document. Chromium's `moveBefore` keeps its focus (a removal would blur it, and a node
 *  lifted by a hover may hold the keyboard focus); elsewhere the focus is given back. */
function moveNode(parent: Element, node: Element, before: Element | null) {
  const p = parent as Element & { moveBefore?: (n: Node, b: Node | null) => void };
  if (p.moveBefore && node.isConnected && parent.isConnected) { p.moveBefore(node, before); return; }
  const focused = node.isConnected && node.contains(document.activeElement);
  const active = document.activeElement as HTMLElement | null;
  parent.insertBefore(node, before);
  if (focused) active?.focus({ preventScroll: true });
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: ParentNode): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  parent?.appendChild(e);
  return e;
}

/** The same links in the same order and stages (what the accessible list shows). */
function sameList(a: readonly EdgeState[], b: readonly EdgeState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].stage !== b[i].stage) return false;
  return true;
}

export function createGraphPainter(layers: GraphLayers, events: GraphEvents, words: Words): GraphPainter {
  const ctx = layers.canvas.getContext('2d') as EdgeContext | null;
  const dragCtx = layers.dragCanvas.getContext('2d') as EdgeContext | null;
  const els = new Map<string, SVGGElement>();
  /** layout positions overlaid with the pins: mutated in place by a drag */
  const positions = new Map<string, Point>();
  let layout: Positions = new Map();
  const pinned = new Map<string, Point>();
  let index: NodeIndex = nodeIndex([]);
  let scene: Scene | null = null;
  let labelState: LabelState = { sel: null, hover: null, hoverSet: null, lit: null, focusId: null };
  let labelConfig: LabelConfig = { textOf: (id) => id, degrees: new Map() };
  let t: ZoomTransform = { k: 1, x: 0, y: 0 };
  let placedK = NaN;
  let size = { width: 0, height: 0, dpr: 1 };
  const tabStop = createTabStop((id) => els.get(id));
  let current: string | null = null;
  let quiet = false;
  let dragging: { id: string; x0: number; y0: number; moved: boolean; pointer: number } | null = null;
  /** the click that ends a drag is not a click on the node */
  let dragEnded = false;
  let listed: EdgeState[] = [];
  /** The first list waits for the first frame (see relist). */
  let firstList = true;
  let frame = 0, labelTimer = 0, labelFrame = 0;
  let cancelList = () => {};

  const shown = (id: string) => els.has(id) && positions.has(id);
  const typeAhead = createTypeAhead();
  /** the nodes by name for type-ahead, sorted once per scene (2,500 names at ×10) */
  let byName: { scene: Scene | null; ids: string[] } = { scene: null, ids: [] };
  /** each node's name as written (without ", pinned"), so new names rewrite only those that differ */
  const written = new Map<string, string>();
  const nameWithPin = (id: string, name: string) => (pinned.has(id) ? `${name}, pinned` : name);

  // --- canvas: at most one repaint per frame. The canvas below holds the base layer (every link, faint) and is
  // repainted only when links, positions or the zoom change: a hover or a selection quiets it by CSS opacity and
  // draws its story links on the canvas above, so neither repaints the 15,000 links of a large network. While a node
  // is dragged, the links that do not move stay below and the dragged node's links are drawn above on each move.
  let baseStale = true;
  let split: { id: string; moving: EdgeState[]; still: EdgeState[] } | null = null;
  const at = (id: string) => (els.has(id) ? positions.get(id) : undefined);
  /** the zoom at which the picture on the base canvas was drawn (null: nothing drawn at this size yet) */
  let shownT: ZoomTransform | null = null;
  let slicing = 0;
  let offscreen: HTMLCanvasElement | null = null;
  const stopSlicing = () => { clearTimeout(slicing); slicing = 0; };
  /** Draws the base layer. A large repaint of a picture already on screen (a drag's start or end, a zoom at ten times
   *  the network) is drawn off screen a few ms at a time and then swapped in, so it is never one long task; meanwhile
   *  the old picture stays, moved by CSS to follow the zoom. */
  function paintBase(edges: readonly EdgeState[]) {
    stopSlicing();
    const c = ctx!;
    const n = edges.length;
    const drawList = () => edgeDrawList(edges, false, ['base']);
    const swap = (from: HTMLCanvasElement | null) => {
      if (from) { c.setTransform(1, 0, 0, 1, 0, 0); c.clearRect(0, 0, from.width, from.height); c.drawImage(from, 0, 0); }
      shownT = t;
      layers.canvas.style.transform = '';
    };
    if (!shownT || n <= SLICED_LINKS) { drawEdges(c, drawList(), at, t, size, size.dpr); swap(null); return; }
    offscreen ??= document.createElement('canvas');
    const off = offscreen;
    [off.width, off.height] = [layers.canvas.width, layers.canvas.height];
    const offCtx = off.getContext('2d') as EdgeContext | null;
    if (!offCtx) { drawEdges(c, drawList(), at, t, size, size.dpr); swap(null); return; }
    let pieces: EdgeBatch[][] | null = null;
    let i = 0;
    const step = () => {
      slicing = 0;
      pieces ??= sliceDrawList(drawList(), SLICE_LINKS);
      const t0 = performance.now();
      // at least one piece a slice, however long the last one took
      for (let first = true; i < pieces.length && (first || performance.now() - t0 < SLICE_MS); first = false, i++) {
        drawEdges(offCtx, pieces[i], at, t, size, size.dpr, i === 0);
        // strokes are only recorded until the canvas is read: reading one pixel rasterises this piece now, so the
        // time measured is the drawing's and the swap does not rasterise every piece at once
        offCtx.getImageData(0, 0, 1, 1);
      }
      if (i < pieces.length) slicing = window.setTimeout(step, 0);
      else swap(off);
    };
    // the draw list and the first piece too, after this frame: the frame that starts a drag at ten times the network
    // then only splits the links and draws the dragged node's
    slicing = window.setTimeout(step, 0);
  }
  // A canvas's first drawing call sets up its backing store: 12–50 ms on the 2-core machine, however little is drawn.
  // The canvas above (first used by a hover, a selection or a drag) and the off-screen canvas of sliced repaints (a
  // drag's start at ten times the network) would pay it inside that interaction's frame, which at ten times the
  // network became a 60 ms task; each is set up in an idle period of its own once the base picture is drawn.
  let prepared = { above: false, offscreen: false };
  let preparing = 0;
  function prepareSoon(sliced: boolean) {
    if (preparing || typeof requestIdleCallback !== 'function') return;
    const next = !prepared.above ? 'above' : sliced && !prepared.offscreen ? 'offscreen' : null;
    if (!next) return;
    preparing = requestIdleCallback(() => {
      preparing = 0;
      prepared[next] = true;
      if (next === 'above') dragCtx?.clearRect(0, 0, 1, 1);
      else {
        offscreen ??= document.createElement('canvas');
        [offscreen.width, offscreen.height] = [layers.canvas.width, layers.canvas.height];
        offscreen.getContext('2d')?.clearRect(0, 0, 1, 1);
      }
      prepareSoon(sliced);
    });
  }
  /** While a sliced repaint is under way, the picture on screen follows the zoom by a CSS transform. */
  function followZoom() {
    if (!shownT || shownT === t) return;
    const r = t.k / shownT.k;
    layers.canvas.style.transform = `translate(${t.x - shownT.x * r}px, ${t.y - shownT.y * r}px) scale(${r})`;
  }
  function repaintEdges() {
    frame = 0;
    if (!ctx || !scene) return;
    const id = dragging?.moved ? dragging.id : null;
    if (id && split?.id !== id) { split = { id, ...splitEdges(scene.edges, id) }; baseStale = true; }
    if (!id && split) { split = null; baseStale = true; }
    if (baseStale) { paintBase(split ? split.still : scene.edges); prepareSoon(scene.edges.length > SLICED_LINKS); }
    baseStale = false;
    followZoom();
    if (!dragCtx) return;
    const above = [...(split ? edgeDrawList(split.moving, quiet, ['base']) : []), ...activeList(scene.edges)];
    const empty = above.every((b) => !b.edges.length);
    if (empty && aboveHidden) return;
    drawEdges(dragCtx, above, at, t, size, size.dpr);
    hideAbove(empty);
  }
  // The canvas above is hidden while it has nothing to show (no hover, selection or drag): a canvas the size of the
  // panel, even empty, costs the frames after it was drawn a copy of its pixels at the compositor's commit (~18 ms
  // each at 1440×900 on the 2-core machine), and the first frames after the ten-times network's paint paid it twice.
  let aboveHidden = false;
  const hideAbove = (hide: boolean) => {
    if (hide === aboveHidden) return;
    aboveHidden = hide;
    layers.dragCanvas.style.display = hide ? 'none' : '';
  };
  hideAbove(true);
  /** The story links' batches, built once per scene (a drag repaints them on every move: 15,000 links at ten times). */
  let active: { edges: readonly EdgeState[]; list: EdgeBatch[] } | null = null;
  const activeList = (edges: readonly EdgeState[]) => {
    if (active?.edges !== edges) active = { edges, list: edgeDrawList(edges, false, ['active']) };
    return active.list;
  };
  /** `all`: every link may have changed (scene, zoom, size); else only the dragged node's links moved */
  const scheduleEdges = (all = true) => {
    baseStale ||= all;
    if (!frame) frame = requestAnimationFrame(repaintEdges);
  };

  // --- nodes
  // A country's glyph is a circle at its place (cx, cy; its radius from CSS), other glyphs a path in a translated
  // group. No transform per country: each transform starts a paint chunk of its own, and at ten times the network
  // ~5,000 of them (a translation per node, a scale per glyph) made every frame's layerization cost ~35 ms.
  function place(id: string) {
    const p = positions.get(id), e = els.get(id);
    if (!e) return;
    if (!p) { e.setAttribute('display', 'none'); return; }
    const glyph = e.firstElementChild!;
    if (glyph.localName === 'circle') { glyph.setAttribute('cx', String(p.x)); glyph.setAttribute('cy', String(p.y)); }
    else e.setAttribute('transform', `translate(${p.x},${p.y})`);
    e.removeAttribute('display');
  }
  function create(n: NodeState): SVGGElement {
    const g = el('g', {
      class: `gnode kind-${n.kind}${isHub(n.id) ? ' hub' : ''}`, tabindex: -1, role: 'button', 'data-node-id': n.id, 'data-kind': n.kind,
    });
    applyAttributes(g, { ...nodeAttributes(n), 'data-unverified': n.unverified ? 'true' : null });
    // its fill comes from CSS on the node's data-status (theme/mapStyle.ts): a lens change rewrites no fill
    if (n.kind === 'country') el('circle', { class: 'glyph' }, g);
    else el('path', { class: 'glyph', d: glyphPath(n.kind, nodeRadius({ id: n.id, kind: n.kind, label: '' })) }, g);
    els.set(n.id, g);
    return g;
  }
  const nameNode = (s: Scene, id: string) => {
    const e = els.get(id);
    if (!e) return;
    const name = s.names.node(id);
    if (written.get(id) === name) return;
    written.set(id, name);
    e.setAttribute('aria-label', nameWithPin(id, name));
    const tip = tips.get(id);
    if (tip) tip.textContent = name;
  };
  /** The tooltip says what the accessible name says. Made when the pointer first comes over the node, not with it:
   *  at ten times the network, 2,543 more elements in the first paint for tooltips few are asked for. */
  const tips = new Map<string, SVGTitleElement>();
  const addTooltip = (id: string) => {
    const e = els.get(id);
    if (!e || tips.has(id)) return;
    const tip = el('title', {}, e);
    tip.textContent = written.get(id) ?? (scene?.nodes.has(id) ? scene.names.node(id) : id);
    tips.set(id, tip);
  };
  const names = laterNames<Scene>((s) => s.nodes.keys(), nameNode);
  function remove(id: string) {
    els.get(id)?.remove();
    els.delete(id);
    written.delete(id);
    tips.delete(id);
  }

  // --- the hovered neighbourhood. A hover fades the rest of the network as one group (`.nodes.hovering > .rest`,
  // one opacity) and lifts the hovered node and its neighbours into the group above it, instead of fading each of
  // the other nodes: at ten times the network that was a style pass over 2,500 nodes and 2,500 opacity effects for
  // the browser to paint and layer, a 40–70 ms task at the first hover. Both groups keep the scene's order.
  const rest = el('g', { class: 'rest' }, layers.nodes);
  const lit = el('g', { class: 'lit' }, layers.nodes);
  // Chromium draws a faded group into the drawing's own layer only if the group's content forms one layer; it does
  // not merge far-apart glyphs into one (a layer that sparse would be mostly empty), so 2,500 scattered glyphs
  // became ~150 layers, each drag frame took longer and drag fell from ~58 to ~36 fps. A transparent rectangle
  // first in the group, wider than any layout, makes its content one dense layer.
  const pad = el('rect', { class: 'pad', x: -PAD, y: -PAD, width: 2 * PAD, height: 2 * PAD, 'aria-hidden': 'true' }, rest);
  /** Puts each shown node in its group (lit while hovered in), in the scene's order. `only`: the nodes whose group
   *  changed, the others being in place (a hover): the walk is then in the scene alone, and only they are looked at
   *  in the document (reading 2,500 nodes' places there took ~4 ms at ten times the network). */
  function arrange(only: ReadonlySet<string> | null) {
    if (!scene) return;
    const nodes = [...scene.nodes.values()];
    let restNext: Element | null = null, litNext: Element | null = null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const { id, hoverIn: up } = nodes[i];
      const e = els.get(id);
      if (!e) continue;
      const [group, next] = up ? [lit, litNext] : [rest, restNext];
      if ((!only || only.has(id)) && (e.parentNode !== group || e.nextElementSibling !== next)) moveNode(group, e, next);
      if (up) litNext = e; else restNext = e;
    }
  }

  /** The tab stop: the node last focused or clicked, else the selection, else Budapest, else the first shown. */
  function setTabStop() {
    const first = scene?.nodes.keys().next().value ?? null;
    tabStop.set([current, labelState.sel, 'budapest'].find((x): x is string => !!x && shown(x)) ?? first);
  }

  /** The key rule shared with the map (lib/rovingFocus.ts): arrows step to a linked node in that direction (any
   *  shown node when it has no links), Home/End to the first and last shown nodes. */
  const keys: KeyRule = {
    neighbour(id, dir: Direction) {
      if (!scene) return null;
      const near = new Set<string>();
      for (const l of scene.edges) if (l.source === id) near.add(l.target); else if (l.target === id) near.add(l.source);
      const pool: { id: string; p: Point }[] = [];
      for (const n of scene.nodes.keys()) if (n !== id && shown(n) && (!near.size || near.has(n))) pool.push({ id: n, p: positions.get(n)! });
      return stepToward(positions.get(id)!, dir, pool);
    },
    ends() {
      const ids = [...(scene?.nodes.keys() ?? [])].filter(shown);
      return ids.length ? [ids[0], ids[ids.length - 1]] : null;
    },
    move(id) {
      current = id;
      setTabStop();
      // a node out of view (zoomed in) is brought to the middle, at the same scale, as the map does for its marks
      const p = positions.get(id);
      if (p) {
        const x = p.x * t.k + t.x, y = p.y * t.k + t.y;
        if (x < 0 || y < 0 || x > size.width || y > size.height) events.pan({ k: t.k, x: size.width / 2 - p.x * t.k, y: size.height / 2 - p.y * t.k });
      }
      els.get(id)?.focus();
    },
    select: (id) => events.select(id),
    clear() { events.select(null); events.hover(null); },
  };

  // --- the accessible list of links
  function relist(force = false) {
    const edges = (scene?.edges ?? []).filter((e) => shown(e.source) && shown(e.target));
    // a hover or a selection changes which links are active, not which are listed: compared in place, every hover
    // at ×10 would otherwise build a 15,000-part key
    if (!force && sameList(listed, edges)) return;
    listed = edges;
    stopListing();
    const list = (from: number, replace: boolean) => {
      const frag = document.createDocumentFragment();
      const to = edges.length <= LIST_AT_ONCE ? edges.length : Math.min(edges.length, from + LIST_SLICE);
      for (let i = from; i < to; i++) {
        const e = edges[i];
        el('g', { role: 'listitem', 'aria-label': words.link(e), 'data-edge-family': e.family, 'data-edge-stage': e.stage, ...(e.unverified ? { 'data-unverified': 'true' } : {}) }, frag);
      }
      if (replace) layers.links.replaceChildren(frag);
      else layers.links.appendChild(frag);
      if (to < edges.length) cancelList = afterPaint(() => list(to, false));
    };
    // The first list is built after the first frame (its name and count are set at once): it is not drawn, and its
    // ~460 elements cost the first view ~10 ms of script, style and layout. Later lists change in the change's frame.
    if (firstList) { firstList = false; cancelList = afterPaint(() => list(0, true)); }
    else list(0, true);
    layers.links.setAttribute('aria-label', words.list(edges.length));
    let nodes = 0;
    for (const id of els.keys()) if (positions.has(id)) nodes++;
    layers.svg.setAttribute('aria-label', words.network(nodes, edges.length));
  }
  function stopListing() {
    cancelList();
    cancelList = () => {};
  }

  // --- labels: placed after the frame that showed the change, so clicks, zooms and drags paint first, and in slices
  // of a few ms (graph/labels.ts yields after each candidate), so a long placement is no long task; a change that
  // comes meanwhile drops the placement under way and starts again
  let placing: { steps: Generator<void, Map<string, LabelPlacement>>; candidates: Map<string, LabelCandidate & { n: NodeState }> } | null = null;
  let sliceTimer = 0;
  function placeNow() {
    labelTimer = 0;
    if (!scene) return;
    const { sel, hover, hoverSet, lit, focusId } = labelState;
    const rank = (n: NodeState): number => {
      if (n.id === sel || n.id === hover) return 0;
      if (n.id === focusId) return 1;
      // every lit partner is forced while that stays legible; an organisation with dozens of partners lets them yield
      if (lit?.has(n.id)) return lit.size <= MAX_FORCED ? 1 : 2;
      if (isHub(n.id)) return sel ? 3 : 1;
      if (hoverSet?.has(n.id)) return 2;
      return n.kind === 'country' ? 4 : 5;
    };
    const ranked: { n: NodeState; x: number; y: number; rank: number; deg: number }[] = [];
    for (const n of scene.nodes.values()) {
      const p = positions.get(n.id);
      if (!p || !els.has(n.id)) continue;
      const x = p.x * t.k + t.x, y = p.y * t.k + t.y;
      // a node off screen cannot be labelled on screen
      if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
      ranked.push({ n, x, y, rank: rank(n), deg: labelConfig.degrees.get(n.id) ?? 0 });
    }
    ranked.sort((a, b) => a.rank - b.rank || b.deg - a.deg || (a.n.id < b.n.id ? -1 : 1));
    // far fewer labels than this fit in a panel: past it the greedy pass only costs time (a ×10 network)
    if (ranked.length > MAX_CANDIDATES) ranked.length = MAX_CANDIDATES;
    const candidates = ranked.map(({ n, x, y, rank: rk }) => ({
      id: n.id, n, x, y, r: markSize(n), text: labelConfig.textOf(n.id, n.kind), force: rk <= 1, bold: n.id === sel,
    }));
    const captions = (labelConfig.captions ?? []).map(({ x, y, text }): Box => {
      const cx = x * t.k + t.x, cy = y * t.k + t.y, half = labelWidth(text, true) / 2;
      return [cx - half, cy - FONT_PX, cx + half, cy + FONT_PX / 3];
    });
    placing = { steps: placeLabelsStepwise(candidates, [size.width, size.height], captions), candidates: new Map(candidates.map((c) => [c.id, c])) };
    placeSlice();
  }
  function placeSlice() {
    sliceTimer = 0;
    if (!placing || !scene) return;
    const until = performance.now() + LABEL_SLICE_MS;
    for (let r = placing.steps.next(); ; r = placing.steps.next()) {
      if (r.done) { drawLabels(r.value, placing.candidates); placing = null; return; }
      if (performance.now() > until) { sliceTimer = window.setTimeout(placeSlice, 0); return; }
    }
  }
  function stopPlacing() {
    clearTimeout(sliceTimer);
    sliceTimer = 0;
    placing = null;
  }
  let cancelLabelChunks = () => {};
  function drawLabels(placed: Map<string, LabelPlacement>, byId: Map<string, LabelCandidate & { n: NodeState }>) {
    if (!scene) return;
    cancelLabelChunks();
    const { sel, hoverSet } = labelState;
    const group = el('g', { class: 'labels', 'aria-hidden': 'true' });
    // leaders below texts, whatever the chunk they come in
    const leaders = el('g', {}, group), textGroup = el('g', {}, group);
    const items: { leader: Element | null; text: Element }[] = [];
    // in the scene's order, so the layer reads the same whatever the priorities
    for (const id of scene.nodes.keys()) {
      const l = placed.get(id), c = byId.get(id);
      const p = positions.get(id);
      if (!l || !c || !p) continue;
      let leader: Element | null = null;
      if (l.leader) {
        // from the node to the nearest point of the label's box, in layout units
        const ex = Math.min(Math.max(c.x, l.box[0] + 2), l.box[2] - 2), ey = Math.min(Math.max(c.y, l.box[1] + 2), l.box[3] - 2);
        leader = el('line', { class: 'leader', x1: p.x, y1: p.y, x2: (ex - t.x) / t.k, y2: (ey - t.y) / t.k });
      }
      const out = hoverSet && !hoverSet.has(c.id);
      const text = el('text', {
        'data-label-for': c.id, x: p.x, y: p.y, dx: em(l.dx), dy: em(l.dy), 'text-anchor': l.anchor,
        class: `label${c.id === sel ? ' sel' : ''}${c.n.kind === 'country' ? ' country' : ''}${out ? ' out' : ''}`,
      });
      text.textContent = c.text;
      items.push({ leader, text });
    }
    // A few dozen labels a frame in a large network: at ten times the network, its ~130 labels laid out at once made
    // one frame of ~100 ms after the first paint. The shipped network's come in one frame.
    const perFrame = scene.nodes.size > NAMED_AT_ONCE ? LABELS_A_FRAME : Infinity;
    const chunk = (from: number) => {
      const to = Math.min(items.length, from + perFrame);
      for (let i = from; i < to; i++) {
        if (items[i].leader) leaders.append(items[i].leader!);
        textGroup.append(items[i].text);
      }
      if (to < items.length) cancelLabelChunks = afterPaint(() => chunk(to));
    };
    chunk(0);
    layers.labels.replaceChildren(group);
    layers.labels.removeAttribute('visibility');
    placedK = t.k;
  }
  /** `delay`: a hover's labels wait until the pointer rests, so sweeping over the map does not place labels at every
   * country it crosses (a click that follows would queue behind them) */
  let delayed = false;
  const scheduleLabels = (delay = 0) => {
    stopPlacing(); // whatever it was placing for is out of date
    if (labelFrame || (labelTimer && !delayed)) return; // a placement after the next frame is already due
    if (labelTimer) { clearTimeout(labelTimer); labelTimer = 0; }
    delayed = delay > 0;
    if (delayed) { labelTimer = window.setTimeout(() => { labelTimer = 0; delayed = false; scheduleLabels(); }, delay); return; }
    labelFrame = requestAnimationFrame(() => { labelFrame = 0; labelTimer = window.setTimeout(placeNow, 0); });
  };

  // --- input
  const nodeIdOf = (e: Event) => (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
  const toLayout = (e: MouseEvent): Point => {
    const r = layers.svg.getBoundingClientRect();
    return { x: (e.clientX - r.left - t.x) / t.k, y: (e.clientY - r.top - t.y) / t.k };
  };
  /** the node under the pointer: its own element, else the nearest centre within HIT_PX */
  const nodeAt = (e: MouseEvent) => {
    const own = nodeIdOf(e);
    if (own) return own;
    if ((e.target as Element).closest?.('.bloc-outline')) return null;
    const p = toLayout(e);
    const id = index.find(p.x, p.y, HIT_PX / t.k);
    return id && shown(id) ? id : null;
  };

  const on = <K extends keyof SVGElementEventMap>(target: SVGElement, type: K, f: (e: SVGElementEventMap[K]) => void) => {
    target.addEventListener(type, f as EventListener);
    return () => target.removeEventListener(type, f as EventListener);
  };
  // Hover follows the pointer once per frame, after the frame is painted, and waits while a press is under way, as on
  // the map (lib/pointerHover.ts).
  let hoverTo: string | null = null;
  const hovering = pointerHover(() => events.hover(hoverTo));
  const off = [
    on(layers.svg, 'pointerdown', (e) => hovering.pressed(e.button)),
    () => hovering.destroy(),
    on(layers.nodes, 'pointerover', (e) => { const id = nodeIdOf(e); if (id) addTooltip(id); }),
    on(layers.nodes, 'pointerdown', (e) => {
      const id = nodeIdOf(e);
      dragging = id && !e.button ? { id, x0: e.clientX, y0: e.clientY, moved: false, pointer: e.pointerId } : null;
      dragEnded = false;
    }),
    on(layers.svg, 'pointermove', (e) => {
      const d = dragging;
      if (!d) { hoverTo = nodeAt(e); hovering.moved(e.buttons); return; }
      if (!d.moved && Math.hypot(e.clientX - d.x0, e.clientY - d.y0) < DRAG_PX) return;
      // capture only once it is a drag, so plain clicks and double-clicks still reach the node
      if (!d.moved) {
        layers.nodes.setPointerCapture?.(d.pointer);
        d.moved = true;
        if (!pinned.has(d.id)) { pinned.set(d.id, { x: 0, y: 0 }); relabel(d.id); }
      }
      const p = toLayout(e);
      const at = positions.get(d.id);
      if (at) { at.x = p.x; at.y = p.y; } else positions.set(d.id, p);
      pinned.set(d.id, positions.get(d.id)!);
      place(d.id);
      // the node's own label follows; the others are re-placed when the drag ends
      const label = layers.labels.querySelector(`[data-label-for="${CSS.escape(d.id)}"]`);
      if (label) { label.setAttribute('x', String(p.x)); label.setAttribute('y', String(p.y)); }
      scheduleEdges(false);
    }),
    on(layers.svg, 'pointerup', () => {
      const d = dragging;
      dragging = null;
      if (!d?.moved) return;
      dragEnded = true;
      index.move(d.id, positions.get(d.id)!);
      events.pins([...pinned.keys()]);
      scheduleEdges();
      scheduleLabels();
    }),
    on(layers.svg, 'pointerleave', () => { if (!dragging) { hoverTo = null; hovering.moved(); } }),
    on(layers.svg, 'click', (e) => {
      const id = nodeAt(e);
      if (!id || dragEnded) return;
      events.click(id, e.detail > 1);
      current = id;
      setTabStop();
    }),
    on(layers.svg, 'dblclick', (e) => { const id = nodeAt(e); if (id) events.focus(id); }),
    on(layers.nodes, 'focusin', (e) => { current = nodeIdOf(e); setTabStop(); }),
    on(layers.nodes, 'keydown', (e) => {
      const id = nodeIdOf(e);
      if (!id || !scene) return;
      if (rovingKey(e.key, id, keys)) { e.preventDefault(); return; }
      // arrows follow links, which leave most nodes out of reach: letters move to a node by its name, as on the map
      const typed = typeAhead(e);
      if (typed === null) return;
      e.preventDefault();
      if (byName.scene !== scene) byName = { scene, ids: sortByEnglishName([...scene.nodes.keys()], (n) => scene!.names.node(n)) };
      const hit = typeAheadMatch(byName.ids.filter(shown), (n) => scene!.names.node(n), id, typed);
      if (hit) keys.move(hit);
    }),
  ];

  function relabel(id: string) {
    const e = els.get(id);
    if (!scene?.nodes.has(id) || !e) return;
    if (!written.has(id)) nameNode(scene, id);
    e.setAttribute('aria-label', nameWithPin(id, written.get(id)!));
    applyAttributes(e, { 'data-pinned': pinned.has(id) ? 'true' : null });
  }

  function reposition() {
    positions.clear();
    for (const [id, p] of layout) positions.set(id, { x: p.x, y: p.y });
    for (const [id, p] of pinned) positions.set(id, p);
    index = nodeIndex(positions);
    for (const id of els.keys()) place(id);
  }

  return {
    paint(next, ls) {
      const labelsChanged = ls.sel !== labelState.sel || ls.lit !== labelState.lit || ls.focusId !== labelState.focusId;
      const hoverChanged = ls.hover !== labelState.hover || ls.hoverSet !== labelState.hoverSet;
      labelState = ls;
      if (next === scene) { if (labelsChanged) scheduleLabels(); else if (hoverChanged) scheduleLabels(HOVER_LABELS_MS); return; }
      const prev = scene;
      const d = diffNetwork(prev, next);
      scene = next;
      for (const id of d.nodesExited) remove(id);
      for (const c of d.nodes) {
        const e = els.get(c.id);
        if (e) applyAttributes(e, c.attrs);
      }
      for (const id of d.nodesEntered) { create(next.nodes.get(id)!); place(id); }
      // names and tooltips: the first at once, unless there are so many that they would lengthen the first paint (ten
      // times the network); new ones (a lens change renames every node) after the paint (lib/laterNames.ts)
      if (!prev && next.nodes.size <= NAMED_AT_ONCE) for (const id of next.nodes.keys()) nameNode(next, id);
      else if (!prev || prev.names !== next.names || d.nodesEntered.length) names.set(next, next.nodes.size > NAMED_AT_ONCE ? SLICE_MS : Infinity);
      // the first nodes in one go; later, those that came back or whose hover changed, in the scene's order (the
      // drawing order)
      if (!prev) rest.replaceChildren(pad, ...[...next.nodes.keys()].map((id) => els.get(id)!));
      const hoverMoved = d.nodes.filter((c) => 'data-hover-in' in c.attrs);
      if (prev ? d.nodesEntered.length > 0 : [...next.nodes.values()].some((n) => n.hoverIn)) arrange(null);
      else if (hoverMoved.length) arrange(new Set(hoverMoved.map((c) => c.id)));
      if (prev?.nodes !== next.nodes) {
        let hovering = false, hasSel = false;
        for (const n of next.nodes.values()) { hovering ||= n.hoverIn; hasSel ||= n.selected && positions.has(n.id); }
        layers.nodes.classList.toggle('hovering', hovering);
        // a hover takes over from the selection's fading (so the hover alone restyles no node that stays faded)
        layers.svg.classList.toggle('has-sel', hasSel && !hovering);
        if ((hovering || hasSel) !== quiet) {
          quiet = hovering || hasSel;
          layers.canvas.style.opacity = quiet ? String(QUIET) : '';
          scheduleEdges(false);
        }
      }
      // the same links in the same stages (a hover, a selection): only which are active changed, drawn above
      const nodesMoved = d.nodesEntered.length > 0 || d.nodesExited.length > 0;
      const sameLinks = !nodesMoved && !!prev && (!d.edges || sameLinkList(prev.edges, next.edges) || sameList(prev.edges, next.edges));
      if (!sameLinks) { split = null; scheduleEdges(); relist(); }
      else if (d.edges) scheduleEdges(false); // the list of links is the same too: nothing to list again
      const hoverOnly = !labelsChanged && prev !== null && prev.lens === next.lens && d.nodes.every((c) => Object.keys(c.attrs).every((k) => k === 'data-hover-in'));
      if (d.nodesEntered.length || d.nodesExited.length) scheduleLabels();
      else if (d.nodes.length || labelsChanged || hoverChanged) scheduleLabels(hoverOnly ? HOVER_LABELS_MS : 0);
      setTabStop();
    },
    setLayout(next) {
      if (next === layout) return;
      layout = next;
      reposition();
      if (scene) relist(true);
      scheduleEdges();
      scheduleLabels();
      setTabStop();
    },
    setTransform(next) {
      t = next;
      for (const g of [layers.world, layers.labels]) {
        g.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
        g.style.setProperty('--k', String(t.k));
      }
      // labels placed for another scale may collide at this one: hidden until re-placed
      if (t.k !== placedK) layers.labels.setAttribute('visibility', 'hidden');
      scheduleEdges();
      scheduleLabels();
    },
    setSize(width, height, dpr) {
      // the host passes its size again at mount: resizing the canvases would clear and reallocate them for nothing
      if (width === size.width && height === size.height && dpr === size.dpr) return;
      size = { width, height, dpr };
      // resizing clears the canvases: the next base picture is drawn at once
      stopSlicing();
      shownT = null;
      prepared = { above: false, offscreen: false };
      for (const c of [layers.canvas, layers.dragCanvas]) {
        c.width = Math.round(width * dpr);
        c.height = Math.round(height * dpr);
        c.style.width = `${width}px`;
        c.style.height = `${height}px`;
      }
      scheduleEdges();
      scheduleLabels();
    },
    setLabels(config) { if (config !== labelConfig) { labelConfig = config; scheduleLabels(); } },
    setWords(w) {
      // the same words (the host passes them again at mount): no list to build a second time
      if (w === words) return;
      words = w;
      if (scene) relist(true);
    },
    unpin(id) {
      const ids = id ? [id] : [...pinned.keys()];
      for (const x of ids) { pinned.delete(x); relabel(x); }
      reposition();
      events.pins([...pinned.keys()]);
      scheduleEdges();
      scheduleLabels();
    },
    destroy() {
      for (const f of off) f();
      names.dispose();
      stopSlicing();
      if (preparing) cancelIdleCallback(preparing);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(labelFrame);
      clearTimeout(labelTimer);
      stopPlacing();
      stopListing();
      cancelLabelChunks();
      layers.nodes.replaceChildren();
      layers.labels.replaceChildren();
      layers.links.replaceChildren();
      els.clear();
      written.clear();
      tips.clear();
      scene = null;
    },
  };
}
