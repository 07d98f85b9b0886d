// One node: a focusable <g> carrying the contract attributes; its flags come from one per-node bitmask selector
// so a selection or hover change re-renders only the nodes whose answer changed. Fill = the node's class under the
// active lens (map palette); nodes the lens does not classify (organisations, agencies, instruments, companies,
// territories) carry data-status="no-data" and a pale fill, except the EU under the UN-convention lens.
import { memo } from 'react';
import type { GraphNode } from '../../graph/model';
import { glyphPath } from '../../graph/shapes';
import { isHub, nodeRadius } from '../../graph/nodeSize';
import { useNodeFlags, useNodeStatus, VIA } from './selectors';
import { DIMMED, entityAttributes, HIGHLIGHTED, HOVER_IN, reactAttributes, SELECTED } from '../../scene/attributes';
import { classStyle } from '../../theme/palette';

interface Props { node: GraphNode; unverified: boolean; x: number; y: number; focusable: boolean; pinned: boolean }

export const GraphNodeMark = memo(function GraphNodeMark({ node, unverified, x, y, focusable, pinned }: Props) {
  const status = useNodeStatus(node.id);
  const flags = useNodeFlags(node.id);
  const selected = (flags & SELECTED) !== 0, highlighted = (flags & HIGHLIGHTED) !== 0;
  const dimmed = (flags & DIMMED) !== 0, hoverIn = (flags & HOVER_IN) !== 0, via = (flags & VIA) !== 0;
  const r = nodeRadius(node);
  const name = node.label;
  const kind = node.kind === 'country' ? '' : `, ${node.kind}`;
  return (
    <g
      className={`gnode kind-${node.kind}${isHub(node.id) ? ' hub' : ''}${hoverIn ? ' hover-in' : ''}`}
      transform={`translate(${x},${y})`}
      tabIndex={focusable ? 0 : -1}
      role="button"
      data-node-id={node.id}
      data-kind={node.kind}
      {...reactAttributes(entityAttributes(status, `${name}${kind}${unverified ? ' (unverified)' : ''}${pinned ? ', pinned' : ''}`,
        { selected, highlighted, dimmed }))}
      data-via={via ? 'true' : undefined}
      data-pinned={pinned ? 'true' : undefined}
      data-unverified={unverified ? 'true' : undefined}
    >
      <title>{unverified ? `${name} (unverified)` : name}</title>
      <path className="glyph" d={glyphPath(node.kind, r)} fill={classStyle(status).fill} />
    </g>
  );
});
