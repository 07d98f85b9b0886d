// The scene: what the map and the network show, as one pure, memoised function of (dataset, view, UI state).
// Painters and renderers read it; nothing they draw is decided anywhere else. Each part is memoised on the inputs
// it depends on, so a hover that changes no mark returns the same `marks` object and painters skip it.
import type { Atlas } from '../data/atlas';
import type { LensId, Status } from '../data/lenses';
import type { EdgeFamily, Graph, GraphLink, NodeKind } from '../graph/model';
import type { AppState } from '../store/appStore';
import { memo, type WithAtlas, selectApartSet, selectBlocMembers, selectDate, selectGraph, selectHighlightSet, selectHoverSet, selectMatchSet, selectStatusMap } from '../store/derived';
import { selectChangedSet } from '../store/changes';
import { markLabel, statusWords } from '../views/map/describe';
import type { Lang } from '../i18n/langs';
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
  /** aria-label: the name, then the status in words */
  label: string;
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
  /** aria-label and tooltip without view-local additions (the graph adds ", pinned"): the name, then the status
   *  under the lens in the map's words (none for a node the lens does not apply to), then near-universal memberships */
  label: string;
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

export interface Scene {
  lens: LensId;
  marks: ReadonlyMap<string, MarkState>;
  nodes: ReadonlyMap<string, NodeState>;
  edges: readonly EdgeState[];
  /** the bloc outlined on map and network, null for none */
  outline: BlocOutlineState | null;
}

interface MarkBase { status: string; label: string; flagged: boolean }
/** `words` (here and in nodesOf) is the language's catalogue as loaded now: when it arrives after a first paint in
 *  English (a deck step or link opened in another language), the labels are built again in that language. */
const markBasesOf = memo((atlas: Atlas, lens: LensId, statuses: Map<string, Status>, lang: Lang, _words: unknown) => {
  const m = new Map<string, MarkBase>();
  for (const [id, st] of statuses) m.set(id, { status: st.cls, label: markLabel(atlas, lens, id, st, lang), flagged: st.unverified });
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
    m.set(id, kept(lastMarks.get(id), {
      id, ...b, selected: sel === id, dimmed: match !== null && !match.has(id), highlighted: highlight?.has(id) ?? false,
      apart: apart?.has(id) ?? false, changed: changed?.has(id) ?? false, legendHover: legendHover !== null && b.status === legendHover,
    }));
  }
  return (lastMarks = m);
});

type NodeName = Pick<NodeState, 'id' | 'kind' | 'unverified'> & { name: string; suffix: string };
/** The shown nodes' names and words: no lens, selection or hover changes them, and they are the costly part. */
const nodeNamesOf = memo((atlas: Atlas, graph: Graph | null, visible: Set<string>, lang: Lang, _words: unknown): NodeName[] => {
  const out: NodeName[] = [];
  for (const n of graph?.nodes ?? []) {
    if (!visible.has(n.id)) continue;
    const unverified = atlas.nodeById.get(n.id)?.unverified ?? false;
    out.push({
      id: n.id, kind: n.kind, name: nodeAriaLabel(nameOf(atlas, n.id, lang), n.kind, unverified, lang),
      suffix: n.kind === 'country' && graph ? universalSuffix(nearUniversalOf(graph, n.id), lang) : '', unverified,
    });
  }
  return out;
});
type NodeBase = Pick<NodeState, 'id' | 'kind' | 'unverified' | 'status' | 'label'>;
/** What a node shows that no selection or hover changes: its class and its name with its status in words ("France —
 *  Budapest Convention (CETS 185): Party since 1 July 2006"), made once per lens, date or language, not per event. */
const nodeBasesOf = memo((names: NodeName[], statuses: Map<string, Status>, lens: LensId, lang: Lang, _words: unknown): NodeBase[] => {
  const lensName = formatMessage(lang, `lens.${lens}`);
  return names.map(({ name, suffix, ...n }) => {
    const st = statuses.get(n.id);
    const status = st?.cls ?? 'no-data';
    return { ...n, status, label: st && status !== 'no-data' ? `${name} — ${lensName}: ${statusWords(lens, st, lang)}${suffix}` : name + suffix };
  });
});

let lastNodes: ReadonlyMap<string, NodeState> = new Map();
const nodesOf = memo((bases: NodeBase[], sel: string | null, dimmed: Set<string> | null, highlight: Set<string> | null,
  hoverSet: Set<string> | null, via: ReadonlyMap<string, string> | null): ReadonlyMap<string, NodeState> => {
  const m = new Map<string, NodeState>();
  for (const b of bases) {
    m.set(b.id, kept(lastNodes.get(b.id), {
      ...b, selected: sel === b.id, dimmed: dimmed?.has(b.id) ?? false, highlighted: highlight?.has(b.id) ?? false,
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

const nodeStatusesOf = memo(nodeStatuses);
const visibleOf = memo(visibleNodeIds);
const linksOf = memo(visibleLinks);
const dimmedOf = memo(dimmedNodeIds);
const EMPTY_MARKS: ReadonlyMap<string, MarkState> = new Map();
const EMPTY_NODES: ReadonlyMap<string, NodeState> = new Map();
const sceneOf = memo((lens: LensId, marks: Scene['marks'], nodes: Scene['nodes'], edges: Scene['edges'], outline: Scene['outline'] = null): Scene =>
  ({ lens, marks, nodes, edges, outline }));
const outlineOf = memo((bloc: string | null, members: Set<string> | null): BlocOutlineState | null => (bloc && members ? { bloc, members } : null));

/** The scene for the given state; the same object (and the same parts) while nothing it shows has changed. */
export function computeScene(s: SceneInput): Scene {
  const atlas = s.atlas;
  if (!atlas) return sceneOf(s.lens, EMPTY_MARKS, EMPTY_NODES, []);
  const t = selectDate(s);
  const statuses = selectStatusMap(s);
  const match = selectMatchSet(s);
  const highlight = selectHighlightSet(s);
  const graph = selectGraph(s);
  const visible = visibleOf(graph, s.focus, s.hiddenFamilies);
  const lang = s.lang ?? 'en';
  const words = useCatalogues.getState().loaded[lang];
  const marks = marksOf(markBasesOf(atlas, s.lens, statuses, lang, words), s.sel, match, highlight, selectChangedSet(s, s.since), s.legendHover, selectApartSet(s));
  const story = selectReach(s);
  const nodes = nodesOf(nodeBasesOf(nodeNamesOf(atlas, graph, visible, lang, words), nodeStatusesOf(atlas, s.lens, t, graph, statuses), s.lens, lang, words), s.sel,
    dimmedOf(graph, match), highlight, selectHoverSet(s), story?.via ?? null);
  // the hovered node's links while it is not the selection, else the selection's story
  const edges = edgesOf(linksOf(graph, visible, s.hiddenFamilies), s.hover !== s.sel ? s.hover : null, story?.links ?? null);
  const bloc = s.outline ?? null;
  return sceneOf(s.lens, marks, nodes, edges, outlineOf(bloc, bloc ? selectBlocMembers(s, bloc) : null));
}
