// Previous scene → next scene → what a painter must touch: per id, only the attributes whose value changed.
import { changedEntityAttributes, changedGraphNodeAttributes, entityAttributes, graphNodeAttributes, type Attrs } from './attributes';
import type { MarkState, NodeState, Scene } from './scene';

export interface AttrChange { id: string; attrs: Attrs }

export interface SceneDiff {
  /** map marks whose attributes changed (all of them against no previous scene) */
  marks: AttrChange[];
  /** nodes shown in both scenes whose attributes changed */
  nodes: AttrChange[];
  /** nodes that appear or go away */
  nodesEntered: string[];
  nodesExited: string[];
  /** the list of links shown, or their state, changed */
  edges: boolean;
  /** the ids outlined on the map (selected, highlighted, legend class) changed */
  outlines: boolean;
  /** the bloc outlined, or its members at the date, changed */
  blocOutline: boolean;
}

/** What a new node element carries (its name and tooltip come after the paint, from the scene's names). */
export const nodeAttributes = (n: NodeState): Attrs => ({ ...entityAttributes(n.status, n), ...graphNodeAttributes(n) });

/** Ids in both maps whose attributes differ; with `prev` undefined, every id of `next` with all its attributes. A state
 *  object never changes and is kept while nothing about it changes (scene.ts), so an unchanged one is skipped by
 *  identity, and a changed one compared field by field. */
function diffMap<T>(prev: ReadonlyMap<string, T> | undefined, next: ReadonlyMap<string, T>, all: (v: T) => Attrs, changed: (p: T, v: T) => Attrs | null): AttrChange[] {
  if (prev === next) return [];
  const out: AttrChange[] = [];
  for (const [id, v] of next) {
    const p = prev?.get(id);
    if (p === v || (prev && p === undefined)) continue;
    const attrs = p === undefined ? all(v) : changed(p, v);
    if (attrs) out.push({ id, attrs });
  }
  return out;
}
const markAll = (m: MarkState) => entityAttributes(m.status, m);
const nodeChanged = (p: NodeState, n: NodeState) => changedGraphNodeAttributes(p, n, changedEntityAttributes(p, n));

/** Which marks carry an outline, and which kind: outlines are redrawn only when this changes. */
const outlineKey = (s: Scene) => [...s.marks.values()]
  .filter((m) => m.selected || m.highlighted || m.legendHover || m.apart)
  .map((m) => `${m.id}:${+m.selected}${+m.highlighted}${+m.legendHover}${+m.apart}`).join(',');

/** The network's part of the diff only (the graph painter has no map marks to compare). */
export function diffNetwork(prev: Scene | null, next: Scene): Pick<SceneDiff, 'nodes' | 'nodesEntered' | 'nodesExited' | 'edges'> {
  const same = prev?.nodes === next.nodes;
  return {
    nodes: prev ? diffMap(prev.nodes, next.nodes, nodeAttributes, nodeChanged) : [],
    nodesEntered: same ? [] : [...next.nodes.keys()].filter((id) => !prev?.nodes.has(id)),
    nodesExited: prev && !same ? [...prev.nodes.keys()].filter((id) => !next.nodes.has(id)) : [],
    edges: !prev || prev.edges !== next.edges,
  };
}

/** The map's part of the diff only (the map painter has no nodes to compare). */
export function diffMarks(prev: Scene | null, next: Scene): Pick<SceneDiff, 'marks' | 'outlines' | 'blocOutline'> {
  return {
    marks: diffMap(prev?.marks, next.marks, markAll, changedEntityAttributes),
    outlines: !prev || (prev.marks !== next.marks && outlineKey(prev) !== outlineKey(next)),
    blocOutline: !prev || prev.outline !== next.outline,
  };
}

export const diffScene = (prev: Scene | null, next: Scene): SceneDiff => ({ ...diffMarks(prev, next), ...diffNetwork(prev, next) });
