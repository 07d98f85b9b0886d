// The map tooltip's anchor in its own tiny store: pointer moves update only the tooltip, never the map's 200 marks.
import { create } from 'zustand';
import type { TipAnchor } from './MapTooltip';

interface TipState {
  tip: TipAnchor | null;
  tipSet: (tip: TipAnchor | null) => void;
}

const same = (a: TipAnchor | null, b: TipAnchor | null) =>
  a === b || (!!a && !!b && a.id === b.id && a.x === b.x && a.y === b.y && a.flipX === b.flipX && a.flipY === b.flipY);

export const useTipStore = create<TipState>()((set, get) => ({
  tip: null,
  tipSet: (tip) => { if (!same(get().tip, tip)) set({ tip }); },
}));
