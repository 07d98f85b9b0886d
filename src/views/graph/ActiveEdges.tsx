// The hovered node's links, else the selection's story (its links and those of its national bodies), redrawn on top
// at full strength while the rest fade.
import { useMemo } from 'react';
import type { Positions } from '../../graph/layout';
import type { GraphLink } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { GraphEdges } from './GraphEdges';
import { selectReach } from './selectors';

export function ActiveEdges({ links, positions }: { links: readonly GraphLink[]; positions: Positions }) {
  const hover = useAppStore((s) => s.hover);
  const sel = useAppStore((s) => s.sel);
  const story = useAppStore(selectReach)?.links;
  const active = useMemo(() => {
    if (hover && hover !== sel) return links.filter((l) => l.source === hover || l.target === hover);
    return story ? links.filter((l) => story.has(l.id)) : [];
  }, [links, hover, sel, story]);
  return <GraphEdges links={active} positions={positions} className="edges-active" />;
}
