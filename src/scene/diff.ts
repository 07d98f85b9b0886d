// Previous scene → next scene → what a painter must touch: per id, only the attributes whose value changed.
import { changedAttributes, entityAttributes, graphNodeAttributes, type Attrs } from './attributes';
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

// A state object never changes and is kept while nothing about it changes (scene.ts), so its attributes are made once:
// a diff then builds only the new side (a lens change compares ~440 marks and nodes).
const made = new WeakMap<object, Attrs>();
const once = <T extends object>(f: (v: T) => Attrs) => (v: T): Attrs => {
  let a = made.get(v);
  if (!a) made.set(v, (a = f(v)));
  return a;
};
export const markAttributes = once((m: MarkState): Attrs => entityAttributes(m.status, m.label, m));
export const nodeAttributes = once((n: NodeState): Attrs => ({ ...entityAttributes(n.status, n.label, n), ...graphNodeAttributes(n) }));

/** Ids in both maps whose attributes differ; with `prev` undefined, every id of `next` with all its attributes. */
function diffMap<T>(prev: ReadonlyMap<string, T> | undefined, next: ReadonlyMap<string, T>, attrs: (v: T) => Attrs): AttrChange[] {
  if (prev === next) return [];
  const out: AttrChange[] = [];
  for (const [id, v] of next) {
    const p = prev?.get(id);
    if (p === v || (prev && p === undefined)) continue;
    const changed = changedAttributes(p === undefined ? undefined : attrs(p), attrs(v));
    if (changed) out.push({ id, attrs: changed });
  }
  return out;
}

/** Which marks carry an outline, and which kind: outlines are redrawn only when this changes. */
const outlineKey = (s: Scene) => [...s.marks.values()]
  .filter((m) => m.selected || m.highlighted || m.legendHover || m.apart)
  .map((m) => `${m.id}:${+m.selected}${+m.highlighted}${+m.legendHover}${+m.apart}`).join(',');

/** The network's part of the diff only (the graph painter has no map marks to compare). */
export function diffNetwork(prev: Scene | null, next: Scene): Pick<SceneDiff, 'nodes' | 'nodesEntered' | 'nodesExited' | 'edges'> {
  const same = prev?.nodes === next.nodes;
  return {
    nodes: prev ? diffMap(prev.nodes, next.nodes, nodeAttributes) : [],
    nodesEntered: same ? [] : [...next.nodes.keys()].filter((id) => !prev?.nodes.has(id)),
    nodesExited: prev && !same ? [...prev.nodes.keys()].filter((id) => !next.nodes.has(id)) : [],
    edges: !prev || prev.edges !== next.edges,
  };
}

export function diffScene(prev: Scene | null, next: Scene): SceneDiff {
  return {
    marks: diffMap(prev?.marks, next.marks, markAttributes),
    ...diffNetwork(prev, next),
    outlines: !prev || (prev.marks !== next.marks && outlineKey(prev) !== outlineKey(next)),
    blocOutline: !prev || prev.outline !== next.outline,
  };
}
