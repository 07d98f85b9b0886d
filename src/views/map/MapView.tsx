// The world map: React renders the SVG, src/geo does the maths (paths once per dataset and size).
// Events are delegated on the <svg>: every mark carries data-iso3, so one handler serves 200 marks.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { mapGeometry, MARKER_RADIUS } from '../../geo/mapGeometry';
import type { Direction } from '../../geo/neighbours';
import { LENSES } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { useAtlas } from '../../store/derived';
import { Legend } from './Legend';
import { MapTooltip, type TipAnchor } from './MapTooltip';
import { MarkersLayer } from './MarkersLayer';
import { Outlines } from './Outlines';
import { PatternDefs } from './PatternDefs';
import { ShapesLayer } from './ShapesLayer';
import { useMapZoom } from './useMapZoom';
import { ZOOM_STEP, ZoomControls } from './ZoomControls';
import './map.css';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const isFocusVisible = (el: Element) => { try { return el.matches(':focus-visible'); } catch { return true; } };
const idOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('[data-iso3]')?.getAttribute('data-iso3') ?? null : null;

export function MapView() {
  const atlas = useAtlas()!;
  const geo = mapGeometry(atlas.countries);
  const lens = useAppStore((s) => s.lens);
  const sel = useAppStore((s) => s.sel);
  const select = useAppStore((s) => s.entitySelected);
  const hover = useAppStore((s) => s.entityHovered);
  const svgRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(svgRef, geo.width, geo.height);
  const { t, centreOn } = zoom;

  const pathById = useMemo(() => new Map(geo.shapes.map((s) => [s.id, s.d])), [geo]);
  /** keyboard order for Home/End and type-ahead: by name */
  const byName = useMemo(
    () => [...geo.centre.keys()].sort((a, b) => atlas.countryById.get(a)!.name.localeCompare(atlas.countryById.get(b)!.name)),
    [geo, atlas],
  );

  // roving tabindex: exactly one mark is in the tab order; it follows the selection and keyboard moves
  const [focusId, setFocusId] = useState<string>(() => (sel && geo.centre.has(sel) ? sel : byName[0]));
  const [focusVisible, setFocusVisible] = useState(false);
  const pendingFocus = useRef(false);
  const tRef = useRef(t);
  useEffect(() => { tRef.current = t; }, [t]);
  useEffect(() => {
    if (!sel || !geo.centre.has(sel) || svgRef.current?.contains(document.activeElement)) return;
    setFocusId(sel);
    // a selection made elsewhere (search, graph) that is outside the zoomed view: bring it into view
    const [cx, cy] = geo.centre.get(sel)!;
    const { k, x, y } = tRef.current;
    if (k * cx + x < 0 || k * cy + y < 0 || k * cx + x > geo.width || k * cy + y > geo.height) centreOn([cx, cy]);
  }, [sel, geo, centreOn]);

  const [tip, setTip] = useState<TipAnchor | null>(null);
  /** px position in the frame of a point in map units, under the current zoom */
  const toFrame = useCallback((p: [number, number], isMarker: boolean) => {
    const svg = svgRef.current!.getBoundingClientRect();
    const frame = frameRef.current!.getBoundingClientRect();
    const s = svg.width / geo.width;
    const x = isMarker ? p[0] : t.k * p[0] + t.x;
    const y = isMarker ? p[1] : t.k * p[1] + t.y;
    return { x: svg.left - frame.left + x * s, y: svg.top - frame.top + y * s };
  }, [geo, t]);
  /** tooltips open away from the nearest edges so they stay inside the map */
  const anchor = (id: string, at: { x: number; y: number }): TipAnchor => {
    const frame = frameRef.current!;
    return { id, ...at, flipX: at.x > frame.clientWidth * 0.55, flipY: at.y > frame.clientHeight * 0.6 };
  };
  const markerAt = useCallback((id: string): [number, number] | null => {
    const m = geo.markers.find((mk) => mk.id === id);
    return m ? [t.k * m.anchor[0] + t.x + m.at[0] - m.anchor[0], t.k * m.anchor[1] + t.y + m.at[1] - m.anchor[1]] : null;
  }, [geo, t]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    svgRef.current?.querySelector<SVGElement>(`[data-iso3="${focusId}"]`)?.focus();
  }, [focusId]);

  const moveFocus = (id: string) => {
    pendingFocus.current = true;
    setFocusId(id);
    const c = geo.centre.get(id)!;
    const sx = t.k * c[0] + t.x;
    const sy = t.k * c[1] + t.y;
    if (sx < 0 || sy < 0 || sx > geo.width || sy > geo.height) zoom.centreOn(c);
  };

  const typeAhead = useRef({ text: '', at: 0 });
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = idOf(e.target) ?? focusId;
    const dir = ARROWS[e.key];
    if (dir) {
      const next = geo.neighbours.get(id)?.[dir];
      if (next) moveFocus(next);
    } else if (e.key === 'Enter' || e.key === ' ') select(useAppStore.getState().sel === id ? null : id);
    else if (e.key === 'Escape') select(null);
    else if (e.key === 'Home' || e.key === 'End') moveFocus(e.key === 'Home' ? byName[0] : byName[byName.length - 1]);
    else if (e.key === '+' || e.key === '=') zoom.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(1 / ZOOM_STEP);
    else if (/^\p{L}$/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // type-ahead by name, the listbox way: letters typed within a second accumulate
      const ta = typeAhead.current;
      ta.text = (e.timeStamp - ta.at < 1000 ? ta.text : '') + e.key.toLowerCase();
      ta.at = e.timeStamp;
      const start = byName.indexOf(id) + (ta.text.length === 1 ? 1 : 0);
      const order = [...byName.slice(start), ...byName.slice(0, start)];
      const hit = order.find((c) => atlas.countryById.get(c)!.name.toLowerCase().startsWith(ta.text));
      if (hit) moveFocus(hit);
    } else return;
    e.preventDefault();
  };

  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    if (!id) return;
    setFocusId(id);
    select(useAppStore.getState().sel === id ? null : id);
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    hover(id);
    if (!id) { setTip(null); return; }
    const frame = frameRef.current!.getBoundingClientRect();
    setTip(anchor(id, { x: e.clientX - frame.left, y: e.clientY - frame.top }));
  };

  const onFocus = (e: React.FocusEvent<SVGSVGElement>) => {
    const id = idOf(e.target);
    if (!id) return;
    setFocusId(id);
    const visible = isFocusVisible(e.target);
    setFocusVisible(visible);
    if (visible) {
      const m = markerAt(id);
      const at = m ? toFrame(m, true) : toFrame(geo.centre.get(id)!, false);
      setTip(anchor(id, at));
    }
  };
  const onBlur = () => { setFocusVisible(false); setTip(null); };

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!performance.getEntriesByName('map:painted').length) performance.mark('map:painted');
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <div className="map">
      <ZoomControls zoom={zoom} geo={geo} />
      <div className="map-frame" ref={frameRef}>
        <svg
          ref={svgRef}
          className="map-svg"
          viewBox={`0 0 ${geo.width} ${geo.height}`}
          width="100%"
          role="group"
          aria-label={`World map coloured by ${LENSES[lens].label}. Arrow keys move between countries, letters jump by name, Enter selects, Escape clears, + and − zoom.`}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onPointerMove={onPointerMove}
          onPointerLeave={() => { hover(null); setTip(null); }}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <PatternDefs prefix="mz" scale={1 / t.k} />
          <PatternDefs prefix="mf" />
          <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
            <path className="map-sphere" d={geo.sphere} />
            <ShapesLayer shapes={geo.shapes} focusId={focusId} />
            <Outlines pathById={pathById} focusId={focusVisible ? focusId : null} />
          </g>
          <MarkersLayer markers={geo.markers} t={t} r={MARKER_RADIUS} focusId={focusId} ringId={focusVisible ? focusId : null} />
        </svg>
        {tip && <MapTooltip tip={tip} />}
      </div>
      <Legend />
    </div>
  );
}
