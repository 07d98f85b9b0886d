// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { centredOn, constrain, IDENTITY, isOffscreen, toScreen } from './transform';

/** The map's clamp as it was written before the shared model (an independent oracle): scale within [1, 40], the
 *  map's own box covering the viewport. */
function oldMapClamp(t: { k: number; x: number; y: number }, width: number, height: number) {
  const k = Math.min(40, Math.max(1, t.k));
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - k), v));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

describe('zoom transform', () => {
  it("with the map's limits, equals the map's own clamp on 500 random transforms", () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const t = { k: rnd() * 60 - 5, x: (rnd() - 0.5) * 20000, y: (rnd() - 0.5) * 20000 };
      const got = constrain(t, { scale: [1, 40], box: [[0, 0], [960, 500]] }, 960, 500)!;
      const want = oldMapClamp(t, 960, 500);
      expect(got.k).toBe(want.k);
      // the same up to rounding (size·(1 − k) and size − k·size differ in the last bits)
      expect(got.x).toBeCloseTo(want.x, 9);
      expect(got.y).toBeCloseTo(want.y, 9);
    }
  });

  it('without a box only the scale is limited (the network pans freely); a box smaller than the viewport is centred', () => {
    expect(constrain({ k: 30, x: -5000, y: 7000 }, { scale: [0.2, 12] }, 800, 600)).toEqual({ k: 12, x: -5000, y: 7000 });
    expect(constrain({ k: 0.5, x: 900, y: -40 }, { scale: [0.2, 12], box: [[0, 0], [100, 100]] }, 800, 600)).toEqual({ k: 0.5, x: 375, y: 275 });
  });

  it('refuses what is not a number at all', () => {
    expect(constrain({ k: Number.NaN, x: 0, y: 0 }, { scale: [1, 40] }, 10, 10)).toBeNull();
    expect(constrain({ k: 2, x: Infinity, y: 0 }, { scale: [1, 40] }, 10, 10)).toBeNull();
  });

  it('maps content points to the screen, tells what is off screen, and centres a point without zooming', () => {
    const t = { k: 4, x: -1500, y: -800 };
    expect(toScreen(t, [480, 250])).toEqual([420, 200]);
    expect(isOffscreen(IDENTITY, [480, 250], 960, 500)).toBe(false);
    expect(isOffscreen({ k: 4, x: 0, y: 0 }, [480, 250], 960, 500)).toBe(true);
    const c = centredOn(t, [100, 50], 960, 500);
    expect(c.k).toBe(4);
    expect(toScreen(c, [100, 50])).toEqual([480, 250]);
  });
});
