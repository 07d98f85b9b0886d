// The world map: React hosts the SVG, its controls and the focus ring; the marks belong to the map painter, which
// draws them once and then applies the scene's changes (src/scene). src/geo does the maths (once per dataset).
// Events are delegated on the <svg>: every mark carries data-iso3, so one handler serves 200 marks.
// The geometry is the shipped layout's (geo/mapGeometry.ts, no d3-geo); when it does not match the dataset, the map
// says it is loading and draws once the computed geometry's chunk (ComputedMap.tsx, d3-geo) has arrived.
// A click costs the map no React render: the roving tab stop lives in a ref and the painter, and hover and its
// tooltip wait for the frame after the pointer moved (see onPointerMove).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { MARKER_RADIUS, shippedMapGeometry, type MapGeometry } from '../../geo/mapGeometry';
import { markerOnScreen } from '../../geo/markers';
import type { SerialisedMapLayout } from '../../geo/mapLayout';
import { isOffscreen } from '../../zoom/transform';
import { viewBoxFit } from '../../geo/viewBoxFit';
import { lensLabel } from '../../i18n/terms';
import type { LensId } from '../../data/lenses';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { useAtlas } from '../../data/useAtlas';
import { Legend } from './Legend';
import { BlocOutlineControl } from './BlocOutlineControl';
import { MapTipLayer, type TipAnchor } from './MapTooltip';
import { useTipStore } from './tipStore';
import { PatternDefs } from './PatternDefs';
import { useMapPainter } from './useMapPainter';
import { createTypeAhead, isFocusVisible, rovingKey, typeAheadMatch, type KeyRule } from '../../lib/rovingFocus';
import { useMapZoom } from './useMapZoom';
import { ZOOM_STEP, ZoomControls } from './ZoomControls';
import { pointerHover, type PointerHover } from '../../lib/pointerHover';
import { sortByEnglishName } from '../../i18n/nameOrder';
import { nameOf } from '../../i18n/names';
import { afterPaint } from '../../lib/afterPaint';
import { rehearseClickWhenIdle } from '../../lib/clickRehearsal';
import { loadZoomBehaviour } from '../../zoom/zoomController';
import './map.css';

const idOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('[data-iso3]')?.getAttribute('data-iso3') ?? null : null;

const loadComputedMap = () => import('./ComputedMap').then((m) => m.default);

/** `layout`: the map layout computed at build time, when loaded (else the geometry is computed, in its own chunk). */
export function MapView({ layout = null }: { layout?: SerialisedMapLayout | null }) {
  const atlas = useAtlas();
  const geo = shippedMapGeometry(atlas.countries, layout);
  return geo ? <MapDrawing geo={geo} /> : <WhenLoaded load={loadComputedMap} fallback={<MapPending />}>{(ComputedMap) => <ComputedMap layout={layout} />}</WhenLoaded>;
}

/** The panel while the computed geometry's code loads: the frame keeps its room and says so; the legend is there. */
function MapPending() {
  const { t } = useI18n();
  return (
    <div className="map">
      <div className="map-frame"><p className="loading" role="status">{t('panel.loading')}</p></div>
      <Legend />
    </div>
  );
}

export function MapDrawing({ geo }: { geo: MapGeometry }) {
  const atlas = useAtlas();
  const i18n = useI18n();
  const select = useAppStore((s) => s.entitySelected);
  const clicked = useAppStore((s) => s.entityClicked);
  const hover = useAppStore((s) => s.entityHovered);
  const svgRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(svgRef, geo.width, geo.height);
  const { t, centreOn } = zoom;

  const pathById = useMemo(() => new Map(geo.shapes.map((s) => [s.id, s.d])), [geo]);
  const markerById = useMemo(() => new Map(geo.markers.map((m) => [m.id, m])), [geo]);
  /** keyboard order for Home/End and type-ahead: by name in the page's language (letters, not collation: see
   *  i18n/nameOrder.ts), so that letters typed on a French page find "Allemagne" */
  const nameIn = useMemo(() => (id: string) => nameOf(atlas, id, i18n.lang), [atlas, i18n.lang]);
  const byName = useMemo(() => sortByEnglishName([...geo.centre.keys()], nameIn), [geo, nameIn]);

  // roving tabindex: exactly one mark is in the tab order; it follows the selection, clicks and keyboard moves.
  // A ref, not state: the mousedown of every click focuses its mark, and a render of the map there would delay the
  // selection. Only a visible focus (keyboard) is drawn by React, as a ring.
  const focusId = useRef<string>('');
  if (!focusId.current) {
    const sel = useAppStore.getState().sel;
    focusId.current = sel && geo.centre.has(sel) ? sel : byName[0];
  }
  const [ringId, setRingId] = useState<string | null>(null);
  const shapesRef = useRef<SVGGElement>(null), blocsRef = useRef<SVGGElement>(null), outlinesRef = useRef<SVGGElement>(null), markersRef = useRef<SVGGElement>(null);
  const layers = useMemo(() => ({ shapes: shapesRef, blocs: blocsRef, outlines: outlinesRef, markers: markersRef }), []);
  const painter = useMapPainter(atlas, geo, atlas.countries, layers, t, focusId);
  const setTabStop = (id: string) => { focusId.current = id; painter.current?.setTabStop(id); };
  const tRef = useRef(t);
  useEffect(() => { tRef.current = t; }, [t]);
  // a selection made elsewhere (search, graph) takes the tab stop, and is brought into view when outside the zoomed
  // view; a subscription, so that a selection does not render the map
  useEffect(() => useAppStore.subscribe((s, prev) => {
    const sel = s.sel;
    if (sel === prev.sel || !sel || !geo.centre.has(sel) || svgRef.current?.contains(document.activeElement)) return;
    focusId.current = sel;
    painter.current?.setTabStop(sel);
    const c = geo.centre.get(sel)!;
    if (isOffscreen(tRef.current, c, geo.width, geo.height)) centreOn(c);
  }), [geo, centreOn, painter]);

  // the drawing's name says the lens: written on a lens change without a render of the map (the marks' own labels
  // are the painter's)
  useLayoutEffect(() => {
    const svg = svgRef.current!;
    const name = (lens: LensId) => svg.setAttribute('aria-label', i18n.t('map.aria', { lens: lensLabel(lens, i18n.lang) }));
    name(useAppStore.getState().lens);
    return useAppStore.subscribe((s, prev) => { if (s.lens !== prev.lens) name(s.lens); });
  }, [i18n]);

  // The SVG takes its frame's size in pixels (map.css): sized in percent, Chromium lays out the whole map again
  // whenever the panel is laid out, so a lens change's new legend texts cost ~0.7 ms of layout for the map's marks.
  useLayoutEffect(() => {
    const svg = svgRef.current!, frame = frameRef.current!;
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      svg.style.setProperty('--map-w', `${width}px`);
      svg.style.setProperty('--map-h', `${height}px`);
    });
    ro.observe(frame);
    return () => ro.disconnect();
  }, []);

  const setTip = useTipStore((s) => s.tipSet);
  // the tip lives in a module store: close it when the map goes away
  useEffect(() => () => setTip(null), [setTip]);
  /** px position in the frame of a mark's anchor (marker position or label point), under the current zoom */
  const markInFrame = (id: string) => {
    const marker = markerById.get(id);
    const c = geo.centre.get(id)!;
    const [x, y] = marker ? markerOnScreen(marker, t) : [t.k * c[0] + t.x, t.k * c[1] + t.y];
    const svg = svgRef.current!.getBoundingClientRect();
    const frame = frameRef.current!.getBoundingClientRect();
    // the SVG fills the frame and the viewBox is centred in it
    const { scale, dx, dy } = viewBoxFit(svg.width, svg.height, geo.width, geo.height);
    return { x: svg.left - frame.left + dx + x * scale, y: svg.top - frame.top + dy + y * scale };
  };
  /** tooltips open away from the nearest edges so they stay inside the map */
  const anchor = (id: string, at: { x: number; y: number }): TipAnchor => {
    const frame = frameRef.current!;
    return { id, ...at, flipX: at.x > frame.clientWidth * 0.55, flipY: at.y > frame.clientHeight * 0.6 };
  };

  const moveFocus = (id: string) => {
    setTabStop(id);
    const c = geo.centre.get(id)!;
    if (isOffscreen(t, c, geo.width, geo.height)) centreOn(c);
    painter.current?.mark(id)?.focus();
  };

  // the key rule shared with the network (lib/rovingFocus.ts), over geographic neighbours and names' order
  const keys: KeyRule = {
    neighbour: (id, dir) => geo.neighbours.get(id)?.[dir],
    ends: () => [byName[0], byName[byName.length - 1]],
    move: moveFocus,
    select,
    clear: () => select(null),
  };
  const [typeAhead] = useState(createTypeAhead);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = idOf(e.target) ?? focusId.current;
    if (rovingKey(e.key, id, keys)) { e.preventDefault(); return; }
    const typed = typeAhead(e);
    if (e.key === '+' || e.key === '=') zoom.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(1 / ZOOM_STEP);
    else if (typed !== null) {
      const hit = typeAheadMatch(byName, nameIn, id, typed);
      if (hit) moveFocus(hit);
    } else return;
    e.preventDefault();
  };

  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    if (!id) return;
    setTabStop(id);
    clicked(id, e.detail > 1);
  };

  // Hover (the store's, which the network shows too) and the tooltip follow the pointer once per frame, after the
  // frame is painted: a move writes nothing, so the mousedown and click that follow it do not pay for restyling the
  // marks it hovered, and a click's selection is painted first.
  const pointer = useRef<{ id: string | null; x: number; y: number }>({ id: null, x: 0, y: 0 });
  const tipFromFocus = useRef(false);
  const showHover = () => {
    const { id, x, y } = pointer.current;
    hover(id);
    if (!id) { if (!tipFromFocus.current) setTip(null); return; }
    const frame = frameRef.current!.getBoundingClientRect();
    tipFromFocus.current = false;
    setTip(anchor(id, { x: x - frame.left, y: y - frame.top }));
  };
  // and wait while a press is under way (lib/pointerHover.ts): a tap's click is not queued behind the hover's
  // restyle (the first click measured 15-20 ms later than the next ones for that)
  const showHoverRef = useRef(showHover);
  showHoverRef.current = showHover;
  const hovering = useRef<PointerHover>(null!);
  hovering.current ??= pointerHover(() => showHoverRef.current());
  useEffect(() => () => hovering.current.destroy(), []);
  // the first click's code run once, by a click's events on the drawing itself, when the page is idle (lib/clickRehearsal.ts)
  useEffect(() => rehearseClickWhenIdle(() => svgRef.current, loadZoomBehaviour), []);
  const pointerAt = (id: string | null, x = 0, y = 0, buttons?: number) => {
    pointer.current = { id, x, y };
    hovering.current.moved(buttons);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => hovering.current.pressed(e.button);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => pointerAt(idOf(e.target), e.clientX, e.clientY, e.buttons);

  const onFocus = (e: React.FocusEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    if (!id) return;
    setTabStop(id);
    const visible = isFocusVisible(e.target);
    setRingId(visible ? id : null);
    if (visible) { tipFromFocus.current = true; setTip(anchor(id, markInFrame(id))); }
  };
  // a pointer's tooltip stays while the pointer is on its mark (a click moves the focus)
  const onBlur = () => { setRingId(null); if (tipFromFocus.current) { tipFromFocus.current = false; setTip(null); } };

  // map:painted: after the frame that draws the map, as graph:painted and the peer's marks are (bench/README.md); a
  // mark in that frame's animation callback came before its style, layout and paint (13-18 ms on first load). Asked
  // for in a layout effect, before that frame: a passive effect may run after it and mark the next one.
  useLayoutEffect(() => afterPaint(() => {
    if (!performance.getEntriesByName('map:painted').length) performance.mark('map:painted');
  }), []);

  const ringMarker = ringId ? markerById.get(ringId) : undefined;
  const ring = ringMarker && markerOnScreen(ringMarker, t);

  return (
    <div className="map">
      <div className="map-toolbar">
        <ZoomControls zoom={zoom} geo={geo} />
        <BlocOutlineControl />
      </div>
      <div className="map-frame" ref={frameRef}>
        <svg
          ref={svgRef}
          className="map-svg"
          viewBox={`0 0 ${geo.width} ${geo.height}`}
          role="group"
          onClick={onClick}
          onKeyDown={onKeyDown}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerDown}
          onPointerLeave={() => pointerAt(null)}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <PatternDefs prefix="mz" scale={1 / t.k} />
          <PatternDefs prefix="mf" />
          <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
            <path className="map-sphere" d={geo.sphere} />
            <g className="map-shapes" ref={shapesRef} />
            <g className="map-outlines" aria-hidden="true" ref={outlinesRef} />
            {/* above the members' own outlines (a selected bloc lights them), so its boundary stays readable */}
            <g className="map-blocs" aria-hidden="true" ref={blocsRef} />
            <g className="map-outlines" aria-hidden="true">
              {ringId && pathById.has(ringId) && <path className="outline-focus" d={pathById.get(ringId)} />}
            </g>
          </g>
          <g className="map-markers" ref={markersRef} />
          {ring && <circle className="marker-focus-ring" cx={ring[0]} cy={ring[1]} r={MARKER_RADIUS + 4} aria-hidden="true" />}
        </svg>
        <MapTipLayer />
      </div>
      <Legend />
    </div>
  );
}
