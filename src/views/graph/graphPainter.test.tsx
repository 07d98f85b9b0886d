// The graph painter in jsdom: what a click, a zoom and a drag touch in the DOM, and what reaches the canvas (through
// a recording 2D-context stub).
import { readFileSync } from 'node:fs';
import { act, fireEvent } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { loadCatalogue } from '../../i18n/catalogue';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { nodeRadius } from '../../graph/nodeSize';
import { computeScene } from '../../scene/scene';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { createGraphPainter, type GraphEvents } from './graphPainter';
import { LIST_AT_ONCE, LIST_SLICE } from './linkList';
import { GraphView } from './GraphView';

const atlas = testAtlas();

/** Every call made on a canvas, as [name, canvas, ...args]. */
let calls: unknown[][] = [];
const stub = (canvas: HTMLCanvasElement) => new Proxy({}, {
  get: (_, name) => (name === 'strokeStyle' || name === 'lineWidth' || name === 'globalAlpha' ? undefined : (...args: unknown[]) => { calls.push([name, canvas, ...args]); }),
  set: () => true,
});
const original = HTMLCanvasElement.prototype.getContext;
beforeAll(() => { HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) { return stub(this); } as unknown as typeof original; });
afterAll(() => { HTMLCanvasElement.prototype.getContext = original; });
const nextFrame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const strokes = () => calls.filter((c) => c[0] === 'stroke').length;
const repaints = (canvas?: Element) => calls.filter((c) => c[0] === 'clearRect' && (!canvas || c[1] === canvas)).length;

/** Elements whose attributes change while `f` runs, and whether any element was added or removed under `root`. */
async function mutations(root: Element, f: () => void) {
  const touched = new Set<Element>();
  let childList = 0;
  const mo = new MutationObserver((records) => {
    for (const r of records) if (r.type === 'attributes') touched.add(r.target as Element); else childList++;
  });
  mo.observe(root, { attributes: true, childList: true, subtree: true });
  act(f);
  await Promise.resolve();
  mo.disconnect();
  return { touched, childList };
}

beforeEach(() => {
  calls = [];
  seedView(atlas, { ...DEFAULT_VIEW, hover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, notices: [] });
});

describe('graph painter', () => {
  it('paints the links on the canvas, one stroke per style batch, at most once per frame', async () => {
    const { container } = render(<GraphView />);
    const [base, top] = container.querySelectorAll('canvas');
    await nextFrame();
    expect(repaints(base)).toBe(1);
    // nothing above the links yet (no hover, selection or drag): that canvas is hidden, not cleared
    expect(repaints(top)).toBe(0);
    expect((top as HTMLCanvasElement).style.display).toBe('none');
    expect(strokes()).toBeGreaterThan(3);
    expect(strokes()).toBeLessThan(60); // batched by style, not one stroke per link
    calls = [];
    act(() => { useAppStore.getState().entityHovered('KOR'); useAppStore.getState().entityHovered(null); useAppStore.getState().entityHovered('FRA'); });
    await nextFrame();
    expect(repaints()).toBe(1);
    expect((top as HTMLCanvasElement).style.display).toBe('');
  });

  it('a hover or a selection redraws only the story links above; the base layer is quieted by opacity, not repainted', async () => {
    const { container } = render(<GraphView />);
    const [base, top] = container.querySelectorAll('canvas');
    await nextFrame();
    calls = [];
    act(() => useAppStore.getState().entityHovered('KOR'));
    await nextFrame();
    expect(repaints(base)).toBe(0);
    expect(repaints(top)).toBe(1);
    expect((base as HTMLCanvasElement).style.opacity).not.toBe('');
    calls = [];
    act(() => { useAppStore.getState().entityHovered(null); useAppStore.getState().entityClicked('FRA'); });
    await nextFrame();
    expect(repaints(base)).toBe(0);
    expect((base as HTMLCanvasElement).style.opacity).not.toBe('');
    act(() => useAppStore.getState().entityClicked('FRA'));
    await nextFrame();
    expect((base as HTMLCanvasElement).style.opacity).toBe('');
    // with nothing left to draw above, the canvas above is cleared and hidden
    expect((top as HTMLCanvasElement).style.display).toBe('none');
    calls = [];
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    await nextFrame();
    expect(repaints(base)).toBe(0);
  });

  it('lists the links shown as light DOM elements with the contract’s attributes, in step with the scene', async () => {
    const { container } = render(<GraphView />);
    const scene = computeScene({ ...useAppStore.getState(), atlas, since: null });
    // the first list follows the first frame; its name and count are there at once
    expect(container.querySelectorAll('g.edges > *').length).toBe(0);
    expect(container.querySelector('g.edges')).toHaveAttribute('aria-label', `Links shown (${scene.edges.length})`);
    await nextFrame();
    const items = [...container.querySelectorAll('g.edges > [data-edge-family]')];
    expect(items.length).toBe(scene.edges.length);
    expect(container.querySelector('g.edges')).toHaveAttribute('role', 'list');
    expect(container.querySelector('g.edges')).toHaveAttribute('aria-label', `Links shown (${scene.edges.length})`);
    for (const [i, e] of scene.edges.entries()) {
      expect(items[i]).toHaveAttribute('data-edge-family', e.family);
      expect(items[i]).toHaveAttribute('data-edge-stage', e.stage);
      expect(items[i].getAttribute('data-unverified')).toBe(e.unverified ? 'true' : null);
      expect(items[i]).toHaveAttribute('role', 'listitem');
    }
    expect(items.some((e) => /^Republic of Korea – .*: .*, in force$/.test(e.getAttribute('aria-label')!))).toBe(true);
    // a link is named by its own stage: an ongoing membership (J-CAT, the 24/7 networks) is not a negotiation
    const named = (stage: string) => items.filter((e) => e.getAttribute('data-edge-stage') === stage).map((e) => e.getAttribute('aria-label')!.replace(/ \(unverified\)$/, ''));
    expect(named('ongoing').length).toBeGreaterThan(0);
    for (const n of named('ongoing')) expect(n).toMatch(/, ongoing$/);
    expect(named('negotiating').length).toBeGreaterThan(0);
    for (const n of named('negotiating')) expect(n).toMatch(/, negotiating$/);
  });

  it('a click touches only the nodes whose flags change, and neither rebuilds nodes nor the link list', async () => {
    const { container } = render(<GraphView />);
    await nextFrame();
    const before = computeScene({ ...useAppStore.getState(), atlas, since: null });
    const { touched, childList } = await mutations(container.querySelector('g.nodes')!, () => useAppStore.getState().entityClicked('KOR'));
    const after = computeScene({ ...useAppStore.getState(), atlas, since: null });
    const changed = [...after.nodes.values()].filter((n) => JSON.stringify(n) !== JSON.stringify(before.nodes.get(n.id))).map((n) => n.id);
    const ids = [...touched].map((e) => e.getAttribute('data-node-id')).filter((id) => id !== null);
    // plus the old tab stop (budapest), which hands tabindex=0 to the selection
    expect(new Set(ids)).toEqual(new Set([...changed, 'budapest']));
    expect(ids.length).toBeLessThan(40);
    expect(childList).toBe(0);
    const list = await mutations(container.querySelector('g.edges')!, () => useAppStore.getState().entityClicked('FRA'));
    expect(list.childList + list.touched.size).toBe(0);
  });

  it('names each node and titles it with its status under the lens, and both follow a lens change', async () => {
    const { container } = render(<GraphView />);
    await nextFrame();
    const fra = () => container.querySelector('[data-node-id="FRA"]')!;
    expect(fra().getAttribute('aria-label')).toMatch(/^France — Budapest Convention \(CETS 185\): Party since 10 January 2006/);
    // the tooltip is made when the pointer first comes over the node
    expect(fra().querySelector('title')).toBeNull();
    fireEvent.pointerOver(fra().querySelector('.glyph')!);
    expect(fra().querySelector('title')!.textContent).toBe(fra().getAttribute('aria-label'));
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    // the colour changes in the change's frame; the name (every node's) follows the paint (lib/laterNames.ts)
    expect(fra().getAttribute('data-status')).toBe('no');
    expect(fra().getAttribute('aria-label')).toMatch(/Budapest/);
    await nextFrame();
    expect(fra().getAttribute('aria-label')).toMatch(/^France — Vote on A\/RES\/74\/247 \(2019\): No\b/);
    expect(fra().querySelector('title')!.textContent).toBe(fra().getAttribute('aria-label'));
    // a selection changes neither (no words made per event)
    const { childList } = await mutations(container.querySelector('g.nodes')!, () => useAppStore.getState().entityClicked('KOR'));
    expect(childList).toBe(0);
  });

  it('a hover fades the rest of the network as one group and lifts the hovered neighbourhood above it, in the scene’s order', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = readFileSync('src/views/graph/graph.css', 'utf8');
    try {
      const { container } = render(<GraphView />);
      await nextFrame();
      const nodes = container.querySelector('g.nodes')!;
      const ids = (sel: string) => [...container.querySelectorAll(sel)].map((e) => e.getAttribute('data-node-id'));
      const order = [...computeScene({ ...useAppStore.getState(), atlas, since: null }).nodes.keys()];
      expect(ids('g.nodes [data-node-id]')).toEqual(order);
      // backed by a transparent rectangle wider than any layout, so that Chromium keeps the group one layer
      expect(nodes.querySelector('.rest')!.firstElementChild).toHaveClass('pad');
      const { touched } = await mutations(nodes, () => useAppStore.getState().entityHovered('KOR'));
      const lit = new Set([...computeScene({ ...useAppStore.getState(), atlas, since: null }).nodes.values()].filter((n) => n.hoverIn).map((n) => n.id));
      expect(lit.size).toBeGreaterThan(3);
      expect(ids('g.nodes > .lit > [data-node-id]')).toEqual(order.filter((id) => lit.has(id)));
      expect(ids('g.nodes > .rest > [data-node-id]')).toEqual(order.filter((id) => !lit.has(id)));
      // nothing is written on the nodes that fade: the group carries the fade, so the browser restyles none of them
      expect([...touched].every((e) => e === nodes || lit.has(e.getAttribute('data-node-id')!))).toBe(true);
      const opacity = (e: Element) => getComputedStyle(e).opacity;
      expect(opacity(nodes.querySelector('.rest')!)).toBe('0.12');
      expect(opacity(container.querySelector('.rest > [data-node-id="FRA"]') ?? container.querySelector('.rest > [data-node-id]')!)).toBe('1');
      expect(opacity(container.querySelector('.lit > [data-node-id="KOR"]')!)).toBe('1');
      // from one neighbourhood to another: some nodes go back, some come up, some stay
      act(() => useAppStore.getState().entityHovered('FRA'));
      const lit2 = new Set([...computeScene({ ...useAppStore.getState(), atlas, since: null }).nodes.values()].filter((n) => n.hoverIn).map((n) => n.id));
      expect([...lit2].some((id) => lit.has(id)) && [...lit].some((id) => !lit2.has(id))).toBe(true);
      expect(ids('g.nodes > .lit > [data-node-id]')).toEqual(order.filter((id) => lit2.has(id)));
      expect(ids('g.nodes > .rest > [data-node-id]')).toEqual(order.filter((id) => !lit2.has(id)));
      act(() => useAppStore.getState().entityHovered(null));
      expect(ids('g.nodes [data-node-id]')).toEqual(order);
      expect(Number(opacity(nodes.querySelector('.rest')!))).toBeGreaterThan(0.99);
    } finally { style.remove(); }
  });

  it('a node lifted or put back by a hover keeps the keyboard focus', async () => {
    const { container } = render(<GraphView />);
    await nextFrame();
    const kor = container.querySelector<SVGGElement>('[data-node-id="KOR"]')!;
    kor.focus();
    expect(document.activeElement).toBe(kor);
    act(() => useAppStore.getState().entityHovered('KOR'));
    expect(kor.parentElement).toHaveClass('lit');
    expect(document.activeElement).toBe(kor);
    act(() => useAppStore.getState().entityHovered(null));
    expect(kor.parentElement).toHaveClass('rest');
    expect(document.activeElement).toBe(kor);
  });

  it('zoom changes one transform; a drag moves one node element and asks for one repaint', async () => {
    const { container } = render(<GraphView />);
    await nextFrame();
    const svg = container.querySelector('svg.graph-svg')!;
    const kor = container.querySelector('[data-node-id="KOR"]')!;
    calls = [];
    const drag = await mutations(svg, () => {
      fireEvent.pointerDown(kor.querySelector('.glyph')!, { clientX: 100, clientY: 100, button: 0, pointerId: 1 });
      fireEvent.pointerMove(kor.querySelector('.glyph')!, { clientX: 130, clientY: 140, pointerId: 1 });
      fireEvent.pointerMove(kor.querySelector('.glyph')!, { clientX: 140, clientY: 150, pointerId: 1 });
    });
    // the node's element and its glyph (a country's circle is placed by its centre), nothing else of the drawing
    const moved = new Set([...drag.touched].filter((e) => e.closest('[data-node-id]')).map((e) => e.closest('[data-node-id]')));
    expect([...moved]).toEqual([kor]);
    expect([...drag.touched].every((e) => e.closest('[data-node-id]'))).toBe(true);
    expect(kor).toHaveAttribute('data-pinned', 'true');
    expect(kor.getAttribute('aria-label')).toMatch(/, pinned$/);
    expect(drag.childList).toBe(0);
    await nextFrame();
    const [all, dragged] = container.querySelectorAll('canvas');
    // the first frame of a drag paints the links that stay once, and the dragged node's links above them
    expect(repaints(all)).toBe(1);
    expect(repaints(dragged)).toBe(1);
    calls = [];
    act(() => { fireEvent.pointerMove(kor.querySelector('.glyph')!, { clientX: 150, clientY: 150, pointerId: 1 }); });
    await nextFrame();
    // later moves repaint only the dragged node's links
    expect(repaints(all)).toBe(0);
    expect(repaints(dragged)).toBe(1);
    expect(strokes()).toBeLessThan(10);
    act(() => { fireEvent.pointerUp(kor, { pointerId: 1 }); fireEvent.click(kor.querySelector('.glyph')!); });
    expect(useAppStore.getState().sel).toBeNull(); // the click that ends a drag selects nothing
    expect(container.textContent).toContain('Unpin all (1)');
  });

  // a dragged node's name said ", pinned" in English on every page
  it('names a dragged node pinned in the page\'s language, and again in the next language', async () => {
    await Promise.all([loadCatalogue('fr'), loadCatalogue('ar')]);
    act(() => useAppStore.setState({ lang: 'fr' }));
    try {
      const { container } = render(<GraphView />);
      await nextFrame();
      const kor = container.querySelector('[data-node-id="KOR"]')!;
      act(() => {
        fireEvent.pointerDown(kor.querySelector('.glyph')!, { clientX: 100, clientY: 100, button: 0, pointerId: 1 });
        fireEvent.pointerMove(kor.querySelector('.glyph')!, { clientX: 130, clientY: 140, pointerId: 1 });
        fireEvent.pointerUp(kor, { pointerId: 1 });
      });
      await nextFrame();
      expect(kor).toHaveAttribute('data-pinned', 'true');
      expect(kor.getAttribute('aria-label')).toMatch(/^République de Corée.*, position fixée$/);
      act(() => useAppStore.setState({ lang: 'ar' }));
      await nextFrame();
      expect(kor.getAttribute('aria-label')).toMatch(/، الموضع مثبَّت$/);
      expect(kor.getAttribute('aria-label')).not.toMatch(/pinned|fixée/);
    } finally {
      act(() => useAppStore.setState({ lang: 'en' }));
    }
  });
});

describe('graph painter alone', () => {
  it('a zoom sets the one group’s transform and nothing per node', () => {
    document.body.innerHTML = '<svg><g id="w"><g id="e"></g><g id="n"></g></g></svg><svg><g id="l"></g></svg><canvas></canvas>';
    const $ = (s: string) => document.querySelector(s)!;
    const none: GraphEvents = { click: () => {}, select: () => {}, hover: () => {}, focus: () => {}, pins: () => {}, pan: () => {} };
    const p = createGraphPainter({ svg: $('svg') as SVGSVGElement, canvas: $('canvas') as HTMLCanvasElement, dragCanvas: $('canvas') as HTMLCanvasElement, world: $('#w') as SVGGElement,
      nodes: $('#n') as SVGGElement, labels: $('#l') as SVGGElement, links: $('#e') as SVGGElement },
    none, { list: (n) => `${n}`, link: (e) => e.id, network: (n, l) => `${n}/${l}`, pinned: (name) => `${name} (pinned)` });
    p.setLayout(new Map([['KOR', { x: 1, y: 2 }], ['FRA', { x: 3, y: 4 }]]));
    p.paint(computeScene({ ...useAppStore.getState(), atlas, since: null }), { sel: null, hover: null, hoverSet: null, lit: null, focusId: null });
    // a country's glyph is a circle at its place, with no transform (each would start a paint chunk of its own)
    expect($('[data-node-id="KOR"]')).not.toHaveAttribute('transform');
    expect($('[data-node-id="KOR"] circle.glyph')).toHaveAttribute('cx', '1');
    expect($('[data-node-id="KOR"] circle.glyph')).toHaveAttribute('cy', '2');
    const touched = new Set<Node>();
    const mo = new MutationObserver((rs) => rs.forEach((r) => touched.add(r.target)));
    mo.observe(document.body, { attributes: true, subtree: true, childList: true });
    p.setTransform({ k: 2, x: 10, y: 20 });
    mo.takeRecords().forEach((r) => touched.add(r.target));
    mo.disconnect();
    expect($('#w')).toHaveAttribute('transform', 'translate(10,20) scale(2)');
    expect([...touched].every((n) => n === $('#w') || n === $('#l'))).toBe(true);
    p.destroy();
  });

  it('draws a country’s circle with the radius the layout gave it room for, on screen at any zoom', () => {
    const css = readFileSync('src/views/graph/graph.css', 'utf8');
    const r = /\.gnode > circle\.glyph \{ r: calc\(([\d.]+)px \/ var\(--k\)\); \}/.exec(css);
    expect(Number(r?.[1])).toBe(nodeRadius({ id: 'FRA', kind: 'country', label: 'France' }));
  });

  it('brings a node the keyboard moves to into view when it lies outside the panel (zoomed in), at the same scale', () => {
    document.body.innerHTML = '<svg><g id="w"><g id="e"></g><g id="n"></g></g></svg><svg><g id="l"></g></svg><canvas></canvas>';
    const $ = (s: string) => document.querySelector(s)!;
    const pans: unknown[] = [];
    const events: GraphEvents = { click: () => {}, select: () => {}, hover: () => {}, focus: () => {}, pins: () => {}, pan: (t) => pans.push(t) };
    const p = createGraphPainter({ svg: $('svg') as SVGSVGElement, canvas: $('canvas') as HTMLCanvasElement, dragCanvas: $('canvas') as HTMLCanvasElement, world: $('#w') as SVGGElement,
      nodes: $('#n') as SVGGElement, labels: $('#l') as SVGGElement, links: $('#e') as SVGGElement },
    events, { list: (n) => `${n}`, link: (e) => e.id, network: (n, l) => `${n}/${l}`, pinned: (name) => `${name} (pinned)` });
    p.setSize(400, 300, 1);
    p.setLayout(new Map([['KOR', { x: 10, y: 10 }], ['FRA', { x: 200, y: 150 }]]));
    p.paint(computeScene({ ...useAppStore.getState(), atlas, since: null }), { sel: null, hover: null, hoverSet: null, lit: null, focusId: null });
    p.setTransform({ k: 4, x: 0, y: 0 }); // KOR at (40, 40), in view; France at (800, 600), out of it
    const kor = $('[data-node-id="KOR"]') as SVGElement;
    act(() => kor.focus());
    act(() => { kor.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', bubbles: true })); });
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('FRA');
    expect(pans).toEqual([{ k: 4, x: 200 - 800, y: 150 - 600 }]);
    // a node in view: the view stays
    p.setTransform({ k: 1, x: 0, y: 0 });
    act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })); });
    expect(pans).toHaveLength(1);
    p.destroy();
  });

  it('a long list of links is completed after the frames that show the network, named by its full count at once', async () => {
    document.body.innerHTML = '<svg><g id="w"><g id="e"></g><g id="n"></g></g></svg><svg><g id="l"></g></svg><canvas></canvas>';
    const $ = (s: string) => document.querySelector(s)!;
    const none: GraphEvents = { click: () => {}, select: () => {}, hover: () => {}, focus: () => {}, pins: () => {}, pan: () => {} };
    const p = createGraphPainter({ svg: $('svg') as SVGSVGElement, canvas: $('canvas') as HTMLCanvasElement, dragCanvas: $('canvas') as HTMLCanvasElement, world: $('#w') as SVGGElement,
      nodes: $('#n') as SVGGElement, labels: $('#l') as SVGGElement, links: $('#e') as SVGGElement },
    none, { list: (n) => `${n} links`, link: (e) => e.id, network: (n, l) => `${n}/${l}`, pinned: (name) => `${name} (pinned)` });
    const scene = computeScene({ ...useAppStore.getState(), atlas, since: null });
    const layout = new Map([...scene.nodes.keys()].map((id, i) => [id, { x: i, y: i }]));
    // past LIST_AT_ONCE (the ×10 bench has 15,000): the same links over again under new ids
    const edges = Array.from({ length: LIST_AT_ONCE + 1 }, (_, i) => ({ ...scene.edges[i % scene.edges.length], id: `x${i}` }));
    p.setLayout(layout);
    p.paint({ ...scene, edges }, { sel: null, hover: null, hoverSet: null, lit: null, focusId: null });
    expect($('#e').childElementCount).toBe(0);
    expect($('#e')).toHaveAttribute('aria-label', `${edges.length} links`);
    await nextFrame();
    expect($('#e').childElementCount).toBe(LIST_SLICE);
    // one slice a frame, each after the frame (the first frames show the network)
    for (let i = 1; i < Math.ceil(edges.length / LIST_SLICE); i++) await nextFrame();
    expect($('#e').childElementCount).toBe(edges.length);
    // walked by sibling: spreading jsdom's live `children` is quadratic
    const names: (string | null)[] = [];
    for (let c = $('#e').firstElementChild; c; c = c.nextElementSibling) names.push(c.getAttribute('aria-label'));
    expect(names).toEqual(edges.map((e) => e.id));
    p.destroy();
  });

  it('sets up the canvas above, and at ten times the network the off-screen one, in idle time after the first picture', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    for (const count of [100, 12_000]) {
      document.body.innerHTML = '<svg><g id="w"><g id="e"></g><g id="n"></g></g></svg><svg><g id="l"></g></svg><canvas id="base"></canvas><canvas id="top"></canvas>';
      const $ = (s: string) => document.querySelector(s)!;
      const none: GraphEvents = { click: () => {}, select: () => {}, hover: () => {}, focus: () => {}, pins: () => {}, pan: () => {} };
      const [base, top] = [$('#base'), $('#top')] as HTMLCanvasElement[];
      const p = createGraphPainter({ svg: $('svg') as SVGSVGElement, canvas: base, dragCanvas: top, world: $('#w') as SVGGElement,
        nodes: $('#n') as SVGGElement, labels: $('#l') as SVGGElement, links: $('#e') as SVGGElement },
      none, { list: (n) => `${n} links`, link: (e) => e.id, network: (n, l) => `${n}/${l}`, pinned: (name) => `${name} (pinned)` });
      const scene = computeScene({ ...useAppStore.getState(), atlas, since: null });
      const edges = Array.from({ length: count }, (_, i) => ({ ...scene.edges[i % scene.edges.length], id: `x${i}` }));
      p.setSize(400, 300, 1);
      p.setLayout(new Map([...scene.nodes.keys()].map((id, i) => [id, { x: i, y: i }])));
      p.paint({ ...scene, edges }, { sel: null, hover: null, hoverSet: null, lit: null, focusId: null });
      calls = [];
      idle.length = 0;
      await nextFrame();
      // nothing set up inside the frame of the first picture
      expect(calls.some((c) => c[1] !== base)).toBe(false);
      while (idle.length) idle.shift()!();
      expect(calls.filter((c) => c[1] === top)).toEqual([['clearRect', top, 0, 0, 1, 1]]);
      const elsewhere = calls.filter((c) => c[1] !== base && c[1] !== top);
      expect(elsewhere.map((c) => c[0])).toEqual(count > 2000 ? ['clearRect'] : []);
      if (count > 2000) expect([(elsewhere[0][1] as HTMLCanvasElement).width, (elsewhere[0][1] as HTMLCanvasElement).height]).toEqual([base.width, base.height]);
      p.destroy();
    }
    vi.unstubAllGlobals();
  });

  it('a large repaint of links already on screen is drawn off screen in slices, then swapped in', async () => {
    document.body.innerHTML = '<svg><g id="w"><g id="e"></g><g id="n"></g></g></svg><svg><g id="l"></g></svg><canvas id="base"></canvas><canvas id="top"></canvas>';
    const $ = (s: string) => document.querySelector(s)!;
    const none: GraphEvents = { click: () => {}, select: () => {}, hover: () => {}, focus: () => {}, pins: () => {}, pan: () => {} };
    const base = $('#base') as HTMLCanvasElement;
    const p = createGraphPainter({ svg: $('svg') as SVGSVGElement, canvas: base, dragCanvas: $('#top') as HTMLCanvasElement, world: $('#w') as SVGGElement,
      nodes: $('#n') as SVGGElement, labels: $('#l') as SVGGElement, links: $('#e') as SVGGElement },
    none, { list: (n) => `${n} links`, link: (e) => e.id, network: (n, l) => `${n}/${l}`, pinned: (name) => `${name} (pinned)` });
    const scene = computeScene({ ...useAppStore.getState(), atlas, since: null });
    const layout = new Map([...scene.nodes.keys()].map((id, i) => [id, { x: i, y: i }]));
    const edges = Array.from({ length: 12_000 }, (_, i) => ({ ...scene.edges[i % scene.edges.length], id: `x${i}` }));
    p.setSize(400, 300, 1);
    p.setLayout(layout);
    p.paint({ ...scene, edges }, { sel: null, hover: null, hoverSet: null, lit: null, focusId: null });
    calls = [];
    await nextFrame();
    // the first picture is drawn at once, on the base canvas itself
    const onBase = () => calls.filter((c) => c[1] === base).map((c) => c[0]);
    expect(onBase()).toContain('stroke');
    expect(onBase()).not.toContain('drawImage');
    calls = [];
    // a zoom: the picture on screen follows by CSS until the new one is swapped in (a clock that moves 10 ms a
    // reading, so each slice draws one piece, however fast this machine draws on a stub)
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    p.setTransform({ k: 2, x: 10, y: 20 });
    await nextFrame();
    expect(base.style.transform).toBe('translate(10px, 20px) scale(2)');
    const strokesOff = () => calls.filter((c) => c[0] === 'stroke' && c[1] !== base && c[1] !== $('#top')).length;
    for (let i = 0; i < 40 && !onBase().includes('drawImage'); i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
    expect(onBase()).toEqual(['setTransform', 'clearRect', 'drawImage']);
    expect(strokesOff()).toBeGreaterThanOrEqual(12_000 / 1500);
    expect(base.style.transform).toBe('');
    now.mockRestore();
    p.destroy();
  });
});
