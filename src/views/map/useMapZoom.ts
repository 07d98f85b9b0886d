// d3-zoom computes the transform (wheel, drag, pinch, buttons); React applies it. The store (and so the URL)
// gets the zoom only when a gesture has ended and settled, since every change is a history entry.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3';
import { useAppStore } from '../../store/appStore';
import { withAddressReplaced } from '../../store/useUrlSync';
import { formatZoom, IDENTITY, MAX_ZOOM, MIN_ZOOM, parseZoom, type ZoomTransform } from '../../geo/zoom';

const SETTLE_MS = 300;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface MapZoom {
  t: ZoomTransform;
  zoomBy: (factor: number) => void;
  zoomTo: (t: ZoomTransform) => void;
  /** pans (without zooming) so that map point p is in the centre */
  centreOn: (p: [number, number]) => void;
}

export function useMapZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, height: number): MapZoom {
  const [t, setT] = useState<ZoomTransform>(IDENTITY);
  const behaviour = useMemo<ZoomBehavior<SVGSVGElement, unknown>>(
    () => zoom<SVGSVGElement, unknown>().scaleExtent([MIN_ZOOM, MAX_ZOOM]).extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]]).clickDistance(4),
    [width, height],
  );
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The transform in motion was restored from the store (a link, Back): what d3 makes of it is normalisation. */
  const restoring = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    behaviour
      .on('start', (e: { sourceEvent: unknown }) => { if (e.sourceEvent) restoring.current = false; })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (e.sourceEvent?.type === 'mousemove') svg.classList.add('map-grabbing'); // a pan with the pointer (map.css)
        setT({ k: e.transform.k, x: e.transform.x, y: e.transform.y });
      })
      .on('end', () => {
        svg.classList.remove('map-grabbing');
        clearTimeout(settle.current);
        settle.current = setTimeout(() => {
          const z = formatZoom(zoomTransform(svg));
          const store = useAppStore.getState();
          const normalised = restoring.current;
          restoring.current = false;
          if (z !== store.zoom) (normalised ? withAddressReplaced : (job: () => void) => job())(() => store.zoomChanged(z));
        }, SETTLE_MS);
      });
    // no double-click zoom: a double click on a country would select and unselect it
    select(svg).call(behaviour).on('dblclick.zoom', null);
    return () => { clearTimeout(settle.current); select(svg).on('.zoom', null); };
  }, [svgRef, behaviour]);

  const apply = useCallback((target: ZoomTransform, animate: boolean) => {
    const svg = svgRef.current;
    if (!svg) return;
    const next = zoomIdentity.translate(target.x, target.y).scale(target.k);
    if (animate && !reducedMotion()) select(svg).transition().duration(350).call(behaviour.transform, next);
    else select(svg).call(behaviour.transform, next);
  }, [svgRef, behaviour]);

  // restore from the store (page load, history navigation); equal transforms are left alone
  const stored = useAppStore((s) => s.zoom);
  useEffect(() => {
    const svg = svgRef.current;
    if (svg && formatZoom(zoomTransform(svg)) !== stored) { restoring.current = true; apply(parseZoom(stored) ?? IDENTITY, false); }
  }, [svgRef, stored, apply]);

  const zoomBy = useCallback((factor: number) => {
    const svg = svgRef.current;
    if (!svg) return;
    restoring.current = false;
    if (reducedMotion()) select(svg).call(behaviour.scaleBy, factor);
    else select(svg).transition().duration(250).call(behaviour.scaleBy, factor);
  }, [svgRef, behaviour]);

  const zoomTo = useCallback((target: ZoomTransform) => { restoring.current = false; apply(target, true); }, [apply]);

  const centreOn = useCallback((p: [number, number]) => {
    const svg = svgRef.current;
    restoring.current = false;
    if (svg) select(svg).call(behaviour.translateTo, p[0], p[1]);
  }, [svgRef, behaviour]);

  return { t, zoomBy, zoomTo, centreOn };
}
