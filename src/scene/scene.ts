// The scene: what the map and the network show, as one pure, memoised function of (dataset, view, UI state).
// Painters and renderers read it; nothing they draw is decided anywhere else. Each part is memoised on the inputs
// it depends on, so a hover that changes no mark returns the same `marks` object and painters skip it.
import type { Atlas } from '../data/atlas';
import type { LensId, Status } from '../data/lenses';
import type { EdgeFamily, Graph, GraphLink, NodeKind } from '../graph/model';
import type { AppState } from '../store/appStore';
import { memo, memoPer, type WithAtlas, selectApartSet, selectBlocMembers, selectDate, selectGraph, selectHighlightSet, selectHoverSet, selectMatchSet, selectStatusMap, statusMapOf } from '../store/derived';
import { selectChangedSet } from '../store/changes';
import { markLabel, statusWords } from '../views/map/describe';
import { labelSep, type Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import { reach, type Reach } from '../graph/ego';
import { nearUniversalOf } from '../graph/universal';
import { nodeAriaLabel, universalSuffix } from '../i18n/entityWords';
import { formatMessage, useCatalogues } from '../i18n/catalogue';
import { dimmedNodeIds, nodeStatuses, visibleLinks, visibleNodeIds } from './graphState';

/** The dataset, the parts of the store the scene reads, plus the "what changed since" date. */
export type SceneInput = WithAtlas & Pick<AppState, 'lens' | 'filters' | 'sel' | 't' | 'focus' | 'hover' | 'legendHover' | 'hiddenFamilies'>
  & Partial<Pick<AppState, 'outline'>>
  & { since: string | null; /** names and words of the labels; English when left out (the app passes its view's) */ lang?: Lang };

/** A map mark (country shape or small-state marker). */
export interface MarkState {
  id: string;
  status: string;
  selected: boolean;
  dimmed: boolean;
  highlighted: boolean;
  /** related to the selection only by a relation not in force at the date (signed, negotiating, suspended…) */
  apart: boolean;
  /** unverified */
  flagged: boolean;
  changed: boolean;
  legendHover: boolean;
}

/** A network node that is shown. */
export interface NodeState {
  id: string;
  kind: NodeKind;
  status: string;
  unverified: boolean;
  selected: boolean;
  dimmed: boolean;
  highlighted: boolean;
  /** in the hovered node's neighbourhood */
  hoverIn: boolean;
  /** reached by the selected country only through one of its national bodies */
  via: boolean;
}

/** A link that is shown. */
export interface EdgeState {
  id: string;
  source: string;
  target: string;
  family: EdgeFamily;
  stage: string;
  unverified: boolean;
  /** drawn on top: touches the hovered node, else carries the selection's story (its links and its national bodies') */
  active: boolean;
}

/** A bloc outlined at the as-of date: its members then (observers left out). */
export interface BlocOutlineState { bloc: string; members: ReadonlySet<string> }

/** Accessible names, made when first asked for (painters write them after the paint: lib/laterNames.ts), so a lens
 *  or date change makes none of its ~440 names, each a status in words with a formatted date, inside its frame. A new
 *  object whenever any name may differ (lens, date, language, its words, the nodes shown). */
export interface SceneNames {
  /** a map mark's aria-label: the name, then the status in words */
  mark(id: string): string;
  /** a node's aria-label and tooltip without view-local additions (the graph adds ", pinned"): the name, then the
   *  status under the lens in the map's words (none for a node the lens does not apply to), then near-universal
   *  memberships */
  node(id: string): string;
}

export interface Scene {
  lens: LensId;
  names: SceneNames;
  marks: ReadonlyMap<string, MarkState>;
  nodes: ReadonlyMap<string, NodeState>;
  edges: readonly EdgeState[];
  /** the bloc outlined on map and network, null for none */
  outline: BlocOutlineState | null;
}

interface MarkBase { status: string; flagged: boolean }
// per status map, that is per lens and date (memoPer): the idle warm-up makes other lenses' ahead of a lens change
const markBasesOf = memoPer((statuses: Map<string, Status>) => {
  const m = new Map<string, MarkBase>();
  for (const [id, st] of statuses) m.set(id, { status: st.cls, flagged: st.unverified });
  return m;
});

/** `prev` itself when `next` has the same values: a mark or node whose state did not change keeps its identity, so
 *  diffs skip it by reference (a click changes about a dozen of some 430). */
function kept<T extends object>(prev: T | undefined, next: T): T {
  if (!prev) return next;
  for (const k in next) if (prev[k] !== next[k]) return next;
  return prev;
}

let lastMarks: ReadonlyMap<string, MarkState> = new Map();
const marksOf = memo((bases: Map<string, MarkBase>, sel: string | null, match: Set<string> | null, highlight: Set<string> | null,
  changed: ReadonlySet<string> | null, legendHover: string | null, apart: Set<string> | null): ReadonlyMap<string, MarkState> => {
  const m = new Map<string, MarkState>();
  for (const [id, b] of bases) {
    // fields written out, not spread: one literal shape, and no copying loop per mark
    m.set(id, kept(lastMarks.get(id), {
      id, status: b.status, flagged: b.flagged, selected: sel === id, dimmed: match !== null && !match.has(id), highlighted: highlight?.has(id) ?? false,
      apart: apart?.has(id) ?? false, changed: changed?.has(id) ?? false, legendHover: legendHover !== null && b.status === legendHover,
    }));
  }
  return (lastMarks = m);
});

type NodeShown = Pick<NodeState, 'id' | 'kind' | 'unverified'>;
/** The nodes shown, in the graph's order: no lens, selection or hover changes them. */
const nodesShownOf = memo((atlas: Atlas, graph: Graph | null, visible: Set<string>): NodeShown[] => {
  const out: NodeShown[] = [];
  for (const n of graph?.nodes ?? []) if (visible.has(n.id)) out.push({ id: n.id, kind: n.kind, unverified: atlas.nodeById.get(n.id)?.unverified ?? false });
  return out;
});
type NodeBase = NodeShown & Pick<NodeState, 'status'>;
/** What a node shows that no selection or hover changes, made once per lens or date, not per event. */
const nodeBasesOf = memoPer((statuses: Map<string, Status>, shown: NodeShown[]): NodeBase[] =>
  shown.map((n) => ({ id: n.id, kind: n.kind, unverified: n.unverified, status: statuses.get(n.id)?.cls ?? 'no-data' })));

/** A name made on first request and kept. */
function lazyNames(make: (id: string) => string): (id: string) => string {
  const made = new Map<string, string>();
  return (id) => {
    let v = made.get(id);
    if (v === undefined) made.set(id, (v = make(id)));
    return v;
  };
}
/** `words` is the language's catalogue as loaded now: when it arrives after a first paint in English (a deck step or
 *  link opened in another language), the names are made again in that language. */
const namesOf = memo((atlas: Atlas, graph: Graph | null, lens: LensId, statuses: Map<string, Status>, nodeStatuses: Map<string, Status>,
  lang: Lang, _words: unknown): SceneNames => {
  const lensName = formatMessage(lang, `lens.${lens}`);
  return {
    mark: lazyNames((id) => {
      const st = statuses.get(id);
      return st ? markLabel(atlas, lens, id, st, lang) : id;
    }),
    // "France — Budapest Convention (CETS 185): Party since 1 July 2006, INTERPOL member"
    node: lazyNames((id) => {
      const n = graph?.nodeById.get(id);
      if (!n) return id;
      const name = nodeAriaLabel(nameOf(atlas, id, lang), n.kind, atlas.nodeById.get(id)?.unverified ?? false, lang);
      const suffix = n.kind === 'country' && graph ? universalSuffix(nearUniversalOf(graph, id), lang) : '';
      const st = nodeStatuses.get(id);
      return st && st.cls !== 'no-data' ? `${name} — ${lensName}${labelSep(lang)}${statusWords(lens, st, lang)}${suffix}` : name + suffix;
    }),
  };
});

let lastNodes: ReadonlyMap<string, NodeState> = new Map();
const nodesOf = memo((bases: NodeBase[], sel: string | null, dimmed: Set<string> | null, highlight: Set<string> | null,
  hoverSet: Set<string> | null, via: ReadonlyMap<string, string> | null): ReadonlyMap<string, NodeState> => {
  const m = new Map<string, NodeState>();
  for (const b of bases) {
    m.set(b.id, kept(lastNodes.get(b.id), {
      id: b.id, kind: b.kind, unverified: b.unverified, status: b.status, selected: sel === b.id, dimmed: dimmed?.has(b.id) ?? false, highlighted: highlight?.has(b.id) ?? false,
      hoverIn: hoverSet?.has(b.id) ?? false, via: via?.has(b.id) ?? false,
    }));
  }
  return (lastNodes = m);
});

/** Each link's two states, made once per list of links: a hover then picks states rather than making one per link
 *  (15,000 objects on every hover at ten times the network). */
const edgeState = (l: GraphLink, active: boolean): EdgeState =>
  ({ id: l.id, source: l.source, target: l.target, family: l.family, stage: l.stage, unverified: l.unverified, active });
// both made by one literal, so they share one shape and the painters' loops over 15,000 of them stay monomorphic
const edgeStatesOf = memo((links: GraphLink[]): (readonly [EdgeState, EdgeState])[] => links.map((l) => [edgeState(l, false), edgeState(l, true)] as const));
/** The list of links each scene's edges were picked from. */
const linksBehind = new WeakMap<readonly EdgeState[], GraphLink[]>();
/** Per list of links, its edges with none active: the same array each time nothing is hovered or selected, so a
 *  selection cleared gives back the edges drawn before it. */
const quietEdges = new WeakMap<GraphLink[], readonly EdgeState[]>();
const edgesOf = memo((links: GraphLink[], hover: string | null, story: ReadonlySet<string> | null): readonly EdgeState[] => {
  const quiet = hover === null && story === null;
  if (quiet && quietEdges.has(links)) return quietEdges.get(links)!;
  const states = edgeStatesOf(links);
  const edges = links.map((l, i) => states[i][+(hover !== null ? l.source === hover || l.target === hover : story?.has(l.id) ?? false)]);
  linksBehind.set(edges, links);
  if (quiet) quietEdges.set(links, edges);
  return edges;
});
/** True when two scenes' edges were picked from one list of links (a hover or a selection between them): the same
 *  links in the same order and stages, only which are active may differ. False says nothing: compare them then. */
export const sameLinkList = (a: readonly EdgeState[], b: readonly EdgeState[]): boolean =>
  a === b || (linksBehind.get(a) ?? a) === linksBehind.get(b);

const reachOf = memo((graph: Graph | null, id: string | null): Reach | null => (graph && id && graph.nodeById.has(id) ? reach(graph, id) : null));
/** What the selection reaches: direct partners and partners through its national bodies (at the as-of date). */
export const selectReach = (s: Parameters<typeof selectGraph>[0]) => reachOf(selectGraph(s), s.sel);

const nodeStatusesOf = memoPer((statuses: Map<string, Status>, atlas: Atlas, lens: LensId, t: string, graph: Graph | null) =>
  nodeStatuses(atlas, lens, t, graph, statuses));
const visibleOf = memo(visibleNodeIds);
const linksOf = memo(visibleLinks);
const dimmedOf = memo(dimmedNodeIds);
const EMPTY_MARKS: ReadonlyMap<string, MarkState> = new Map();
const EMPTY_NODES: ReadonlyMap<string, NodeState> = new Map();
const NO_NAMES: SceneNames = { mark: (id) => id, node: (id) => id };
const sceneOf = memo((lens: LensId, names: SceneNames, marks: Scene['marks'], nodes: Scene['nodes'], edges: Scene['edges'], outline: Scene['outline'] = null): Scene =>
  ({ lens, names, marks, nodes, edges, outline }));
const outlineOf = memo((bloc: string | null, members: Set<string> | null): BlocOutlineState | null => (bloc && members ? { bloc, members } : null));

/** The scene for the given state; the same object (and the same parts) while nothing it shows has changed. */
export function computeScene(s: SceneInput): Scene {
  const atlas = s.atlas;
  if (!atlas) return sceneOf(s.lens, NO_NAMES, EMPTY_MARKS, EMPTY_NODES, []);
  const t = selectDate(s);
  const statuses = selectStatusMap(s);
  const match = selectMatchSet(s);
  const highlight = selectHighlightSet(s);
  const graph = selectGraph(s);
  const visible = visibleOf(graph, s.focus, s.hiddenFamilies);
  const lang = s.lang ?? 'en';
  const words = useCatalogues.getState().loaded[lang];
  const marks = marksOf(markBasesOf(statuses), s.sel, match, highlight, selectChangedSet(s, s.since), s.legendHover, selectApartSet(s));
  const story = selectReach(s);
  const nodeStatuses = nodeStatusesOf(statuses, atlas, s.lens, t, graph);
  const nodes = nodesOf(nodeBasesOf(nodeStatuses, nodesShownOf(atlas, graph, visible)), s.sel,
    dimmedOf(graph, match), highlight, selectHoverSet(s), story?.via ?? null);
  const names = namesOf(atlas, graph, s.lens, statuses, nodeStatuses, lang, words);
  // the hovered node's links while it is not the selection, else the selection's story
  const edges = edgesOf(linksOf(graph, visible, s.hiddenFamilies), s.hover !== s.sel ? s.hover : null, story?.links ?? null);
  const bloc = s.outline ?? null;
  return sceneOf(s.lens, names, marks, nodes, edges, outlineOf(bloc, bloc ? selectBlocMembers(s, bloc) : null));
}

/** Makes what a change to `lens` would make inside its frame, at the state's date and with the nodes it shows: the
 *  lens's statuses, and its marks' and nodes' classes. Scene/warm.ts calls it in idle time for the lenses not shown. */
export function prepareLens(s: SceneInput, lens: LensId): void {
  const atlas = s.atlas;
  if (!atlas) return;
  const t = selectDate(s);
  const graph = selectGraph(s);
  const statuses = statusMapOf(atlas, lens, t);
  markBasesOf(statuses);
  nodeBasesOf(nodeStatusesOf(statuses, atlas, lens, t, graph), nodesShownOf(atlas, graph, visibleOf(graph, s.focus, s.hiddenFamilies)));
}
