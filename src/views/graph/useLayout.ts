// The grouped layout's positions for the graph view: at once when ready (the shipped layout, or one computed
// before), else null while graph/arrange.ts computes it off the main thread; the view says it is arranging meanwhile.
import { useLayoutEffect, useReducer } from 'react';
import type { Atlas } from '../../data/atlas';
import { arrangeLayout } from '../../graph/arrange';
import type { Grouping } from '../../graph/grouping';
import { readyLayout, type Positions } from '../../graph/layout';

export function useLayout(atlas: Atlas, grouping: Grouping): Positions | null {
  const ready = readyLayout(atlas, grouping);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  // a layout effect: the worker starts right after the commit, not after the frame that says it is arranging
  useLayoutEffect(() => (ready ? undefined : arrangeLayout(atlas, grouping, arrived)), [atlas, grouping, ready]);
  return ready;
}
