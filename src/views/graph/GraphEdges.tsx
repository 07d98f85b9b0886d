// Links as plain lines, coloured by family and dashed by stage. Re-rendered only when links or positions change.
import { memo } from 'react';
import type { Positions } from '../../graph/layout';
import type { GraphLink } from '../../graph/model';
import { FAMILY_COLOURS, STAGE_DASH } from '../../theme/families';

export const GraphEdges = memo(function GraphEdges({ links, positions, className }: { links: readonly GraphLink[]; positions: Positions; className: string }) {
  return (
    <g className={className}>
      {links.map((l) => {
        const a = positions.get(l.source);
        const b = positions.get(l.target);
        if (!a || !b) return null;
        return (
          <line key={l.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={FAMILY_COLOURS[l.family]} strokeDasharray={STAGE_DASH[l.stage]}
            data-edge-family={l.family} data-edge-stage={l.stage} data-unverified={l.unverified ? 'true' : undefined} />
        );
      })}
    </g>
  );
});
