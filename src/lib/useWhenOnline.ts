import { useEffect } from 'react';

/** While `waiting`, runs `retry` each time the device comes back online (what failed offline is asked for again). */
export function useWhenOnline(waiting: boolean, retry: () => void): void {
  useEffect(() => {
    if (!waiting) return undefined;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [waiting, retry]);
}
