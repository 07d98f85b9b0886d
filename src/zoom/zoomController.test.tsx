import { afterEach, describe, expect, it } from 'vitest';
import { createZoomController, type ZoomController } from './zoomController';
import type { ZoomTransform } from './transform';
import { toScreen } from './transform';

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
