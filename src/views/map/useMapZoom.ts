// Hosts the map's zoom controller (zoom/zoomController.ts, shared with the network): the map clamped to its own box
// (geo/zoom.ts), React applies each transform. The store (and so the URL) gets the zoom only when a gesture has
// ended and settled, since every change is a history entry.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../../store/appStore';
import { withAddressReplaced } from '../../store/useUrlSync';
import { formatZoom, mapZoomLimits, parseZoom } from '../../geo/zoom';
import { IDENTITY, type ZoomTransform } from '../../zoom/transform';
import { createZoomController, type ZoomController } from '../../zoom/zoomController';

const SETTLE_MS = 300;

export interface MapZoom {
  t: ZoomTransform;
  zoomBy: (factor: number) => void;
  zoomTo: (t: ZoomTransform) => void;
  /** pans (without zooming) so that map point p is in the centre */
  centreOn: (p: [number, number]) => void;
}

export function useMapZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, height: number): MapZoom {
  const [t, setT] = useState<ZoomTransform>(IDENTITY);
  const controller = useRef<ZoomController | null>(null);
  /** The transform in motion was restored from the store (a link, Back): what d3 makes of it is normalisation. */
  const restoring = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const c = createZoomController(svg, {
      limits: mapZoomLimits(width, height),
      viewport: () => ({ width, height }),
      clickDistance: 4,
      onStart: (byPerson) => { if (byPerson) restoring.current = false; },
      onZoom: (next, source) => {
        if (source?.type === 'mousemove') svg.classList.add('map-grabbing'); // a pan with the pointer (map.css)
        setT(next);
      },
      onEnd: (end) => {
        if (svg.classList.contains('map-grabbing')) svg.classList.remove('map-grabbing'); // (remove always rewrites class)
        clearTimeout(settle);
        settle = setTimeout(() => {
          const z = formatZoom(end);
          const store = useAppStore.getState();
          const normalised = restoring.current;
          restoring.current = false;
          if (z !== store.zoom) (normalised ? withAddressReplaced : (job: () => void) => job())(() => store.zoomChanged(z));
        }, SETTLE_MS);
      },
    });
    controller.current = c;
    return () => { clearTimeout(settle); c.destroy(); controller.current = null; };
  }, [svgRef, width, height]);

  // restore from the store (page load, history navigation; after the effect above on mount); equal transforms are
  // left alone
  const stored = useAppStore((s) => s.zoom);
  useEffect(() => {
    const c = controller.current;
    if (c && formatZoom(c.transform()) !== stored) { restoring.current = true; c.set(parseZoom(stored) ?? IDENTITY); }
  }, [stored, width, height]);

  const zoomBy = useCallback((factor: number) => { restoring.current = false; controller.current?.scaleBy(factor, 250); }, []);
  const zoomTo = useCallback((target: ZoomTransform) => { restoring.current = false; controller.current?.set(target, 350); }, []);
  const centreOn = useCallback((p: [number, number]) => { restoring.current = false; controller.current?.centreOn(p); }, []);

  return { t, zoomBy, zoomTo, centreOn };
}
