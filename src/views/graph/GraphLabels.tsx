// Level of detail for labels: the selection, the hovered node and every lit partner are always labelled (further out,
// with a leader line, when their own side is taken); then hubs, other bodies and instruments, then countries from the
// most connected down, as many as fit at the current zoom. A greedy pass drops labels that would overlap.
import { memo, useDeferredValue, useMemo } from 'react';
import type { Transform } from '../../graph/fit';
import { FONT_PX, countryLabel, placeLabels, shortLabel, type LabelCandidate } from '../../graph/labels';
import { nameOf } from '../../i18n/names';
import type { Positions } from '../../graph/layout';
import type { GraphNode } from '../../graph/model';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { glyphExtent } from '../../graph/shapes';
import { selectHoverSet } from '../../store/derived';
import { useAppStore } from '../../store/appStore';
import { selectLitSet } from './selectors';

/** Half the size of a node's glyph: labels sit clear of the polygon's corners, not just of its radius. */
const markSize = (n: GraphNode) => glyphExtent(n.kind, nodeRadius(n));
/** Most lit partners forced into view at once. */
const MAX_FORCED = 30;
const em = (px: number) => `${(px / FONT_PX).toFixed(3)}em`;

interface Props {
  nodes: readonly GraphNode[]; positions: Positions; degrees: ReadonlyMap<string, number>;
  transform: Transform; width: number; height: number; focusId: string | null;
  /** label text in place of the short name (a near-universal hub with its member count) */
  texts?: ReadonlyMap<string, string>;
}

export const GraphLabels = memo(function GraphLabels({ nodes, positions, degrees, transform, width, height, focusId, texts }: Props) {
  const atlas = useAppStore((s) => s.atlas);
  const lang = useAppStore((s) => s.lang);
  // Countries are labelled with their UN name in the active language; bodies and instruments keep their own names.
  const textOf = (n: GraphNode) => texts?.get(n.id)
    ?? (lang !== 'en' && atlas && n.kind === 'country' ? countryLabel(nameOf(atlas, n.id, lang)) : shortLabel(n));
  // Placement is a greedy pass over every node: deferred, so zoom frames, hovers (map hovers included) and clicks
  // paint first and labels follow in an interruptible render instead of blocking each frame.
  const { k, x: tx, y: ty } = useDeferredValue(transform);
  const sel = useDeferredValue(useAppStore((s) => s.sel));
  const hover = useDeferredValue(useAppStore((s) => s.hover));
  const hoverSet = useDeferredValue(useAppStore(selectHoverSet));
  const lit = useDeferredValue(useAppStore(selectLitSet));
  const placed = useMemo(() => {
    const rank = (n: GraphNode): number => {
      if (n.id === sel || n.id === hover) return 0;
      if (n.id === focusId) return 1;
      // every lit partner is forced while that stays legible; an organisation with dozens of partners lets them yield
      if (lit?.has(n.id)) return lit.size <= MAX_FORCED ? 1 : 2;
      if (isHub(n.id)) return sel ? 3 : 1;
      if (hoverSet?.has(n.id)) return 2;
      return n.kind === 'country' ? 4 : 5;
    };
    const candidates: (LabelCandidate & { rank: number; deg: number })[] = [];
    for (const n of nodes) {
      const p = positions.get(n.id);
      const rk = rank(n);
      if (p) candidates.push({ id: n.id, x: p.x * k + tx, y: p.y * k + ty, r: markSize(n), text: textOf(n), force: rk <= 1, bold: n.id === sel, rank: rk, deg: degrees.get(n.id) ?? 0 });
    }
    candidates.sort((a, b) => a.rank - b.rank || b.deg - a.deg || (a.id < b.id ? -1 : 1));
    return placeLabels(candidates, [width, height]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- textOf follows texts
  }, [nodes, positions, degrees, k, tx, ty, width, height, sel, hover, hoverSet, lit, focusId, texts, atlas, lang]);
  // While a zoom's labels are still being placed, the previous placement would be drawn at the new scale, where
  // labels placed for the old one may collide: hide them until placement catches up.
  const stale = transform.k !== k;
  const layer = useMemo(() => (
    <g className="labels" aria-hidden="true">
      {nodes.filter((n) => placed.get(n.id)?.leader).map((n) => {
        const p = positions.get(n.id)!;
        const { box } = placed.get(n.id)!;
        // from the node to the nearest point of the label's box, in layout units
        const sx = p.x * k + tx, sy = p.y * k + ty;
        const ex = Math.min(Math.max(sx, box[0] + 2), box[2] - 2), ey = Math.min(Math.max(sy, box[1] + 2), box[3] - 2);
        return <line key={`leader-${n.id}`} className="leader" x1={p.x} y1={p.y} x2={(ex - tx) / k} y2={(ey - ty) / k} />;
      })}
      {nodes.filter((n) => placed.has(n.id)).map((n) => {
        const p = positions.get(n.id)!;
        const l = placed.get(n.id)!;
        const out = hoverSet && !hoverSet.has(n.id);
        return (
          <text key={n.id} data-label-for={n.id} x={p.x} y={p.y} dx={em(l.dx)} dy={em(l.dy)} textAnchor={l.anchor}
            className={`label${n.id === sel ? ' sel' : ''}${n.kind === 'country' ? ' country' : ''}${out ? ' out' : ''}`}>
            {textOf(n)}
          </text>
        );
      })}
    </g>
  // eslint-disable-next-line react-hooks/exhaustive-deps -- textOf follows texts
  ), [nodes, positions, placed, sel, hoverSet, k, tx, ty, texts]);
  return <g className="labels-layer" visibility={stale ? 'hidden' : undefined}>{layer}</g>;
});
