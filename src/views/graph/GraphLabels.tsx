// Level of detail for labels: the selection, the hovered node, hubs and the focus are always candidates; their
// neighbours next; every other node only once zoomed in. A greedy pass drops labels that would overlap.
import { memo, useDeferredValue, useMemo, type SVGProps } from 'react';
import type { Transform } from '../../graph/fit';
import type { Positions } from '../../graph/layout';
import { FAR_STEP, placeLabels, shortLabel, type LabelCandidate, type LabelSide } from '../../graph/labels';
import type { GraphNode } from '../../graph/model';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { glyphExtent } from '../../graph/shapes';
import { selectHighlightSet, selectHoverSet } from '../../store/derived';
import { useAppStore } from '../../store/appStore';

/** Half the size of a node's glyph: labels sit clear of the polygon's corners, not just of its radius. */
const markSize = (n: GraphNode) => glyphExtent(n.kind, nodeRadius(n));

/** Zoom from which every node may be labelled (space permitting). */
const ALL_LABELS_K = 1.6;

/** Offsets in em of the 11px label font (which counter-scales with zoom), so they stay constant on screen. */
function sideAttrs(side: LabelSide, r: number): SVGProps<SVGTextElement> {
  const em = (px: number) => `${(px / 11).toFixed(3)}em`;
  switch (side) {
    case 'below': return { dy: em(r + 11) };
    case 'above': return { dy: em(-r - 4) };
    case 'right': return { dx: em(r + 3), dy: '0.35em' };
    case 'left': return { dx: em(-r - 3), dy: '0.35em' };
    case 'below-far': return { dy: em(r + 11 + FAR_STEP) };
    case 'above-far': return { dy: em(-r - 4 - FAR_STEP) };
  }
}

interface Props { nodes: readonly GraphNode[]; positions: Positions; transform: Transform; width: number; height: number; focusId: string | null }

export const GraphLabels = memo(function GraphLabels({ nodes, positions, transform, width, height, focusId }: Props) {
  // Placement is a greedy pass over every node: deferred, so zoom frames, hovers (map hovers included) and clicks
  // paint first and labels follow in an interruptible render instead of blocking each frame.
  const { k, x: tx, y: ty } = useDeferredValue(transform);
  const sel = useDeferredValue(useAppStore((s) => s.sel));
  const hover = useDeferredValue(useAppStore((s) => s.hover));
  const hoverSet = useDeferredValue(useAppStore(selectHoverSet));
  const highlight = useDeferredValue(useAppStore(selectHighlightSet));
  const placed = useMemo(() => {
    const rank = (n: GraphNode): number => {
      if (n.id === sel || n.id === hover) return 0;
      if (isHub(n.id) || n.id === focusId) return 1;
      if (hoverSet?.has(n.id)) return 2;
      if (highlight?.has(n.id) || focusId) return 3;
      return k >= ALL_LABELS_K || n.kind !== 'country' ? 4 : 9;
    };
    const candidates: (LabelCandidate & { rank: number })[] = [];
    for (const n of nodes) {
      const p = positions.get(n.id);
      const rk = rank(n);
      if (p && rk < 9) candidates.push({ id: n.id, x: p.x * k + tx, y: p.y * k + ty, r: markSize(n), text: shortLabel(n), force: rk <= 1, bold: n.id === sel, rank: rk });
    }
    candidates.sort((a, b) => a.rank - b.rank);
    return placeLabels(candidates, [width, height]);
  }, [nodes, positions, k, tx, ty, width, height, sel, hover, hoverSet, highlight, focusId]);
  return useMemo(() => (
    <g className="labels" aria-hidden="true">
      {nodes.filter((n) => placed.has(n.id)).map((n) => {
        const p = positions.get(n.id)!;
        return (
          <text key={n.id} x={p.x} y={p.y} {...sideAttrs(placed.get(n.id)!, markSize(n))} className={`label side-${placed.get(n.id)}${n.id === sel ? ' sel' : ''}${hoverSet && !hoverSet.has(n.id) ? ' out' : ''}`}>
            {shortLabel(n)}
          </text>
        );
      })}
    </g>
  ), [nodes, positions, placed, sel, hoverSet]);
});
