// A part of the page drawn when its chunk arrives, without a Suspense boundary: React reveals a boundary's content no
// sooner than 300 ms after its fallback was shown (its throttle), so the briefing toolbar, whose chunk is here
// ~60 ms after the first frame, appeared ~340 ms after it. The loaded value is kept per loader (a module cache, like
// React.lazy's): a part mounted again is drawn in its first render.
import { useEffect, useState, type ReactNode } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/** A part's code that could not be loaded: said in the part's place (app/PartBoundary.tsx), not as the page's error. */
export class PartLoadError extends Error {
  constructor(cause: unknown) {
    super(`A part of the page could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PartLoadError';
  }
}

/** Calls `load` and keeps its value for the hooks below (a part mounted afterwards is drawn in its first render). */
export const loadOnce = <T>(load: () => Promise<T>): Promise<T> => load().then((v) => { loaded.set(load, v); return v; });

/** `load`'s value once it has resolved (requested when `wanted`), null before. A failure goes to the nearest PartBoundary (a
 *  PartLoadError) when the part is `needed`; a load asked for early (wanted, not yet needed) fails quietly and
 *  is asked for again once needed. `load` must be a stable function (defined at module level). */
export function useLoaded<T>(load: () => Promise<T>, wanted: boolean, needed = wanted): T | null {
  const [value, setValue] = useState<T | null>(() => (loaded.has(load) ? (loaded.get(load) as T) : null));
  useEffect(() => {
    if (value !== null || !(wanted || needed)) return;
    let live = true;
    loadOnce(load).then((v) => { if (live) setValue(() => v); }, (e: unknown) => { if (live && needed) setValue(() => { throw new PartLoadError(e); }); });
    return () => { live = false; };
  }, [load, wanted, needed, value]);
  return value;
}

/** `children(value)` once `load` has resolved, `fallback` before: useLoaded for a part drawn where it is used. */
export function WhenLoaded<T>({ load, fallback, children }: { load: () => Promise<T>; fallback: ReactNode; children: (value: T) => ReactNode }): ReactNode {
  const value = useLoaded(load, true);
  return value === null ? fallback : children(value);
}
