// Pixel size of an element, following resizes (a fixed fallback where ResizeObserver is missing, as in jsdom).
import { useEffect, useState, type RefObject } from 'react';

export function useElementSize(ref: RefObject<Element | null>, fallback = { width: 600, height: 480 }) {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
