// Pixel size of an element, following resizes (a fixed fallback where the element has no box yet or
// ResizeObserver is missing, as in jsdom).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useElementSize(ref: RefObject<Element | null>, fallback = { width: 600, height: 480 }) {
  const [size, setSize] = useState(fallback);
  // compared here, not in a state updater: an update that keeps the state still calls the host component once more
  // (the observer's first report, the size just measured, did that inside the first view's frame)
  const last = useRef(fallback);
  // A layout effect that measures at once, so the first frame already shows the network at its real size: waiting
  // for the observer's first report painted it at the fallback size, then re-fitted, re-drew and re-labelled it
  // a frame later (at ten times the network, a second full paint of a few hundred ms).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number) => {
      if (width > 0 && height > 0 && (width !== last.current.width || height !== last.current.height)) setSize(last.current = { width, height });
    };
    const box = el.getBoundingClientRect();
    update(box.width, box.height);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => update(entry.contentRect.width, entry.contentRect.height));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
