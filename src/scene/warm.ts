// A lens change's statuses made ahead, in idle time. Choosing a lens is the one change whose work is known before it
// is asked for (seven lenses, at the date shown): each lens not shown has its statuses and classes made while the page
// is idle, one lens per idle period, so the change's frame only picks them up. A new date or dataset starts again.
import { LENS_IDS } from '../data/lenses';
import { selectDate } from '../store/derived';
import { prepareLens, type SceneInput } from './scene';

export interface LensWarmer {
  /** Asks for the lenses not shown to be made ready at the state's date (`input` gives the state when idle). */
  ask(input: () => SceneInput): void;
  /** Drops what is still to be made (the painter's host unmounts). */
  cancel(): void;
}

/** One per painter host, so what is pending goes with it. */
export function createLensWarmer(): LensWarmer {
  let pending: number | null = null;
  let warmed: { atlas: unknown; t: string } | null = null;
  const cancel = () => { if (pending !== null) cancelIdleCallback(pending); pending = null; };
  return {
    ask(input) {
      // no idle callbacks (jsdom, older browsers): nothing is made ahead, the change makes its own
      if (typeof requestIdleCallback !== 'function') return;
      const s = input();
      if (!s.atlas || (warmed?.atlas === s.atlas && warmed.t === selectDate(s))) return;
      warmed = { atlas: s.atlas, t: selectDate(s) };
      cancel();
      const left = [...LENS_IDS];
      const step = () => {
        pending = null;
        const now = input();
        // the date or dataset moved on while waiting: the next paint asks again for the new one
        if (now.atlas !== warmed?.atlas || selectDate(now) !== warmed.t) { warmed = null; return; }
        // one lens a callback: a lens takes a few ms, ten at ten times the network, and a callback started late in an
        // idle period must not become a long task
        const lens = left.shift()!;
        if (lens !== now.lens) prepareLens(now, lens);
        if (left.length) pending = requestIdleCallback(step);
      };
      pending = requestIdleCallback(step);
    },
    cancel,
  };
}
