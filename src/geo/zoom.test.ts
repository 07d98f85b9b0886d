import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { fittedOf, makeProjection } from './d3Projection';
import { clampZoom, fitBox, formatZoom, parseZoom, REGION_PRESETS } from './zoom';
import { isOffscreen } from '../zoom/transform';
import { markerOnScreen } from './markers';

describe('zoom transform text', () => {
  it('round-trips and drops the whole-world view', () => {
    expect(formatZoom({ k: 3.14159, x: -120.04, y: 8.96 })).toBe('3.142,-120,9');
    expect(parseZoom('3.142,-120,9')).toEqual({ k: 3.142, x: -120, y: 9 });
    expect(formatZoom({ k: 1, x: 0.2, y: 0 })).toBeNull();
  });

  it('rejects malformed or out-of-range zooms', () => {
    for (const bad of ['', 'a,b,c', '2,3', '0.5,0,0', '41,0,0', null]) expect(parseZoom(bad)).toBeNull();
  });
});

describe('region presets', () => {
  const fitted = fittedOf(makeProjection());
  // the oracle: d3's own Equal Earth at the map's scale and translation
  const p = geoEqualEarth().scale(fitted.scale).translate(fitted.translate);
  it('centres each region in the viewport and zooms in', () => {
    for (const r of REGION_PRESETS) {
      const t = fitBox(fitted, r.box, MAP_WIDTH, MAP_HEIGHT);
      expect(t.k).toBeGreaterThan(1.2);
      const [w, s] = r.box[0];
      const [e, n] = r.box[1];
      const [cx, cy] = p([(w + e) / 2, (s + n) / 2])!;
      // the box centre ends up near the viewport centre (boxes are curved, so not exactly)
      expect(Math.abs(t.k * cx + t.x - MAP_WIDTH / 2)).toBeLessThan(MAP_WIDTH * 0.15);
      expect(Math.abs(t.k * cy + t.y - MAP_HEIGHT / 2)).toBeLessThan(MAP_HEIGHT * 0.2);
    }
  });

  it('shows Paris and Berlin inside the Europe view but not New York', () => {
    const t = fitBox(fitted, REGION_PRESETS.find((r) => r.id === 'europe')!.box, MAP_WIDTH, MAP_HEIGHT);
    const screen = (lonLat: [number, number]) => { const [x, y] = p(lonLat)!; return [t.k * x + t.x, t.k * y + t.y]; };
    const inside = ([x, y]: number[]) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;
    expect(inside(screen([2.35, 48.85]))).toBe(true);
    expect(inside(screen([13.4, 52.5]))).toBe(true);
    expect(inside(screen([-74, 40.7]))).toBe(false);
  });

  it('gives the transforms it gave with d3\'s projection object (the numbers before geometry left d3-geo)', () => {
    const at = Object.fromEntries(REGION_PRESETS.map((r) => [r.id, fitBox(fitted, r.box, MAP_WIDTH, MAP_HEIGHT)]));
    expect(at).toEqual({
      europe: { k: 4.979696771689399, x: -2030.5424102814186, y: -173.17635734056074 },
      africa: { k: 1.8997374256443251, x: -516.9126890193417, y: -218.96974118935543 },
      americas: { k: 1.213024865860886, x: 201.0533975737485, y: -32.57660897665562 },
      'asia-pacific': { k: 1.411372547433969, x: -568.2907518725983, y: -87.6605847156739 },
    });
  });
});

describe('screen positions under zoom', () => {
  it('tells what a transform leaves out of view', () => {
    expect(isOffscreen({ k: 1, x: 0, y: 0 }, [480, 250], MAP_WIDTH, MAP_HEIGHT)).toBe(false);
    expect(isOffscreen({ k: 4, x: 0, y: 0 }, [480, 250], MAP_WIDTH, MAP_HEIGHT)).toBe(true);
    expect(isOffscreen({ k: 4, x: -1500, y: -800 }, [480, 250], MAP_WIDTH, MAP_HEIGHT)).toBe(false);
  });

  it('zooms a marker\'s anchor but keeps its nudge at screen size', () => {
    const m = { id: 'X', anchor: [100, 50] as [number, number], at: [104, 47] as [number, number] };
    expect(markerOnScreen(m, { k: 1, x: 0, y: 0 })).toEqual([104, 47]);
    expect(markerOnScreen(m, { k: 3, x: -10, y: 5 })).toEqual([294, 152]);
  });
});

describe('clampZoom', () => {
  it('keeps the map covering the viewport at scales 1 to 40', () => {
    expect(clampZoom({ k: 2, x: 10.25, y: 5 }, 960, 500)).toEqual({ k: 2, x: 0, y: 0 });
    expect(clampZoom({ k: 40, x: -99999999, y: -99999999 }, 960, 500)).toEqual({ k: 40, x: -37440, y: -19500 });
    expect(clampZoom({ k: 1e308, x: 1e308, y: 1e308 }, 960, 500)).toEqual({ k: 40, x: 0, y: 0 });
    expect(clampZoom({ k: 0.2, x: 5, y: 5 }, 960, 500)).toEqual({ k: 1, x: 0, y: 0 });
    expect(clampZoom({ k: 4, x: -1500, y: -300 }, 960, 500)).toEqual({ k: 4, x: -1500, y: -300 });
    expect(clampZoom({ k: NaN, x: 0, y: 0 }, 960, 500)).toBeNull();
    expect(clampZoom({ k: 2, x: Infinity, y: 0 }, 960, 500)).toBeNull();
  });
});
