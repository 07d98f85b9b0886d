// d3-zoom as maths and gesture handling only: it reports each transform to `onZoom` (the painter sets one
// attribute), without a React render per zoom event.
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { Transform } from '../../graph/fit';

const MIN_K = 0.2;
const MAX_K = 12;

export function useGraphZoom(svgRef: RefObject<SVGSVGElement | null>, size: { width: number; height: number }, onZoom: (t: Transform) => void): (t: Transform) => void {
  // An explicit extent: d3's default reads the SVG's width.baseVal, which is the same here but missing in jsdom.
  const extent = useRef(size);
  extent.current = size;
  const report = useRef(onZoom);
  report.current = onZoom;
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // a layout effect, so the behaviour exists before the host's first fit (also a layout effect)
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_K, MAX_K])
      .extent(() => [[0, 0], [extent.current.width, extent.current.height]])
      // Pointer presses on nodes drag the node instead of panning.
      .filter((e: Event & { button?: number; ctrlKey?: boolean }) =>
        (e.type === 'wheel' || (!e.ctrlKey && !e.button)) && !(e.target as Element).closest?.('[data-node-id]'))
      .on('zoom', (e: { transform: Transform }) => report.current({ k: e.transform.k, x: e.transform.x, y: e.transform.y }));
    const sel = select(svg).call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => { sel.on('.zoom', null); };
  }, [svgRef]);
  return useCallback((next: Transform) => {
    if (svgRef.current && behaviour.current)
      select(svgRef.current).call(behaviour.current.transform, zoomIdentity.translate(next.x, next.y).scale(next.k));
    else report.current(next);
  }, [svgRef]);
}
