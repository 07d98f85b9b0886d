// A page's first click runs code nothing before it has run: no event has yet reached React's event system (its
// dispatch, the synthetic events of each plugin), d3-zoom's press and release, nor the views' pointer, press and focus
// handlers. V8 compiles each such function on its first call, and its inline caches start empty: the first click's
// thread CPU was ~6 ms over a later click's, ~2.6 ms of it lazy compilation (traced, bench's click sequence).
// So once the page is idle after its first paint, and only while the person has pressed nothing, the events of one
// click are dispatched on the drawing's own element: untrusted, at a point far outside the drawing, never on a mark or
// a node. Every handler they reach then finds no mark or node under them and changes nothing (a hover of nothing, a
// zoom gesture that did not move, a press released).
import { afterPaint } from './afterPaint';

/** The events of a click with a mouse, in the order Chromium sends them (press, focus, release, click, leave). */
const CLICK: readonly (readonly ['pointer' | 'mouse' | 'focus', string, number])[] = [
  ['pointer', 'pointerover', 0], ['mouse', 'mouseover', 0], ['pointer', 'pointermove', 0], ['mouse', 'mousemove', 0],
  ['pointer', 'pointerdown', 1], ['mouse', 'mousedown', 1], ['focus', 'focusin', 0],
  ['pointer', 'pointerup', 0], ['mouse', 'mouseup', 0], ['mouse', 'click', 0],
  ['focus', 'focusout', 0], ['pointer', 'pointerout', 0], ['mouse', 'mouseout', 0],
];

/** Far outside any drawing, whatever its zoom: no node's hit test reaches it. */
const NOWHERE = -1e5;

/** The events a rehearsal dispatched: a menu's "press elsewhere closes it" must not take them for the person's (a
 *  menu opened by a script's or an assistive technology's click, with no press or key, was closed by them). */
const rehearsed = new WeakSet<Event>();
export const isRehearsal = (e: Event): boolean => rehearsed.has(e);

/** Dispatches the events of a click on `el` itself (its background, not a mark or node inside it). */
export function rehearseClick(el: Element): void {
  for (const [kind, type, buttons] of CLICK) {
    // `view`: d3-zoom listens for the release on it
    const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: NOWHERE, clientY: NOWHERE, screenX: NOWHERE, screenY: NOWHERE, button: 0, buttons, detail: type === 'click' ? 1 : 0 };
    const event = kind === 'focus' ? new FocusEvent(type, { bubbles: true, composed: true, view: window })
      : kind === 'pointer' && typeof PointerEvent === 'function' ? new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true })
        : new MouseEvent(type, init);
    rehearsed.add(event);
    el.dispatchEvent(event);
  }
}

/** The person's own press or key has reached the page (trusted events only: `navigator.userActivation` says true in
 *  a headless page nobody touched); watched from the first rehearsal asked for until then. */
let touched = false;
let watching = false;
function watchInput(): void {
  if (watching) return;
  watching = true;
  const types = ['pointerdown', 'keydown'];
  const input = (e: Event) => {
    if (!e.isTrusted) return;
    touched = true;
    for (const type of types) removeEventListener(type, input, true);
  };
  for (const type of types) addEventListener(type, input, true);
}

/**
 * Rehearses one click on `el()` in an idle moment after the next frame is painted and `ready` (the code its first
 * press needs, d3-zoom) has arrived; not at all once the person has pressed a button or a key in the page (their own
 * input has then run the code, and a menu they opened closes on a press elsewhere), so a drawing mounted again later
 * is not rehearsed. Returns what cancels it.
 */
export function rehearseClickWhenIdle(el: () => Element | null, ready: () => Promise<unknown>): () => void {
  if (typeof requestIdleCallback !== 'function' || touched) return () => {};
  watchInput();
  let live = true;
  let idle: number | null = null;
  const stopFrame = afterPaint(() => {
    ready().then(() => {
      if (!live) return;
      idle = requestIdleCallback(() => {
        idle = null;
        const target = el();
        if (live && !touched && target?.isConnected) rehearseClick(target);
      });
    }, () => {});
  });
  return () => { live = false; stopFrame(); if (idle !== null) cancelIdleCallback(idle); };
}
