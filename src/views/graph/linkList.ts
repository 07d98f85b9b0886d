// The accessible list of the links shown, a layer of the graph painter: visually nothing (empty SVG groups with a
// role, a name and the contract's `data-edge-*` attributes), rebuilt only when the links shown change.
import type { EdgeState } from '../../scene/scene';
import { afterPaint } from '../../lib/afterPaint';
import { svgEl } from '../../lib/svgEl';

/** Links listed in one go (the real network has ~850); a longer list (the ×10 network's 15,000) is listed in slices
 *  of LIST_SLICE, one per frame, after the frames that show the network, so listing it neither holds up its first
 *  paint nor makes a long task (a slice, with its style recalculation, costs a few ms). */
export const LIST_AT_ONCE = 2000;
export const LIST_SLICE = 400;

export interface LinkWords {
  /** the accessible name of the list of links */
  list: (count: number) => string;
  /** the accessible name of one link */
  link: (e: EdgeState) => string;
}

/** The same links in the same order and stages (what the list shows). */
export function sameList(a: readonly EdgeState[], b: readonly EdgeState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].stage !== b[i].stage) return false;
  return true;
}

export interface LinkList {
  /** Lists `edges` unless they are the ones listed; `force`: again anyway (new words). */
  update: (edges: EdgeState[], words: LinkWords, force?: boolean) => void;
  destroy: () => void;
}

export function createLinkList(list: SVGGElement): LinkList {
  let listed: EdgeState[] = [];
  /** The first list waits for the first frame (see update). */
  let first = true;
  let cancel = () => {};
  const stop = () => { cancel(); cancel = () => {}; };
  return {
    update(edges, words, force = false) {
      // a hover or a selection changes which links are active, not which are listed: compared in place, every hover
      // at ×10 would otherwise build a 15,000-part key
      if (!force && sameList(listed, edges)) return;
      listed = edges;
      stop();
      const write = (from: number, replace: boolean) => {
        const frag = document.createDocumentFragment();
        const to = edges.length <= LIST_AT_ONCE ? edges.length : Math.min(edges.length, from + LIST_SLICE);
        for (let i = from; i < to; i++) {
          const e = edges[i];
          svgEl('g', { role: 'listitem', 'aria-label': words.link(e), 'data-edge-family': e.family, 'data-edge-stage': e.stage, ...(e.unverified ? { 'data-unverified': 'true' } : {}) }, frag);
        }
        if (replace) list.replaceChildren(frag);
        else list.appendChild(frag);
        if (to < edges.length) cancel = afterPaint(() => write(to, false));
      };
      // The first list is built after the first frame (its name and count are set at once): it is not drawn, and its
      // ~460 elements cost the first view ~10 ms of script, style and layout. Later lists change in the change's frame.
      if (first) { first = false; cancel = afterPaint(() => write(0, true)); }
      else write(0, true);
      list.setAttribute('aria-label', words.list(edges.length));
    },
    destroy() {
      stop();
      list.replaceChildren();
    },
  };
}
