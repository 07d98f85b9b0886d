// Strong outlines drawn over the shapes (pointer-transparent): selection last so no neighbour covers it.
import { memo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectHighlightSet, selectStatusMap } from '../../store/derived';

interface Props {
  pathById: Map<string, string>;
  /** keyboard focus ring, when focus is in the map */
  focusId: string | null;
}

export const Outlines = memo(function Outlines({ pathById, focusId }: Props) {
  const sel = useAppStore((s) => s.sel);
  const highlight = useAppStore(selectHighlightSet);
  const legendCls = useAppStore((s) => s.legendHover);
  const statusMap = useAppStore(selectStatusMap);
  const legendIds = legendCls ? [...pathById.keys()].filter((id) => statusMap.get(id)?.cls === legendCls) : [];
  const highlighted = highlight ? [...highlight].filter((id) => pathById.has(id)) : [];
  return (
    <g className="map-outlines" aria-hidden="true">
      {legendIds.map((id) => <path key={`l-${id}`} className="outline-legend" d={pathById.get(id)} />)}
      {highlighted.map((id) => <path key={`h-${id}`} className="outline-highlight" d={pathById.get(id)} />)}
      {sel && pathById.has(sel) && <path className="outline-selected" d={pathById.get(sel)} />}
      {focusId && pathById.has(focusId) && <path className="outline-focus" d={pathById.get(focusId)} />}
    </g>
  );
});
