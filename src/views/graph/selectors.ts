// Graph-only views of the store, memoised on their inputs so per-node hooks return primitives cheaply.
// The pure logic lives in src/scene/graphState.ts (shared with the scene).
import { statusAt } from '../../data/lenses';
import { reach, type Reach } from '../../graph/ego';
import { isActive, type EdgeFamily, type Graph } from '../../graph/model';
import { memo, selectDate, selectGraph, selectHighlightSet, selectHoverSet, selectMatchSet, selectStatusMap } from '../../store/derived';
import { useAppStore, type AppState } from '../../store/appStore';
import { dimmedNodeIds, nodeStatuses, visibleLinks, visibleNodeIds } from '../../scene/graphState';
import { DIMMED, HIGHLIGHTED, HOVER_IN, SELECTED } from '../../scene/attributes';

const visibleOf = memo(visibleNodeIds);
export const selectVisibleIds = (s: AppState) => visibleOf(selectGraph(s), s.focus, s.hiddenFamilies);

const linksOf = memo(visibleLinks);
export const selectVisibleLinks = (s: AppState) => linksOf(selectGraph(s), selectVisibleIds(s), s.hiddenFamilies);

export interface FamilyCount { inForce: number; other: number }
const countsOf = memo((graph: Graph | null): Map<EdgeFamily, FamilyCount> => {
  const m = new Map<EdgeFamily, FamilyCount>();
  for (const l of graph?.links ?? []) {
    const c = m.get(l.family) ?? { inForce: 0, other: 0 };
    if (isActive(l)) c.inForce++;
    else c.other++;
    m.set(l.family, c);
  }
  return m;
});
/** Links per family at the as-of date (whether shown or not): in force, and the others (signed, negotiating,
 * suspended, invited) counted apart. */
export const selectFamilyCounts = (s: AppState) => countsOf(selectGraph(s));

const dimmedOf = memo(dimmedNodeIds);
export const selectDimmedIds = (s: AppState) => dimmedOf(selectGraph(s), selectMatchSet(s));

// Every node's class for the active lens and date, built once per (lens, date), not per node per store change.
const nodeStatusOf = memo(nodeStatuses);
const statusOfNode = (s: AppState, id: string): string => {
  if (!s.atlas) return 'no-data';
  return nodeStatusOf(s.atlas, s.lens, selectDate(s), selectGraph(s), selectStatusMap(s)).get(id) ?? statusAt(s.atlas, s.lens, id, selectDate(s)).cls;
};

/** Graph-only flag (beyond the contract's): reached through one of the selected country's national bodies. */
export const VIA = 128;

/** A node's flags as one number, so each node has one flag subscription rather than four. */
const flagsOf = (s: AppState, id: string): number =>
  (s.sel === id ? SELECTED : 0)
  | (selectHighlightSet(s)?.has(id) ? HIGHLIGHTED : 0)
  | (selectDimmedIds(s)?.has(id) ? DIMMED : 0)
  // in the hovered neighbourhood (the container's `hovering` class dims the others, so hover re-renders only these)
  | (selectHoverSet(s)?.has(id) ? HOVER_IN : 0)
  | (selectReach(s)?.via.has(id) ? VIA : 0);

/** Per-node primitives for the contract attributes and hover classes. */
export const useNodeStatus = (id: string) => useAppStore((s) => statusOfNode(s, id));
export const useNodeFlags = (id: string) => useAppStore((s) => flagsOf(s, id));

const reachOf = memo((graph: Graph | null, id: string | null): Reach | null => (graph && id && graph.nodeById.has(id) ? reach(graph, id) : null));
/** What the selection reaches: direct partners and partners through its national bodies (at the as-of date). */
export const selectReach = (s: AppState) => reachOf(selectGraph(s), s.sel);

const litOf = memo((r: Reach | null, highlight: Set<string> | null): Set<string> | null =>
  r ? new Set([...(highlight ?? []), ...r.direct.keys(), ...r.via.keys()]) : null);
/** Nodes labelled with the selection: its highlighted partners, every direct partner and those reached through a body. */
export const selectLitSet = (s: AppState) => litOf(selectReach(s), selectHighlightSet(s));
