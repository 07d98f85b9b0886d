// One zoom behaviour for map and network: d3-zoom does the gestures (wheel, drag, pinch, keys through the host) and
// the transitions; the host gets each transform as plain numbers and applies it itself (the map re-places its
// markers, the network's painter sets one attribute). Framework-free; each view passes its own limits and filter.
// d3-zoom is not in the first script (zoom/d3Zoom.ts): the first controller asks for it once its first frame is
// painted (its evaluation had landed between that frame and the next task). Until it has arrived (a few
// milliseconds after the first paint) a controller applies changes the program makes (a link's zoom, the network's
// fit, the buttons) itself, exactly as d3 would (transform.ts: constrain, scaledBy, centredOn; the tests compare
// them with d3), without animation; gestures start with d3.
import type { ZoomBehavior } from 'd3';
import { centredOn, constrain, IDENTITY, scaledBy, type ZoomLimits, type ZoomTransform } from './transform';
import { afterPaint } from '../lib/afterPaint';

export interface ZoomControllerOptions {
  limits: ZoomLimits;
  /** the viewport in the element's own units (an explicit extent: d3's default reads width.baseVal, missing in jsdom) */
  viewport: () => { width: number; height: number };
  /** which presses and wheels start a gesture (d3's default when left out) */
  filter?: (e: Event & { button?: number; ctrlKey?: boolean }) => boolean;
  /** pointer travel (px) below which a press still counts as a click (d3's default 0) */
  clickDistance?: number;
  /** a change begins: `byPerson` when a gesture started it, false for `set`, `scaleBy` or `centreOn` */
  onStart?: (byPerson: boolean) => void;
  /** each transform; `source` is the DOM event that caused it (null for a programmatic change) */
  onZoom: (t: ZoomTransform, source: Event | null) => void;
  /** a change has ended (after a gesture, a transition, or at once for an immediate `set`) */
  onEnd?: (t: ZoomTransform) => void;
}

export interface ZoomController {
  /** the transform now */
  transform(): ZoomTransform;
  /** moves to t as given (d3's zoom.transform: the caller passes a transform the view can show, e.g. parsed and
   *  clamped from a link, or a fit), animated over `duration` ms unless the person prefers reduced motion */
  set(t: ZoomTransform, duration?: number): void;
  /** zooms about the viewport's centre, within the limits */
  scaleBy(factor: number, duration?: number): void;
  /** pans, without zooming, so that content point p is in the centre */
  centreOn(p: readonly [number, number]): void;
  destroy(): void;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
const plain = (t: { k: number; x: number; y: number }): ZoomTransform => ({ k: t.k, x: t.x, y: t.y });

type D3Zoom = typeof import('./d3Zoom');
// the loaded code (a module cache, like React.lazy's; no state of any view)
let d3: D3Zoom | null = null;
let d3Loading: Promise<D3Zoom> | null = null;

/** Loads d3-zoom once; controllers made before it arrives take it up then. */
export const loadZoomBehaviour = (): Promise<D3Zoom> => (d3Loading ??= import('./d3Zoom').then((m) => (d3 = m)));

export function createZoomController(el: SVGSVGElement, o: ZoomControllerOptions): ZoomController {
  let t: ZoomTransform = IDENTITY;
  let live: ZoomController | null = null;
  let destroyed = false;
  const attach = (m: D3Zoom) => { if (!destroyed && !live) live = withD3(m, el, o, t); };
  if (d3) attach(d3);
  else afterPaint(() => loadZoomBehaviour().then(attach, (e: unknown) => console.warn(`zoom: d3-zoom could not be loaded (${String(e)}); the buttons still zoom`)));
  // a change made before d3 is in: the events d3 sends for an immediate change, in its order
  const apply = (next: ZoomTransform) => {
    t = next;
    o.onStart?.(false);
    o.onZoom(t, null);
    o.onEnd?.(t);
  };
  const size = () => o.viewport();
  return {
    transform: () => live?.transform() ?? t,
    set(next, duration = 0) {
      if (live) live.set(next, duration);
      else apply({ k: next.k, x: next.x, y: next.y });
    },
    scaleBy(factor, duration = 0) {
      if (live) live.scaleBy(factor, duration);
      else { const { width, height } = size(); apply(scaledBy(t, factor, o.limits, width, height)); }
    },
    centreOn(p) {
      if (live) live.centreOn(p);
      else { const { width, height } = size(); apply(constrain(centredOn(t, p, width, height), o.limits, width, height) ?? t); }
    },
    destroy() { destroyed = true; live?.destroy(); },
  };
}

/** The controller over d3-zoom, starting from transform `start`. */
function withD3({ select, zoom, zoomIdentity, zoomTransform }: D3Zoom, el: SVGSVGElement, o: ZoomControllerOptions, start: ZoomTransform): ZoomController {
  const extent = (): [[number, number], [number, number]] => { const v = o.viewport(); return [[0, 0], [v.width, v.height]]; };
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([o.limits.scale[0], o.limits.scale[1]])
    .extent(extent)
    .clickDistance(o.clickDistance ?? 0)
    .on('start', (e: { sourceEvent: unknown }) => o.onStart?.(Boolean(e.sourceEvent)))
    .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => o.onZoom(plain(e.transform), e.sourceEvent ?? null))
    .on('end', () => o.onEnd?.(plain(zoomTransform(el))));
  if (o.limits.box) behaviour.translateExtent([[...o.limits.box[0]], [...o.limits.box[1]]]);
  if (o.filter) behaviour.filter(o.filter);
  // no double-click zoom: a double click on a mark or node selects it (and a second click would clear it)
  const sel = select(el).call(behaviour).on('dblclick.zoom', null);
  // where the program had put it before d3 arrived, without events (d3 keeps the transform in __zoom)
  sel.property('__zoom', zoomIdentity.translate(start.x, start.y).scale(start.k));
  const animated = (duration: number) => (duration > 0 && !reducedMotion() ? sel.transition().duration(duration) : null);
  return {
    transform: () => plain(zoomTransform(el)),
    set(t, duration = 0) {
      const next = zoomIdentity.translate(t.x, t.y).scale(t.k);
      const tr = animated(duration);
      if (tr) tr.call(behaviour.transform, next);
      else sel.call(behaviour.transform, next);
    },
    scaleBy(factor, duration = 0) {
      const tr = animated(duration);
      if (tr) tr.call(behaviour.scaleBy, factor);
      else sel.call(behaviour.scaleBy, factor);
    },
    centreOn(p) { sel.call(behaviour.translateTo, p[0], p[1]); },
    destroy() { sel.interrupt(); sel.on('.zoom', null); },
  };
}
