// The network's links on two canvases, a layer of the graph painter, repainted at most once per frame. The canvas
// below holds the base layer (every link, faint) and is repainted only when links, positions or the zoom change: a
// hover or a selection quiets it by CSS opacity and draws its story links on the canvas above, so neither repaints the
// 15,000 links of a large network. While a node is dragged, the links that do not move stay below and the dragged
// node's links are drawn above on each move.
import type { ZoomTransform } from '../../zoom/transform';
import type { Point } from '../../graph/layout';
import type { EdgeState, Scene } from '../../scene/scene';
import { QUIET, drawEdges, edgeDrawList, sliceDrawList, splitEdges, type EdgeBatch, type EdgeContext } from './edgeCanvas';

/** Beyond this many links, a repaint of the base layer already on screen is drawn in slices of SLICE_LINKS links,
 *  for about SLICE_MS at a time (the ten-times network's 15,000 links took 75–95 ms in one task). */
const SLICED_LINKS = 2000;
const SLICE_LINKS = 1500;
const SLICE_MS = 8;

export interface EdgeInput {
  scene: Scene | null;
  /** the node being dragged (once it moved), whose links are drawn above */
  dragged: string | null;
  /** where each shown node is (layout units) */
  at: (id: string) => Point | undefined;
  t: ZoomTransform;
  size: { width: number; height: number; dpr: number };
}

export interface EdgeLayer {
  /** Repaints after this frame; `all`: every link may have changed (scene, zoom, size), else only what is above. */
  schedule: (all?: boolean) => void;
  /** The links shown changed: a drag under way splits them again. */
  linksChanged: () => void;
  /** A hover or a selection fades the base layer (by CSS, without repainting it). */
  setQuiet: (quiet: boolean) => void;
  /** Resizing clears the canvases: the next base picture is drawn at once. */
  resize: (size: EdgeInput['size']) => void;
  destroy: () => void;
}

export function createEdgeLayer(canvas: HTMLCanvasElement, above: HTMLCanvasElement, read: () => EdgeInput): EdgeLayer {
  const ctx = canvas.getContext('2d') as EdgeContext | null;
  const aboveCtx = above.getContext('2d') as EdgeContext | null;
  let frame = 0;
  let quiet = false;
  let baseStale = true;
  let split: { id: string; moving: EdgeState[]; still: EdgeState[] } | null = null;
  /** the zoom at which the picture on the base canvas was drawn (null: nothing drawn at this size yet) */
  let shownT: ZoomTransform | null = null;
  let slicing = 0;
  let offscreen: HTMLCanvasElement | null = null;
  const stopSlicing = () => { clearTimeout(slicing); slicing = 0; };

  /** Draws the base layer. A large repaint of a picture already on screen (a drag's start or end, a zoom at ten times
   *  the network) is drawn off screen a few ms at a time and then swapped in, so it is never one long task; meanwhile
   *  the old picture stays, moved by CSS to follow the zoom. */
  function paintBase(edges: readonly EdgeState[], { at, t, size }: EdgeInput) {
    stopSlicing();
    const c = ctx!;
    const n = edges.length;
    const drawList = () => edgeDrawList(edges, false, ['base']);
    const swap = (from: HTMLCanvasElement | null) => {
      if (from) { c.setTransform(1, 0, 0, 1, 0, 0); c.clearRect(0, 0, from.width, from.height); c.drawImage(from, 0, 0); }
      shownT = t;
      canvas.style.transform = '';
    };
    if (!shownT || n <= SLICED_LINKS) { drawEdges(c, drawList(), at, t, size, size.dpr); swap(null); return; }
    offscreen ??= document.createElement('canvas');
    const off = offscreen;
    [off.width, off.height] = [canvas.width, canvas.height];
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
      if (next === 'above') aboveCtx?.clearRect(0, 0, 1, 1);
      else {
        offscreen ??= document.createElement('canvas');
        [offscreen.width, offscreen.height] = [canvas.width, canvas.height];
        offscreen.getContext('2d')?.clearRect(0, 0, 1, 1);
      }
      prepareSoon(sliced);
    });
  }

  /** While a sliced repaint is under way, the picture on screen follows the zoom by a CSS transform. */
  function followZoom(t: ZoomTransform) {
    if (!shownT || shownT === t) return;
    const r = t.k / shownT.k;
    canvas.style.transform = `translate(${t.x - shownT.x * r}px, ${t.y - shownT.y * r}px) scale(${r})`;
  }

  function repaint() {
    frame = 0;
    const input = read();
    const { scene, dragged: id } = input;
    if (!ctx || !scene) return;
    if (id && split?.id !== id) { split = { id, ...splitEdges(scene.edges, id) }; baseStale = true; }
    if (!id && split) { split = null; baseStale = true; }
    if (baseStale) { paintBase(split ? split.still : scene.edges, input); prepareSoon(scene.edges.length > SLICED_LINKS); }
    baseStale = false;
    followZoom(input.t);
    if (!aboveCtx) return;
    const batches = [...(split ? edgeDrawList(split.moving, quiet, ['base']) : []), ...activeList(scene.edges)];
    const empty = batches.every((b) => !b.edges.length);
    if (empty && aboveHidden) return;
    drawEdges(aboveCtx, batches, input.at, input.t, input.size, input.size.dpr);
    hideAbove(empty);
  }

  // The canvas above is hidden while it has nothing to show (no hover, selection or drag): a canvas the size of the
  // panel, even empty, costs the frames after it was drawn a copy of its pixels at the compositor's commit (~18 ms
  // each at 1440×900 on the 2-core machine), and the first frames after the ten-times network's paint paid it twice.
  let aboveHidden = false;
  const hideAbove = (hide: boolean) => {
    if (hide === aboveHidden) return;
    aboveHidden = hide;
    above.style.display = hide ? 'none' : '';
  };
  hideAbove(true);

  /** The story links' batches, built once per scene (a drag repaints them on every move: 15,000 links at ten times). */
  let active: { edges: readonly EdgeState[]; list: EdgeBatch[] } | null = null;
  const activeList = (edges: readonly EdgeState[]) => {
    if (active?.edges !== edges) active = { edges, list: edgeDrawList(edges, false, ['active']) };
    return active.list;
  };

  const schedule = (all = true) => {
    baseStale ||= all;
    if (!frame) frame = requestAnimationFrame(repaint);
  };

  return {
    schedule,
    linksChanged() { split = null; schedule(); },
    setQuiet(q) {
      if (q === quiet) return;
      quiet = q;
      canvas.style.opacity = quiet ? String(QUIET) : '';
      schedule(false);
    },
    resize(size) {
      stopSlicing();
      shownT = null;
      prepared = { above: false, offscreen: false };
      for (const c of [canvas, above]) {
        c.width = Math.round(size.width * size.dpr);
        c.height = Math.round(size.height * size.dpr);
        c.style.width = `${size.width}px`;
        c.style.height = `${size.height}px`;
      }
      schedule();
    },
    destroy() {
      stopSlicing();
      if (preparing) cancelIdleCallback(preparing);
      cancelAnimationFrame(frame);
    },
  };
}
