// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atlas } from '../views/map/testAtlas';
import { LENS_IDS } from '../data/lenses';
import { FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { EMPTY_FILTERS } from '../data/filters';
import type { Atlas } from '../data/atlas';
import { computeScene, type SceneInput } from './scene';
import { createLensWarmer } from './warm';

/** The atlas, counting the status maps made from it (each reads its list of countries once). */
function counted() {
  const made = { maps: 0 };
  const a = new Proxy(atlas, { get(o, k, r) { if (k === 'countries') made.maps++; return Reflect.get(o, k, r) as unknown; } }) as Atlas;
  return { a, made };
}
const input = (a: Atlas, x: Partial<SceneInput> = {}): SceneInput => ({
  atlas: a, lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: '2026-01-01', focus: null, hover: null, legendHover: null,
  hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: 'en', ...x,
});
function idleQueue() {
  const q: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => q.push(cb));
  vi.stubGlobal('cancelIdleCallback', (id: number) => { q[id - 1] = () => {}; });
  return q;
}
afterEach(() => { vi.unstubAllGlobals(); });

describe('lens warm-up', () => {
  it('makes each lens not shown ready in idle time, one a callback, so that a lens change makes no statuses of its own', () => {
    const { a, made } = counted();
    const q = idleQueue();
    let s = input(a);
    computeScene(s);
    const warmer = createLensWarmer();
    warmer.ask(() => s);
    warmer.ask(() => s); // asked again at the next paint: nothing more
    let callbacks = 0;
    for (let i = 0; i < q.length; i++) { q[i](); callbacks++; }
    expect(callbacks).toBe(LENS_IDS.length);
    const warmed = made.maps;
    for (const lens of LENS_IDS) {
      s = input(a, { lens });
      expect([...computeScene(s).marks.values()].some((m) => m.status !== 'no-data')).toBe(true);
    }
    expect(made.maps).toBe(warmed);
  });

  it('stops when the date moves on while it waits, and starts again for the new date', () => {
    const { a, made } = counted();
    const q = idleQueue();
    let s = input(a);
    const warmer = createLensWarmer();
    warmer.ask(() => s);
    s = input(a, { t: '2021-06-01' });
    q.shift()!();
    expect(q).toHaveLength(0);
    expect(made.maps).toBe(0);
    warmer.ask(() => s);
    while (q.length) q.shift()!();
    // every lens but the one shown is ready at the new date: the seven scenes make only the shown lens's statuses
    const warmed = made.maps;
    for (const lens of LENS_IDS) computeScene(input(a, { t: '2021-06-01', lens }));
    expect(made.maps).toBe(warmed + 1);
  });

  it('makes nothing ahead where the browser has no idle callbacks', () => {
    const { a, made } = counted();
    vi.stubGlobal('requestIdleCallback', undefined);
    createLensWarmer().ask(() => input(a));
    expect(made.maps).toBe(0);
  });
});
