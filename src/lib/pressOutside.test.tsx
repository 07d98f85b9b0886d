import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPressOutside } from './pressOutside';
import { rehearseClick } from './clickRehearsal';

// jsdom takes no `view` but its own window (as in clickRehearsal.test)
type EventClass = new (type: string, init?: EventInit & { view?: unknown }) => Event;
const viewless = (E: unknown) => class extends (E as EventClass) {
  constructor(type: string, init: EventInit & { view?: unknown } = {}) { super(type, { ...init, view: null }); }
};
afterEach(() => { vi.unstubAllGlobals(); document.body.replaceChildren(); });

describe('onPressOutside', () => {
  it("closes on the person's press outside, not inside, not on the click rehearsal's, not once stopped", () => {
    for (const E of ['MouseEvent', 'PointerEvent', 'FocusEvent'] as const) vi.stubGlobal(E, viewless(globalThis[E]));
    const menu = document.createElement('div'), item = document.createElement('button'), drawing = document.createElement('div');
    menu.append(item);
    document.body.append(menu, drawing);
    const close = vi.fn();
    const stop = onPressOutside(() => menu, close);
    const press = (el: Element) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    press(item);
    rehearseClick(drawing);
    expect(close).not.toHaveBeenCalled();
    press(drawing);
    expect(close).toHaveBeenCalledTimes(1);
    stop();
    press(drawing);
    expect(close).toHaveBeenCalledTimes(1);
  });
});
