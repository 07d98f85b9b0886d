// Hosts the network's zoom controller (zoom/zoomController.ts, shared with the map): wheel and drag on the
// background pan and zoom, a press on a node drags the node instead. Each transform goes to `onZoom` (the painter sets
// one attribute), without a React render per zoom event.
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ZoomLimits, ZoomTransform } from '../../zoom/transform';
import { createZoomController, type ZoomController } from '../../zoom/zoomController';

const LIMITS: ZoomLimits = { scale: [0.2, 12] };

export function useGraphZoom(svgRef: RefObject<SVGSVGElement | null>, size: { width: number; height: number }, onZoom: (t: ZoomTransform) => void): (t: ZoomTransform) => void {
  const viewport = useRef(size);
  viewport.current = size;
  const report = useRef(onZoom);
  report.current = onZoom;
  const controller = useRef<ZoomController | null>(null);
  // a layout effect, so the controller exists before the host's first fit (also a layout effect)
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const c = createZoomController(svg, {
      limits: LIMITS,
      viewport: () => viewport.current,
      // Pointer presses on nodes drag the node instead of panning.
      filter: (e) => (e.type === 'wheel' || (!e.ctrlKey && !e.button)) && !(e.target as Element).closest?.('[data-node-id]'),
      onZoom: (t) => report.current(t),
    });
    controller.current = c;
    return () => { c.destroy(); controller.current = null; };
  }, [svgRef]);
  return useCallback((next: ZoomTransform) => {
    if (controller.current) controller.current.set(next);
    else report.current(next);
  }, []);
}
