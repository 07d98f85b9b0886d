// The network's painter. React hosts it and keeps the panels; the painter owns the picture:
// - one light SVG element per node (the contract's attributes, from the one writer in scene/attributes.ts, and its
//   glyph), created when the node appears and then updated from the scene diff, inside one transformed group: a zoom
//   changes that group's transform, a drag moves one node element and asks for one canvas repaint;
// - and three layers of its own: the links on canvases (edgeLayer.ts), their accessible list (linkList.ts) and the
//   labels (graphLabels.ts), each told what changed.
import type { ZoomTransform } from '../../zoom/transform';
import { nodeIndex, type NodeIndex } from '../../graph/hitTest';
import type { Point, Positions } from '../../graph/layout';
import { stepToward, type Direction } from '../../graph/navigation';
import { createTabStop, createTypeAhead, rovingKey, typeAheadMatch, type KeyRule } from '../../lib/rovingFocus';
import { sortByEnglishName } from '../../i18n/nameOrder';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { glyphPath } from '../../graph/shapes';
import { applyAttributes } from '../../scene/attributes';
import { diffNetwork, nodeAttributes } from '../../scene/diff';
import { laterNames } from '../../lib/laterNames';
import { sameLinkList, type NodeState, type Scene } from '../../scene/scene';
import { pointerHover } from '../../lib/pointerHover';
import { svgEl } from '../../lib/svgEl';
import { createEdgeLayer } from './edgeLayer';
import { createLabelLayer, type LabelConfig, type LabelState } from './graphLabels';
import { createLinkList, sameList, type LinkWords } from './linkList';
/** A press that moves less than this (px) is a click, not a drag. */
const DRAG_PX = 4;
/** A pointer this close (screen px) to a node's centre, beyond its glyph, still finds it. */
const HIT_PX = 8;
/** How long the pointer rests on a node before the labels follow its hover. */
const HOVER_LABELS_MS = 120;
/** Up to this many nodes, the first paint names them (the shipped network has ~230) and new names are written in one
 *  task after a paint; ten times as many are named after the paint, NAMES_SLICE_MS at a time, so that their names
 *  neither hold back the first picture nor make one long task. */
const NAMED_AT_ONCE = 1000;
const NAMES_SLICE_MS = 8;
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

export interface Words extends LinkWords {
  /** the accessible name of the whole drawing */
  network: (nodes: number, links: number) => string;
  /** a node's name once the user has dragged it where it stays ("Republic of Korea, pinned") */
  pinned: (name: string) => string;
}

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

export function createGraphPainter(layers: GraphLayers, events: GraphEvents, words: Words): GraphPainter {
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
  let size = { width: 0, height: 0, dpr: 1 };
  const tabStop = createTabStop((id) => els.get(id));
  let current: string | null = null;
  let dragging: { id: string; x0: number; y0: number; moved: boolean; pointer: number } | null = null;
  /** the click that ends a drag is not a click on the node */
  let dragEnded = false;

  const shown = (id: string) => els.has(id) && positions.has(id);
  const at = (id: string) => (els.has(id) ? positions.get(id) : undefined);
  const edgeLayer = createEdgeLayer(layers.canvas, layers.dragCanvas, () => ({ scene, dragged: dragging?.moved ? dragging.id : null, at, t, size }));
  const scheduleEdges = edgeLayer.schedule;
  const linkList = createLinkList(layers.links);
  const labelLayer = createLabelLayer(layers.labels, () => ({ scene, at, t, size, state: labelState, config: labelConfig, namedAtOnce: NAMED_AT_ONCE }));
  const scheduleLabels = labelLayer.schedule;
  const typeAhead = createTypeAhead();
  /** the nodes by name for type-ahead, sorted once per scene (2,500 names at ×10) */
  let byName: { scene: Scene | null; ids: string[] } = { scene: null, ids: [] };
  /** each node's name as written (without "pinned"), so new names rewrite only those that differ */
  const written = new Map<string, string>();
  // in the page's language: it said ", pinned" in English on every page
  const nameWithPin = (id: string, name: string) => (pinned.has(id) ? words.pinned(name) : name);

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
    const g = svgEl('g', {
      class: `gnode kind-${n.kind}${isHub(n.id) ? ' hub' : ''}`, tabindex: -1, role: 'button', 'data-node-id': n.id, 'data-kind': n.kind,
    });
    applyAttributes(g, { ...nodeAttributes(n), 'data-unverified': n.unverified ? 'true' : null });
    // its fill comes from CSS on the node's data-status (theme/mapStyle.ts): a lens change rewrites no fill
    if (n.kind === 'country') svgEl('circle', { class: 'glyph' }, g);
    else svgEl('path', { class: 'glyph', d: glyphPath(n.kind, nodeRadius({ id: n.id, kind: n.kind, label: '' })) }, g);
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
    const tip = svgEl('title', {}, e);
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
  const rest = svgEl('g', { class: 'rest' }, layers.nodes);
  const lit = svgEl('g', { class: 'lit' }, layers.nodes);
  // Chromium draws a faded group into the drawing's own layer only if the group's content forms one layer; it does
  // not merge far-apart glyphs into one (a layer that sparse would be mostly empty), so 2,500 scattered glyphs
  // became ~150 layers, each drag frame took longer and drag fell from ~58 to ~36 fps. A transparent rectangle
  // first in the group, wider than any layout, makes its content one dense layer.
  const pad = svgEl('rect', { class: 'pad', x: -PAD, y: -PAD, width: 2 * PAD, height: 2 * PAD, 'aria-hidden': 'true' }, rest);
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

  /** The links between shown nodes, listed; the drawing named by what it shows. */
  function relist(force = false) {
    const edges = (scene?.edges ?? []).filter((e) => shown(e.source) && shown(e.target));
    linkList.update(edges, words, force);
    let nodes = 0;
    for (const id of els.keys()) if (positions.has(id)) nodes++;
    layers.svg.setAttribute('aria-label', words.network(nodes, edges.length));
  }

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
      const was = positions.get(d.id);
      if (was) { was.x = p.x; was.y = p.y; } else positions.set(d.id, p);
      pinned.set(d.id, positions.get(d.id)!);
      place(d.id);
      labelLayer.follow(d.id, p);
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
      else if (!prev || prev.names !== next.names || d.nodesEntered.length) names.set(next, next.nodes.size > NAMED_AT_ONCE ? NAMES_SLICE_MS : Infinity);
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
        edgeLayer.setQuiet(hovering || hasSel);
      }
      // the same links in the same stages (a hover, a selection): only which are active changed, drawn above
      const nodesMoved = d.nodesEntered.length > 0 || d.nodesExited.length > 0;
      const sameLinks = !nodesMoved && !!prev && (!d.edges || sameLinkList(prev.edges, next.edges) || sameList(prev.edges, next.edges));
      if (!sameLinks) { edgeLayer.linksChanged(); relist(); }
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
      labelLayer.scaled(t.k);
      scheduleEdges();
      scheduleLabels();
    },
    setSize(width, height, dpr) {
      // the host passes its size again at mount: resizing the canvases would clear and reallocate them for nothing
      if (width === size.width && height === size.height && dpr === size.dpr) return;
      size = { width, height, dpr };
      edgeLayer.resize(size);
      scheduleLabels();
    },
    setLabels(config) { if (config !== labelConfig) { labelConfig = config; scheduleLabels(); } },
    setWords(w) {
      // the same words (the host passes them again at mount): no list to build a second time
      if (w === words) return;
      words = w;
      if (scene) relist(true);
      for (const id of pinned.keys()) relabel(id);
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
      edgeLayer.destroy();
      labelLayer.destroy();
      linkList.destroy();
      layers.nodes.replaceChildren();
      els.clear();
      written.clear();
      tips.clear();
      scene = null;
    },
  };
}
