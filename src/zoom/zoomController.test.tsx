import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createZoomController, loadZoomBehaviour, type ZoomController } from './zoomController';
import type { ZoomLimits, ZoomTransform } from './transform';
import { centredOn, constrain, scaledBy, toScreen } from './transform';

// gestures need d3-zoom, which the controller loads on first use (zoom/d3Zoom.ts)
beforeAll(() => loadZoomBehaviour());

let c: ZoomController | null = null;
afterEach(() => { c?.destroy(); c = null; document.body.innerHTML = ''; });

function make(box: boolean) {
  document.body.innerHTML = '<svg><g data-node-id="a"></g></svg>';
  const svg = document.querySelector('svg')!;
  const seen: ZoomTransform[] = [];
  const ended: ZoomTransform[] = [];
  const started: boolean[] = [];
  c = createZoomController(svg, {
    limits: box ? { scale: [1, 40], box: [[0, 0], [960, 500]] } : { scale: [0.2, 12] },
    viewport: () => ({ width: 960, height: 500 }),
    onStart: (byPerson) => started.push(byPerson),
    onZoom: (t) => seen.push(t),
    onEnd: (t) => ended.push(t),
  });
  return { svg, seen, ended, started };
}

describe('zoom controller (one behaviour for map and network)', () => {
  it('applies a transform as given and reports it as plain numbers, begun by the program', () => {
    const { seen, ended, started } = make(true);
    c!.set({ k: 3, x: -50, y: -40 });
    expect(seen.at(-1)).toEqual({ k: 3, x: -50, y: -40 });
    expect(ended.at(-1)).toEqual({ k: 3, x: -50, y: -40 });
    expect(started).toEqual([false]);
    expect(c!.transform()).toEqual({ k: 3, x: -50, y: -40 });
  });

  it("zooming keeps within the view's limits: the map 1× to 40× and boxed, the network 0.2× to 12× and free", () => {
    make(true);
    c!.scaleBy(100);
    expect(c!.transform().k).toBe(40);
    c!.scaleBy(0.001);
    expect(c!.transform()).toEqual({ k: 1, x: 0, y: 0 });
    c!.destroy();
    make(false);
    c!.set({ k: 1, x: 5000, y: -300 });
    c!.scaleBy(0.001);
    expect(c!.transform().k).toBe(0.2);
    c!.scaleBy(1000);
    expect(c!.transform().k).toBe(12);
  });

  it('zooms about the viewport centre and centres a point without zooming', () => {
    make(true);
    c!.scaleBy(2);
    const t = c!.transform();
    expect(t.k).toBe(2);
    expect(toScreen(t, [480, 250])).toEqual([480, 250]);
    c!.centreOn([300, 200]);
    expect(c!.transform().k).toBe(2);
    expect(toScreen(c!.transform(), [300, 200])).toEqual([480, 250]);
  });

  it('a double click does not zoom (it selects)', () => {
    const { svg, seen } = make(true);
    svg.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: 10, clientY: 10 }));
    expect(seen).toEqual([]);
  });
});

describe('before d3-zoom has arrived (it loads after the first paint)', () => {
  const MAP: ZoomLimits = { scale: [1, 40], box: [[0, 0], [960, 500]] };
  const NETWORK: ZoomLimits = { scale: [0.2, 12] };
  const close = (a: ZoomTransform, b: ZoomTransform) => {
    for (const key of ['k', 'x', 'y'] as const) expect(a[key]).toBeCloseTo(b[key], 9);
  };

  it("scaledBy and a constrained centredOn are d3-zoom's scaleBy and translateTo (d3 itself as the oracle)", () => {
    document.body.innerHTML = '<svg></svg>';
    const svg = document.querySelector('svg')!;
    let cases = 0;
    for (const limits of [MAP, NETWORK]) {
      const d3 = createZoomController(svg, { limits, viewport: () => ({ width: 960, height: 500 }), onZoom: () => {} });
      // transforms within the view's limits, as the hosts set them
      for (const start of [{ k: 1, x: 0, y: 0 }, { k: 3, x: -50, y: -40 }, { k: 7.5, x: -3000, y: -1200 }, { k: 0.5, x: 120, y: 80 }].filter((t) => t.k >= limits.scale[0])) {
        for (const factor of [0.001, 0.5, 1.3, 2, 1000]) {
          d3.set(start);
          d3.scaleBy(factor);
          close(d3.transform(), scaledBy(start, factor, limits, 960, 500));
          cases++;
        }
        for (const p of [[300, 200], [0, 0], [960, 500], [-400, 900]] as const) {
          d3.set(start);
          d3.centreOn(p);
          close(d3.transform(), constrain(centredOn(start, p, 960, 500), limits, 960, 500)!);
          cases++;
        }
      }
      d3.destroy();
    }
    expect(cases).toBe(63);
  });

  it("applies the program's changes at once, with d3's events, and d3 takes over from where they left it", async () => {
    vi.resetModules();
    const fresh = await import('./zoomController'); // a module that has not loaded d3-zoom yet
    document.body.innerHTML = '<svg></svg>';
    const svg = document.querySelector('svg')!;
    const events: string[] = [];
    const seen: ZoomTransform[] = [];
    const early = fresh.createZoomController(svg, {
      limits: MAP,
      viewport: () => ({ width: 960, height: 500 }),
      onStart: (byPerson) => events.push(`start ${byPerson}`),
      onZoom: (t, source) => { seen.push(t); events.push(`zoom ${source}`); },
      onEnd: () => events.push('end'),
    });
    early.set({ k: 3, x: -50, y: -40 }, 350);
    expect(early.transform()).toEqual({ k: 3, x: -50, y: -40 });
    expect(events).toEqual(['start false', 'zoom null', 'end']);
    early.scaleBy(2, 250);
    expect(early.transform()).toEqual(scaledBy({ k: 3, x: -50, y: -40 }, 2, MAP, 960, 500));
    early.centreOn([300, 200]);
    const before = early.transform();
    expect(toScreen(before, [300, 200])).toEqual([480, 250]);
    expect(seen.at(-1)).toEqual(before);
    await fresh.loadZoomBehaviour();
    expect(early.transform()).toEqual(before); // d3 starts from it
    early.scaleBy(0.5);
    close(early.transform(), scaledBy(before, 0.5, MAP, 960, 500));
    early.destroy();
  });
});
