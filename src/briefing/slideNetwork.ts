// The network part of a slide as data: the scene's nodes and links (src/scene: what the live graph shows, with the
// same dimming) at the shipped layout's positions, with the names worth reading from the back of a room.
import { entityName, type Atlas } from '../data/atlas';
import type { Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import { shortLabel } from '../graph/labels';
import { layoutOf } from '../graph/forceLayout';
import type { EdgeFamily, NodeKind } from '../graph/model';
import { isHub, nodeRadius } from '../graph/nodeSize';
import type { Scene } from '../scene/scene';

export interface NetNode { id: string; kind: NodeKind; name: string; cls: string; x: number; y: number; r: number; dimmed: boolean; selected: boolean; near: boolean; labelled: boolean }
export interface NetLink { x1: number; y1: number; x2: number; y2: number; family: EdgeFamily; stage: string; dimmed: boolean; active: boolean }
export interface NetworkModel { nodes: NetNode[]; links: NetLink[] }

/** More labels than this turn the network into text. */
const MAX_NET_LABELS = 14;

/** Countries are named in the slide's language (their UN names); bodies keep their own names, as on the live graph. */
export function networkModel(atlas: Atlas, scene: Scene, focus: string | null, filtered: boolean, lang: Lang): NetworkModel {
  const positions = layoutOf(atlas);
  const nodes: NetNode[] = [...scene.nodes.values()].filter((n) => positions.has(n.id)).map((n) => {
    const p = positions.get(n.id)!;
    const name = n.kind === 'country' ? nameOf(atlas, n.id, lang) : shortLabel({ id: n.id, kind: n.kind, label: entityName(atlas, n.id) });
    return { id: n.id, kind: n.kind, name, cls: n.status, x: p.x, y: p.y, r: nodeRadius({ id: n.id, kind: n.kind, label: name }), dimmed: n.dimmed, selected: n.selected, near: n.highlighted, labelled: false };
  });
  // Name the selection and the focus, the hubs, the selection's partners, then the lit countries while there is room.
  const lit = nodes.filter((n) => !n.dimmed);
  const order = [
    ...nodes.filter((n) => n.selected || n.id === focus),
    ...lit.filter((n) => isHub(n.id)),
    ...lit.filter((n) => n.near),
    ...(filtered || focus ? lit.filter((n) => n.kind === 'country') : []),
    ...(focus ? lit : []),
  ];
  const named = new Set<string>();
  for (const n of order) if (named.size < MAX_NET_LABELS) named.add(n.id);
  for (const n of nodes) n.labelled = named.has(n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = scene.edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, family: e.family, stage: e.stage, dimmed: a.dimmed || b.dimmed, active: e.active };
  });
  return { nodes, links };
}
