// Values derived from the dataset and the store, memoised on their inputs. The dataset is not the store's (it lives in
// react-query's cache): selectors read it from their input, which hooks (`useDerived`) and painters' hosts build.
import { useAppStore, type AppState } from './appStore';
import type { Atlas } from '../data/atlas';
import { useAtlas } from '../data/useAtlas';
import { matchingIds, isEmptyFilter } from '../data/filters';
import { statusAt, type LensId, type Status } from '../data/lenses';
import { asOfGraph, buildGraph, isActive, neighbourhood, type Graph } from '../graph/model';
import { blocOfSel } from '../data/blocs';
import { blocMembersAt } from '../graph/grouping';

// a plain loop: per-mark selectors call memoised selectors hundreds of times per store change
function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Remembers the last result per input tuple (compared by identity). */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (!last || !sameArgs(args, last)) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

/** `memo` per first argument (an object): one remembered result per key, so several live at once (one per lens's
 *  status map: a lens change then finds what the idle warm-up made, scene/warm.ts). */
export function memoPer<K extends object, A extends unknown[], R>(fn: (key: K, ...args: A) => R): (key: K, ...args: A) => R {
  const per = new WeakMap<K, (...args: A) => R>();
  return (key, ...args) => {
    let f = per.get(key);
    if (!f) per.set(key, (f = memo((...a: A) => fn(key, ...a))));
    return f(...args);
  };
}

/** The dataset beside the store's state: what the derived values read. */
export type WithAtlas = { atlas: Atlas | null };
/** The store fields the derived values read, with the dataset (the scene passes its own input). */
type Derivable = Pick<AppState, 'lens' | 't' | 'filters' | 'sel' | 'hover'> & WithAtlas;

/** The store's state with the dataset: one object per (state, dataset), shared by every hook that asks. */
export const withAtlas = memo((s: AppState, atlas: Atlas): AppState & { atlas: Atlas } => ({ ...s, atlas }));

/** A value derived from the dataset and the store; re-renders the caller only when it changes. */
export function useDerived<T>(select: (s: AppState & { atlas: Atlas }) => T): T {
  const atlas = useAtlas();
  return useAppStore((s) => select(withAtlas(s, atlas)));
}

export const selectDate = (s: Pick<AppState, 't'> & WithAtlas): string => s.t ?? s.atlas?.asOf ?? '9999-12-31';

/** Dates whose status maps are kept (every lens's at each): the date shown, and the few others a view asks for
 *  beside it ("what changed since", a compare date), so that none of them pushes the others out. */
const KEPT_DATES = 4;
const statusMaps = new WeakMap<Atlas, Map<string, Map<LensId, Map<string, Status>>>>();
const NO_STATUSES = new Map<string, Status>();
/** Every State's status under `lens` at `t`: the same map while it is kept, made once per lens and date. */
export function statusMapOf(atlas: Atlas | null, lens: LensId, t: string): Map<string, Status> {
  if (!atlas) return NO_STATUSES;
  let dates = statusMaps.get(atlas);
  if (!dates) statusMaps.set(atlas, (dates = new Map()));
  let lenses = dates.get(t);
  if (!lenses) {
    if (dates.size >= KEPT_DATES) dates.delete(dates.keys().next().value!);
    dates.set(t, (lenses = new Map()));
  }
  let m = lenses.get(lens);
  if (!m) {
    m = new Map();
    for (const c of atlas.countries) m.set(c.id, statusAt(atlas, lens, c.id, t));
    lenses.set(lens, m);
  }
  return m;
}
export const selectStatusMap = (s: Derivable) => statusMapOf(s.atlas, s.lens, selectDate(s));

const matchSetOf = memo((atlas: Atlas | null, filters: AppState['filters'], t: string) =>
  atlas && !isEmptyFilter(filters) ? matchingIds(atlas, filters, t) : null);
/** null when no filter is active (nothing is dimmed). */
export const selectMatchSet = (s: Derivable) => matchSetOf(s.atlas, s.filters, selectDate(s));

const graphOf = memo((atlas: Atlas | null, t: string): Graph | null => (atlas ? (t === atlas.asOf ? asOfGraph(atlas) : buildGraph(atlas, t)) : null));
export const selectGraph = (s: Derivable) => graphOf(s.atlas, selectDate(s));

const highlightOf = memo((graph: Graph | null, id: string | null): Set<string> | null => {
  if (!graph || !id || !graph.nodeById.has(id)) return null;
  const set = neighbourhood(graph, id, 1, isActive);
  set.delete(id);
  return set;
});
const blocMembersOf = memo((atlas: Atlas | null, bloc: string, t: string): Set<string> | null => (atlas ? blocMembersAt(atlas, bloc, t) : null));
/** Members of a bloc at the as-of date (the same rule as the `bloc` filter and the outlines); null without an atlas. */
export const selectBlocMembers = (s: Pick<AppState, 't'> & WithAtlas, bloc: string) => blocMembersOf(s.atlas, bloc, selectDate(s));

/** Neighbours of the selection through a relation in force at the date: partners, members, parties; for a selected
 * bloc (`bloc:eu`), its members at the date. */
export const selectHighlightSet = (s: Derivable) => {
  const bloc = blocOfSel(s.sel);
  return bloc ? selectBlocMembers(s, bloc) : highlightOf(selectGraph(s), s.sel);
};

const apartOf = memo((graph: Graph | null, id: string | null, active: Set<string> | null): Set<string> | null => {
  if (!graph || !id || !active || !graph.nodeById.has(id)) return null;
  const set = neighbourhood(graph, id, 1);
  for (const n of [...active, id]) set.delete(n);
  return set;
});
/** Neighbours related to the selection only by a relation not in force at the date (signed, negotiating,
 * suspended, invited…): shown apart from the partners, never lit with them. */
export const selectApartSet = (s: Derivable) => apartOf(selectGraph(s), s.sel, selectHighlightSet(s));

const hoverSetOf = memo((graph: Graph | null, id: string | null): Set<string> | null =>
  graph && id && graph.nodeById.has(id) ? neighbourhood(graph, id, 1) : null);
/** The hovered node and its neighbours (the rest dims while hovering in the graph). */
export const selectHoverSet = (s: Derivable) => hoverSetOf(selectGraph(s), s.hover);

export const useDate = () => useDerived(selectDate);
