// Which nodes and links the network shows and which nodes are filtered out: pure functions of the graph and the
// view, shared by the scene and the graph view's selectors (one home, not two).
import type { Atlas } from '../data/atlas';
import { statusAt, type LensId, type Status } from '../data/lenses';
import { neighbourhood, type EdgeFamily, type Graph, type GraphLink } from '../graph/model';

export type Focus = { id: string; depth: 1 | 2 } | null;

/** Nodes drawn: those present at the as-of date, narrowed to the ego focus (through shown families only). */
export function visibleNodeIds(graph: Graph | null, focus: Focus, hidden: readonly EdgeFamily[]): Set<string> {
  if (!graph) return new Set();
  if (!focus || !graph.nodeById.has(focus.id)) return new Set(graph.nodeById.keys());
  return neighbourhood(graph, focus.id, focus.depth, (l) => !hidden.includes(l.family));
}

/** Links drawn: shown families between drawn nodes. */
export function visibleLinks(graph: Graph | null, visible: Set<string>, hidden: readonly EdgeFamily[]): GraphLink[] {
  return graph ? graph.links.filter((l) => !hidden.includes(l.family) && visible.has(l.source) && visible.has(l.target)) : [];
}

/** Filtered-out nodes: countries outside the match set, other nodes with no matching neighbour. */
export function dimmedNodeIds(graph: Graph | null, match: Set<string> | null): Set<string> | null {
  if (!graph || !match) return null;
  const dimmed = new Set<string>();
  for (const n of graph.nodes) {
    if (n.kind === 'country') { if (!match.has(n.id)) dimmed.add(n.id); continue; }
    // An organisation or instrument stays lit while any of its partners matches the filters.
    const near = neighbourhood(graph, n.id, 1);
    if (![...near].some((id) => match.has(id))) dimmed.add(n.id);
  }
  return dimmed;
}

/** Every node's status under the lens at date t (the map's statuses reused for countries). */
export function nodeStatuses(atlas: Atlas, lens: LensId, t: string, graph: Graph | null, statuses: Map<string, Status>): Map<string, Status> {
  const m = new Map<string, Status>();
  for (const n of graph?.nodes ?? []) m.set(n.id, statuses.get(n.id) ?? statusAt(atlas, lens, n.id, t));
  return m;
}
