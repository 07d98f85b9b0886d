// The network part of a slide as data: the scene's nodes and links (src/scene: what the live graph shows, with the
// same dimming) at the positions of the live view's layout for the step's grouping (the shipped one by UN regional
// group; by bloc, the same pure computation the live view runs in its worker), the outlined bloc's hull as the live
// graph draws it (graph/hulls.ts), and the names worth reading from the back of a room.
import type { Atlas } from '../data/atlas';
import { dirOf, type Lang } from '../i18n/langs';
import { formatMessage } from '../i18n/catalogue';
import { familyShort, stageLegendName } from '../i18n/entityWords';
import { shortNameOf } from '../i18n/names';
import { layoutOf } from '../graph/forceLayout';
import type { Grouping } from '../graph/grouping';
import { blocHull, type Disc } from '../graph/hulls';
import { SPACING } from '../graph/layout';
import { EDGE_FAMILIES, type EdgeFamily, type NodeKind } from '../graph/model';
import { isHub, nodeRadius } from '../graph/nodeSize';
import type { Scene } from '../scene/scene';
import { legendStage, STAGE_LEGEND } from '../theme/families';

export interface NetNode { id: string; kind: NodeKind; name: string; cls: string; x: number; y: number; r: number; dimmed: boolean; selected: boolean; near: boolean; labelled: boolean }
/** How a link is drawn: 'story' carries the selection's story (scene: active), 'quiet' touches a filtered-out node or
 *  stands beside a story, 'plain' is every other. */
export type LinkLook = 'story' | 'plain' | 'quiet';
export interface NetLink { id: string; x1: number; y1: number; x2: number; y2: number; family: EdgeFamily; stage: string; look: LinkLook }
/** A family in the slide's key of links: its name in the slide's language; `lit` when one of its links is not quiet. */
export interface KeyFamily { family: EdgeFamily; name: string; lit: boolean }
/** A line style in the key: a stage of the live legend (theme/families.ts STAGE_LEGEND) some link is drawn in. */
export interface KeyStage { stage: string; name: string; lit: boolean }
/** The key of links: its heading ("Links"), the families drawn, the lit ones first, each group in the live toggles'
 *  order (graph/model.ts EDGE_FAMILIES), then the line styles drawn (solid, dashed…), in the live legend's order. */
export interface LinkKey { title: string; families: KeyFamily[]; stages: KeyStage[] }
export interface NetworkModel {
  nodes: NetNode[]; links: NetLink[];
  key: LinkKey;
  /** the outlined bloc's hull in layout units (discs round its members at the date), null when none is outlined */
  hull: { bloc: string; discs: Disc[] } | null;
  /** the slide's direction: an Arabic slide's keys ("1 – name") read from the right */
  dir: 'ltr' | 'rtl';
}
export interface NetworkOptions { focus: string | null; filtered: boolean; lang: Lang; grouping: Grouping }

/** More labels than this turn the network into text. */
const MAX_NET_LABELS = 14;

/** Nodes are named in the slide's language (countries by their UN names, bodies by their catalogue short forms), as on the live graph. */
export function networkModel(atlas: Atlas, scene: Scene, { focus, filtered, lang, grouping }: NetworkOptions): NetworkModel {
  const positions = layoutOf(atlas, grouping);
  const nodes: NetNode[] = [...scene.nodes.values()].filter((n) => positions.has(n.id)).map((n) => {
    const p = positions.get(n.id)!;
    const name = shortNameOf(atlas, n.id, lang);
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
  const drawn = scene.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  // beside a story every other link is quiet, as on the live graph
  const anyStory = drawn.some((e) => e.active);
  const links = drawn.map((e): NetLink => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    const look = a.dimmed || b.dimmed || (anyStory && !e.active) ? 'quiet' : e.active ? 'story' : 'plain';
    return { id: e.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, family: e.family, stage: e.stage, look };
  });
  const families = EDGE_FAMILIES.filter((f) => links.some((l) => l.family === f))
    .map((f) => ({ family: f, name: familyShort(f, lang), lit: links.some((l) => l.family === f && l.look !== 'quiet') }));
  const stages = STAGE_LEGEND.filter(({ stage }) => links.some((l) => legendStage(l.stage) === stage))
    .map(({ stage }) => ({ stage, name: stageLegendName(stage, lang), lit: links.some((l) => legendStage(l.stage) === stage && l.look !== 'quiet') }));
  const key = { title: formatMessage(lang, 'graph.links'), families: [...families.filter((f) => f.lit), ...families.filter((f) => !f.lit)], stages };
  // the live graph's hull (views/graph/BlocOutline.tsx): members among the drawn nodes, every other drawn node outside
  const hull = scene.outline
    ? { bloc: scene.outline.bloc, discs: blocHull(scene.outline.members, positions, nodes.map((n) => n.id), SPACING * 0.8) }
    : null;
  return { nodes, links, key, hull: hull && hull.discs.length ? hull : null, dir: dirOf(lang) };
}
