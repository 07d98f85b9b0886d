// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { computeScene } from '../../scene/scene';
import { DEFAULT_VIEW } from '../../store/appStore';
import { FAMILY_COLOURS } from '../../theme/families';
import type { EdgeState } from '../../scene/scene';
import { ACTIVE, BASE, DASHED_COST, QUIET, drawEdges, edgeDrawList, edgeStroke, sliceDrawList, splitEdges, type EdgeContext } from './edgeCanvas';

const atlas = testAtlas();
const base = { ...DEFAULT_VIEW, atlas, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null };
const edge = (id: string, over: Partial<EdgeState> = {}): EdgeState =>
  ({ id, source: 'a', target: 'b', family: 'europol', stage: 'in_force', unverified: false, active: false, ...over });

/** A 2D context that records what is stroked: one entry per stroke() with its style and segments. */
function recorder() {
  const strokes: { colour: string; width: number; alpha: number; dash: number[]; segments: number[][] }[] = [];
  let path: number[][] = [];
  let dash: number[] = [];
  const ctx: EdgeContext & { cleared: number } = {
    cleared: 0, strokeStyle: '', lineWidth: 1, globalAlpha: 1,
    setTransform: () => {}, clearRect: () => { ctx.cleared++; }, beginPath: () => { path = []; },
    moveTo: (x: number, y: number) => { path.push([x, y]); }, lineTo: (x: number, y: number) => { path[path.length - 1].push(x, y); },
    setLineDash: (d: number[]) => { dash = [...d]; },
    stroke: () => { strokes.push({ colour: String(ctx.strokeStyle), width: ctx.lineWidth, alpha: ctx.globalAlpha, dash, segments: path }); },
  } as unknown as EdgeContext & { cleared: number };
  return { ctx, strokes };
}

describe('edge draw list', () => {
  it('groups links exactly as one batch per distinct stroke in order of first use, base then active (the definition as the oracle)', () => {
    const scene = computeScene(base);
    let seed = 3;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const stages = ['in_force', 'signed', 'negotiating', 'suspended', 'ended', 'invited', 'ongoing'];
    const edges = scene.edges.map((e) => ({ ...e, stage: stages[Math.floor(rand() * stages.length)], unverified: rand() < 0.2, active: rand() < 0.1 }));
    for (const quiet of [false, true]) {
      const expected: { key: string; ids: string[] }[] = [];
      for (const layer of ['base', 'active'] as const) {
        const seen = new Map<string, string[]>();
        for (const e of edges) {
          if (layer === 'active' && !e.active) continue;
          const s = edgeStroke(e, layer, quiet);
          const key = JSON.stringify([s.colour, s.dash, s.width, s.alpha]);
          if (!seen.has(key)) { seen.set(key, []); expected.push({ key, ids: seen.get(key)! }); }
          seen.get(key)!.push(e.id);
        }
      }
      expect(edgeDrawList(edges, quiet).map((b) => ({ key: JSON.stringify([b.colour, b.dash, b.width, b.alpha]), ids: b.edges.map((e) => e.id) }))).toEqual(expected);
    }
  });

  it('draws every shown link once in the base layer, in its family colour and stage dash', () => {
    const scene = computeScene(base);
    const list = edgeDrawList(scene.edges, false);
    const drawn = list.flatMap((b) => b.edges.map((e) => e.id));
    expect(drawn.sort()).toEqual(scene.edges.map((e) => e.id).sort());
    for (const b of list) for (const e of b.edges) {
      expect(b.colour).toBe(FAMILY_COLOURS[e.family]);
      expect(b.width).toBe(BASE.width);
      expect(b.alpha).toBe(e.unverified ? BASE.unverifiedAlpha : BASE.alpha);
    }
  });

  it('dashes by stage: in force, ongoing and ended solid, signed and invited dashed, negotiating dotted, suspended dash-dot', () => {
    const dash = (stage: string) => edgeDrawList([edge('x', { stage })], false)[0].dash;
    expect(dash('in_force')).toEqual([]);
    expect(dash('ended')).toEqual([]);
    expect(dash('signed')).toEqual([5, 3]);
    expect(dash('invited')).toEqual(dash('signed'));
    expect(dash('negotiating')).toEqual([1.5, 3]);
    expect(dash('ongoing')).toEqual([]);
    expect(dash('suspended')).toEqual([6, 2, 1.5, 2]);
  });

  it('draws the selection’s story again on top, wider and stronger, and quiets the rest', () => {
    const scene = computeScene({ ...base, sel: 'KOR' });
    const active = scene.edges.filter((e) => e.active);
    // the Republic of Korea's story runs through its Supreme Prosecutors' Office
    expect(active.some((e) => e.source === 'spo-kor' || e.target === 'spo-kor')).toBe(true);
    const list = edgeDrawList(scene.edges, true);
    const top = list.filter((b) => b.width === ACTIVE.width);
    expect(top.flatMap((b) => b.edges.map((e) => e.id)).sort()).toEqual(active.map((e) => e.id).sort());
    // the active layer comes after every base batch
    expect(list.findIndex((b) => b.width === ACTIVE.width)).toBeGreaterThan(list.findLastIndex((b) => b.width === BASE.width));
    for (const b of list) if (b.width === BASE.width) expect(b.alpha).toBeCloseTo((b.edges[0].unverified ? BASE.unverifiedAlpha : BASE.alpha) * QUIET);
  });

  it('paints one stroke per batch in screen coordinates and skips links wholly outside', () => {
    const pos = new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 5 }], ['c', { x: 1000, y: 0 }], ['d', { x: 1000, y: 10 }]]);
    const list = edgeDrawList([edge('ab'), edge('cd', { source: 'c', target: 'd' }), edge('ab2', { family: 'budapest', stage: 'signed' })], false);
    const { ctx, strokes } = recorder();
    drawEdges(ctx, list, (id) => pos.get(id), { k: 2, x: 5, y: 1 }, { width: 300, height: 200 }, 2);
    expect(ctx.cleared).toBe(1);
    expect(strokes).toEqual([
      { colour: FAMILY_COLOURS.europol, width: BASE.width, alpha: BASE.alpha, dash: [], segments: [[5, 1, 25, 11]] },
      { colour: FAMILY_COLOURS.budapest, width: BASE.width, alpha: BASE.alpha, dash: [5, 3], segments: [[5, 1, 25, 11]] },
    ]);
  });

  it('splits the links for a drag: those of the dragged node move, the rest stay', () => {
    const edges = computeScene(base).edges;
    const { moving, still } = splitEdges(edges, 'KOR');
    expect(moving.length + still.length).toBe(edges.length);
    expect(moving.length).toBeGreaterThan(0);
    expect(moving.every((e) => e.source === 'KOR' || e.target === 'KOR')).toBe(true);
    expect(still.some((e) => e.source === 'KOR' || e.target === 'KOR')).toBe(false);
  });

  it('slices a draw list into pieces of at most n units (a dashed link DASHED_COST) that, drawn in order, stroke the same links in the same styles', () => {
    const edges = computeScene({ ...base, sel: 'KOR' }).edges;
    const list = edgeDrawList(edges, true);
    expect(list.some((b) => b.dash.length) && list.some((b) => !b.dash.length)).toBe(true);
    const units = (p: typeof list) => p.reduce((k, b) => k + b.edges.length * (b.dash.length ? DASHED_COST : 1), 0);
    for (const n of [1, 7, 100, 100_000]) {
      const pieces = sliceDrawList(list, n);
      // a piece over the budget holds one link, dashed
      expect(pieces.every((p) => units(p) <= n || (p.length === 1 && p[0].edges.length === 1))).toBe(true);
      const flat = (bs: typeof list) => bs.flatMap((b) => b.edges.map((e) => `${e.id}|${b.colour}|${b.width}|${b.alpha}|${b.dash.join(',')}`));
      expect(pieces.flatMap(flat)).toEqual(flat(list));
    }
    expect(sliceDrawList([], 5)).toEqual([]);
  });
});
