import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRehearsal, rehearseClick, rehearseClickWhenIdle } from './clickRehearsal';

// jsdom takes no `view` but its own window object, which vitest's global `window` is not: the events are made here
// without one (in a browser it is the page's window, which d3-zoom listens on)
type EventClass = new (type: string, init?: EventInit & { view?: unknown }) => Event;
const viewless = (E: unknown) => class extends (E as EventClass) {
  constructor(type: string, init: EventInit & { view?: unknown } = {}) { super(type, { ...init, view: null }); }
};
beforeEach(() => { for (const E of ['MouseEvent', 'PointerEvent', 'FocusEvent'] as const) vi.stubGlobal(E, viewless(globalThis[E])); });
afterEach(() => { vi.unstubAllGlobals(); vi.useRealTimers(); });

describe('rehearseClick', () => {
  it("sends a click's events to the element itself, in a mouse's order, untrusted and far outside it", () => {
    const el = document.createElement('div');
    document.body.append(el);
    const seen: string[] = [];
    for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove', 'pointerdown', 'mousedown', 'focusin', 'pointerup', 'mouseup', 'click', 'focusout', 'pointerout', 'mouseout'])
      el.addEventListener(type, (e) => {
        seen.push(type);
        expect(e.target).toBe(el);
        expect(e.isTrusted).toBe(false);
        if (e instanceof MouseEvent) expect(e.clientX).toBeLessThan(-1000);
      });
    rehearseClick(el);
    expect(seen.filter((t) => t !== 'pointerover' && t !== 'pointermove' && t !== 'pointerdown' && t !== 'pointerup' && t !== 'pointerout'))
      .toEqual(['mouseover', 'mousemove', 'mousedown', 'focusin', 'mouseup', 'click', 'focusout', 'mouseout']);
    el.remove();
  });

  it("its events are known as a rehearsal's (a menu's press-elsewhere ignores them), the person's are not", () => {
    const el = document.createElement('div');
    document.body.append(el);
    const seen: boolean[] = [];
    for (const type of ['pointerdown', 'mousedown', 'click']) document.addEventListener(type, (e) => seen.push(isRehearsal(e)));
    rehearseClick(el);
    el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(seen).toEqual([...Array(seen.length - 1).fill(true), false]);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    el.remove();
  });

  it("reaches React's handlers on the element, none on what is inside it", () => {
    const onDrawing = vi.fn(), onMark = vi.fn();
    const { container } = render(<svg onClick={(e) => onDrawing(e.target)} onPointerDown={onDrawing} onFocus={onDrawing}><path data-iso3="KOR" onClick={onMark} onFocus={onMark} /></svg>);
    rehearseClick(container.querySelector('svg')!);
    expect(onDrawing).toHaveBeenCalledWith(container.querySelector('svg'));
    expect(onMark).not.toHaveBeenCalled();
  });
});

describe('rehearseClickWhenIdle', () => {
  const stubFrames = () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => { f(); return 1; });
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('cancelIdleCallback', () => { idle.length = 0; });
    return idle;
  };

  it('rehearses once the frame is painted, the code is here and the page is idle', async () => {
    vi.useFakeTimers();
    const idle = stubFrames();
    const el = document.createElement('div');
    document.body.append(el);
    const clicks = vi.fn();
    el.addEventListener('click', clicks);
    rehearseClickWhenIdle(() => el, () => Promise.resolve());
    vi.runAllTimers();
    await Promise.resolve();
    expect(idle).toHaveLength(1);
    expect(clicks).not.toHaveBeenCalled();
    idle[0]();
    expect(clicks).toHaveBeenCalledTimes(1);
    el.remove();
  });

  it('does nothing once cancelled, for an element no longer in the page, or without idle callbacks', async () => {
    vi.useFakeTimers();
    const idle = stubFrames();
    const el = document.createElement('div');
    const clicks = vi.fn();
    el.addEventListener('click', clicks);
    rehearseClickWhenIdle(() => el, () => Promise.resolve()); // not connected
    const cancel = rehearseClickWhenIdle(() => { document.body.append(el); return el; }, () => Promise.resolve());
    cancel();
    vi.runAllTimers();
    await Promise.resolve();
    for (const f of idle) f();
    expect(clicks).not.toHaveBeenCalled();
    vi.stubGlobal('requestIdleCallback', undefined);
    expect(() => rehearseClickWhenIdle(() => el, () => Promise.resolve())()).not.toThrow();
  });
});
