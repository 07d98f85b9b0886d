// Graph-only views of the store, memoised on their inputs so per-node hooks return primitives cheaply.
import type { Atlas } from '../../data/atlas';
import { statusAt, type LensId, type Status } from '../../data/lenses';
import { neighbourhood, type EdgeFamily, type Graph, type GraphLink } from '../../graph/model';
import { memo, selectDate, selectGraph, selectHighlightSet, selectHoverSet, selectMatchSet, selectStatusMap } from '../../store/derived';
import { useAppStore, type AppState } from '../../store/appStore';

const visibleOf = memo((graph: Graph | null, focus: AppState['focus'], hidden: readonly EdgeFamily[]): Set<string> => {
  if (!graph) return new Set();
  if (!focus || !graph.nodeById.has(focus.id)) return new Set(graph.nodeById.keys());
  return neighbourhood(graph, focus.id, focus.depth, (l) => !hidden.includes(l.family));
});
/** Nodes drawn: those present at the as-of date, narrowed to the ego focus (through shown families only). */
export const selectVisibleIds = (s: AppState) => visibleOf(selectGraph(s), s.focus, s.hiddenFamilies);

const linksOf = memo((graph: Graph | null, visible: Set<string>, hidden: readonly EdgeFamily[]): GraphLink[] =>
  graph ? graph.links.filter((l) => !hidden.includes(l.family) && visible.has(l.source) && visible.has(l.target)) : []);
/** Links drawn: shown families between drawn nodes. */
export const selectVisibleLinks = (s: AppState) => linksOf(selectGraph(s), selectVisibleIds(s), s.hiddenFamilies);

const countsOf = memo((graph: Graph | null): Map<EdgeFamily, number> => {
  const m = new Map<EdgeFamily, number>();
  for (const l of graph?.links ?? []) m.set(l.family, (m.get(l.family) ?? 0) + 1);
  return m;
});
/** Links per family at the as-of date (whether shown or not). */
export const selectFamilyCounts = (s: AppState) => countsOf(selectGraph(s));

const dimmedOf = memo((graph: Graph | null, match: Set<string> | null, atlas: Atlas | null): Set<string> | null => {
  if (!graph || !match || !atlas) return null;
  const dimmed = new Set<string>();
  for (const n of graph.nodes) {
    if (n.kind === 'country') { if (!match.has(n.id)) dimmed.add(n.id); continue; }
    // An organisation or instrument stays lit while any of its partners matches the filters.
    const near = neighbourhood(graph, n.id, 1);
    if (![...near].some((id) => match.has(id))) dimmed.add(n.id);
  }
  return dimmed;
});
/** Filtered-out nodes: countries outside the match set, other nodes with no matching neighbour. */
export const selectDimmedIds = (s: AppState) => dimmedOf(selectGraph(s), selectMatchSet(s), s.atlas);

// Every node's class for the active lens and date, built once per (lens, date), not per node per store change.
const nodeStatusOf = memo((atlas: Atlas | null, lens: LensId, t: string, graph: Graph | null, statuses: Map<string, Status>) => {
  const m = new Map<string, string>();
  for (const n of graph?.nodes ?? []) m.set(n.id, statuses.get(n.id)?.cls ?? (atlas ? statusAt(atlas, lens, n.id, t).cls : 'no-data'));
  return m;
});
const statusOfNode = (s: AppState, id: string): string =>
  nodeStatusOf(s.atlas, s.lens, selectDate(s), selectGraph(s), selectStatusMap(s)).get(id)
  ?? (s.atlas ? statusAt(s.atlas, s.lens, id, selectDate(s)).cls : 'no-data');

export const SELECTED = 1, HIGHLIGHTED = 2, DIMMED = 4, HOVER_IN = 8;
/** A node's flags as one number, so each node has one flag subscription rather than four. */
const flagsOf = (s: AppState, id: string): number =>
  (s.sel === id ? SELECTED : 0)
  | (selectHighlightSet(s)?.has(id) ? HIGHLIGHTED : 0)
  | (selectDimmedIds(s)?.has(id) ? DIMMED : 0)
  // in the hovered neighbourhood (the container's `hovering` class dims the others, so hover re-renders only these)
  | (selectHoverSet(s)?.has(id) ? HOVER_IN : 0);

/** Per-node primitives for the contract attributes and hover classes. */
export const useNodeStatus = (id: string) => useAppStore((s) => statusOfNode(s, id));
export const useNodeFlags = (id: string) => useAppStore((s) => flagsOf(s, id));
