// The hovered (else the selected) node's links, redrawn on top at full strength while the rest fade.
import { useMemo } from 'react';
import type { Positions } from '../../graph/layout';
import type { GraphLink } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { GraphEdges } from './GraphEdges';

export function ActiveEdges({ links, positions }: { links: readonly GraphLink[]; positions: Positions }) {
  const id = useAppStore((s) => s.hover ?? s.sel);
  const active = useMemo(() => (id ? links.filter((l) => l.source === id || l.target === id) : []), [links, id]);
  return <GraphEdges links={active} positions={positions} className="edges-active" />;
}
