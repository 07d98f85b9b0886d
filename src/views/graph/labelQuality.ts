// How readable the network's labels are, as the panel places them (graphLabels.ts labelCandidates + graph/labels.ts) on
// the real network in its shipped layout, fitted as GraphView fits it: for the tests (graphLabels.test.ts, a sample
// with fixed bounds) and the full sweep (labelSweep.test.ts, `npm run labels:sweep`). Node only; no DOM.
import type { Atlas } from '../../data/atlas';
import { fitTransform } from '../../graph/fit';
import { placeLabels, type LabelPlacement } from '../../graph/labels';
import type { Point } from '../../graph/layout';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { isHub } from '../../graph/nodeSize';
import type { Lang } from '../../i18n/langs';
import { computeScene } from '../../scene/scene';
import { selectDate, selectGraph, withAtlas } from '../../store/derived';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { labelCandidates, labelTextOf, type NodeCandidate } from './graphLabels';
import { selectLitSet } from './selectors';

/** The network panel's size (.graph-canvas) in a phone's window (390×844) and in 1024×768, 1440×900 and 1920×1080
 *  windows, measured in Chromium. */
export const PANELS = { phone: [389, 420], '1024×768': [723, 420], '1440×900': [450, 420], '1920×1080': [654, 619] } as const;
export type PanelName = keyof typeof PANELS;

export interface Placed { candidates: NodeCandidate[]; placed: Map<string, LabelPlacement>; cpuMs: number }

/** The panel's labels with `sel` selected, in `lang`, at each size asked; `cpuMs`: the CPU time of the placement alone. */
export function placeInPanels(atlas: Atlas, layout: ReadonlyMap<string, Point>, degrees: ReadonlyMap<string, number>, sel: string | null, lang: Lang, sizes: readonly (readonly [number, number])[]): Placed[] | null {
  const state = withAtlas({ ...useAppStore.getState(), ...DEFAULT_VIEW, sel, lang, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT }, atlas);
  const scene = computeScene({ ...state, since: null });
  if (sel && !scene.nodes.has(sel)) return null;
  const labelState = { sel, hover: null, hoverSet: null, lit: selectLitSet(state), focusId: null };
  const config = { degrees, textOf: labelTextOf(atlas, selectGraph(state)!, FAMILIES_OFF_BY_DEFAULT, lang, selectDate(state)) };
  const points = [...layout.values()];
  return sizes.map(([width, height]) => {
    const t = fitTransform(points, width, height, 24); // GraphView's fit
    const { candidates, captions } = labelCandidates(scene, { at: (id) => (scene.nodes.has(id) ? layout.get(id) : undefined), t, size: { width, height }, state: labelState, config });
    const c0 = process.cpuUsage();
    const placed = placeLabels(candidates, [width, height], captions);
    const c1 = process.cpuUsage(c0);
    return { candidates, placed, cpuMs: (c1.user + c1.system) / 1000 };
  });
}

const hit = (a: readonly number[], b: readonly number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Where a label's leader is drawn to: the nearest point of its box, 2 px in (graphLabels.ts draw). */
const leaderEnd = (c: NodeCandidate, p: LabelPlacement) => [Math.min(Math.max(c.x, p.box[0] + 2), p.box[2] - 2), Math.min(Math.max(c.y, p.box[1] + 2), p.box[3] - 2)] as const;

/** The names that leaders cross (a leader counted once per name it crosses), as drawn: from the node's centre to its
 *  label's box; a name is its box without the 4 px gap. */
export function crossings(candidates: readonly NodeCandidate[], placed: ReadonlyMap<string, LabelPlacement>): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    const p = placed.get(c.id);
    if (!p?.leader) continue;
    const [ex, ey] = leaderEnd(c, p);
    for (const [id, q] of placed) {
      if (id === c.id) continue;
      const inner = [q.box[0] + 4, q.box[1] + 4, q.box[2] - 4, q.box[3] - 4];
      for (let f = 0; f <= 1; f += 0.01) {
        const x = c.x + (ex - c.x) * f, y = c.y + (ey - c.y) * f;
        if (hit([x, y, x, y], inner)) { out.push(`${c.id}'s leader crosses ${id}'s label`); break; }
      }
    }
  }
  return out;
}

/** The node dots that a placed name covers (its box 2 px in, over another node's mark): one entry per label and dot. */
export function overDots(candidates: readonly NodeCandidate[], placed: ReadonlyMap<string, LabelPlacement>, whose: (c: NodeCandidate) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    const p = placed.get(c.id);
    if (!p || !whose(c)) continue;
    const inner = [p.box[0] + 2, p.box[1] + 2, p.box[2] - 2, p.box[3] - 2];
    for (const o of candidates) if (o !== c && hit(inner, [o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r])) out.push(`${c.id}'s label over ${o.id}'s dot`);
  }
  return out;
}

/** The figures of one placement. */
export interface Quality {
  /** leaders crossing a name */
  crossings: string[];
  /** hubs' captions over another node's dot */
  hubOverDots: string[];
  /** any name over another node's dot */
  overDots: string[];
  /** forced labels (the selection, its partners, the hubs) left unnamed */
  forcedUnnamed: string[];
  named: number;
}
export function quality({ candidates, placed }: Placed): Quality {
  return {
    crossings: crossings(candidates, placed),
    hubOverDots: overDots(candidates, placed, (c) => isHub(c.id)),
    overDots: overDots(candidates, placed),
    forcedUnnamed: candidates.filter((c) => c.force && !placed.has(c.id)).map((c) => c.id),
    named: placed.size,
  };
}
