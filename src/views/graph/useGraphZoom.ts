// d3-zoom as maths and gesture handling only: it reports a transform that React applies to one <g>.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { Transform } from '../../graph/fit';

const MIN_K = 0.2;
const MAX_K = 12;

export function useGraphZoom(svgRef: RefObject<SVGSVGElement | null>, size: { width: number; height: number }): [Transform, (t: Transform) => void] {
  // An explicit extent: d3's default reads the SVG's width.baseVal, which is the same here but missing in jsdom.
  const extent = useRef(size);
  extent.current = size;
  const [t, setT] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_K, MAX_K])
      .extent(() => [[0, 0], [extent.current.width, extent.current.height]])
      // Pointer presses on nodes drag the node instead of panning.
      .filter((e: Event & { button?: number; ctrlKey?: boolean }) =>
        (e.type === 'wheel' || (!e.ctrlKey && !e.button)) && !(e.target as Element).closest?.('[data-node-id]'))
      .on('zoom', (e: { transform: Transform }) => setT({ k: e.transform.k, x: e.transform.x, y: e.transform.y }));
    const sel = select(svg).call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => { sel.on('.zoom', null); };
  }, [svgRef]);
  const apply = useCallback((next: Transform) => {
    if (svgRef.current && behaviour.current)
      select(svgRef.current).call(behaviour.current.transform, zoomIdentity.translate(next.x, next.y).scale(next.k));
    else setT(next);
  }, [svgRef]);
  return [t, apply];
}
