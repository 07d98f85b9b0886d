// Graph-only views of the store, memoised on their inputs. The pure logic lives in src/scene (shared with the
// scene the painters draw).
import { isActive, type EdgeFamily, type Graph } from '../../graph/model';
import { memo, selectGraph, selectHighlightSet, type WithAtlas } from '../../store/derived';
import type { AppState } from '../../store/appStore';
import { visibleNodeIds } from '../../scene/graphState';
import { selectReach } from '../../scene/scene';
import type { Reach } from '../../graph/ego';

const visibleOf = memo(visibleNodeIds);
export const selectVisibleIds = (s: AppState & WithAtlas) => visibleOf(selectGraph(s), s.focus, s.hiddenFamilies);

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
export const selectFamilyCounts = (s: AppState & WithAtlas) => countsOf(selectGraph(s));

const litOf = memo((r: Reach | null, highlight: Set<string> | null): Set<string> | null =>
  r ? new Set([...(highlight ?? []), ...r.direct.keys(), ...r.via.keys()]) : highlight);
/** Nodes labelled with the selection: its highlighted partners, every direct partner and those reached through a body
 *  (a selected bloc: its members). */
export const selectLitSet = (s: AppState & WithAtlas) => litOf(selectReach(s), selectHighlightSet(s));
