// Play through time: one stop per second (a year or an event). Under prefers-reduced-motion nothing advances
// by itself: the button steps one stop per press instead.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { nextStep } from '../../data/timeline';

const REDUCED = '(prefers-reduced-motion: reduce)';
const subscribe = (cb: () => void) => {
  const mq = window.matchMedia?.(REDUCED);
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
};
export const useReducedMotion = () => useSyncExternalStore(subscribe, () => window.matchMedia?.(REDUCED).matches ?? false, () => false);

const STEP_MS = 1000;

export function usePlayback(steps: string[], date: string, go: (t: string) => void) {
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const next = nextStep(steps, date);
    if (!next) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => go(next), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, steps, date, go]);

  /** From the end, play restarts at the first stop. */
  const toggle = () => {
    const atEnd = !nextStep(steps, date);
    if (reduced) {
      go(atEnd ? steps[0] : nextStep(steps, date)!);
      return;
    }
    if (playing) return setPlaying(false);
    if (atEnd) go(steps[0]);
    setPlaying(true);
  };
  return { playing: playing && !reduced, reduced, toggle, stop: () => setPlaying(false) };
}
