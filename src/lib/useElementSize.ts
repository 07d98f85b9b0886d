// Pixel size of an element, following resizes (a fixed fallback where the element has no box yet or
// ResizeObserver is missing, as in jsdom).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size { width: number; height: number }

export interface ElementSizeOptions<F extends Size | null> {
  /** The size until the element has a box (and where ResizeObserver is missing): null says "not measured yet". */
  fallback?: F;
  /** 'border' (the default): the box as laid out, then the observer's content rect (the network, the time chart: no
   *  padding). 'content': the room inside the padding and out of any scroll bar (clientWidth less the padding), which
   *  a box in a page that scrolls needs (the presenter view's body on a phone). */
  box?: 'border' | 'content';
  /** Measure and observe again when this changes: for an element that the component draws only in some states (the
   *  presenter view's body, absent while it waits for the audience window), whose ref is the same object throughout. */
  key?: unknown;
}

const DEFAULT: Size = { width: 600, height: 480 };

/** The room inside `el`'s padding, without a scroll bar. */
function contentBox(el: Element): Size {
  const s = getComputedStyle(el);
  return {
    width: el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
    height: el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom),
  };
}

export function useElementSize(ref: RefObject<Element | null>, fallback?: Size): Size;
export function useElementSize<F extends Size | null>(ref: RefObject<Element | null>, options: ElementSizeOptions<F>): Size | F;
export function useElementSize(ref: RefObject<Element | null>, arg?: Size | ElementSizeOptions<Size | null>): Size | null {
  const options: ElementSizeOptions<Size | null> = arg && !('width' in arg) ? arg : { fallback: (arg as Size | undefined) ?? DEFAULT };
  const fallback = options.fallback === undefined ? DEFAULT : options.fallback;
  const content = options.box === 'content';
  const [size, setSize] = useState<Size | null>(fallback);
  // compared here, not in a state updater: an update that keeps the state still calls the host component once more
  // (the observer's first report, the size just measured, did that inside the first view's frame)
  const last = useRef<Size | null>(fallback);
  // A layout effect that measures at once, so the first frame already shows the network at its real size: waiting
  // for the observer's first report painted it at the fallback size, then re-fitted, re-drew and re-labelled it
  // a frame later (at ten times the network, a second full paint of a few hundred ms).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number) => {
      if (width > 0 && height > 0 && (width !== last.current?.width || height !== last.current?.height)) setSize(last.current = { width, height });
    };
    const measure = () => {
      const box = content ? contentBox(el) : el.getBoundingClientRect();
      update(box.width, box.height);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => (content ? measure() : update(entry.contentRect.width, entry.contentRect.height)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, content, options.key]);
  return size;
}
