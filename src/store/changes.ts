// "What changed since …": its own tiny store (the `since` date is not part of the shareable URL view) and a
// memoised selector over the app store, so the map can mark changed states without owning this state.
import { create } from 'zustand';
import type { AppState } from './appStore';
import { memo, selectDate, useDerived, type WithAtlas } from './derived';
import type { Atlas } from '../data/atlas';
import type { LensId } from '../data/lenses';
import { changesBetween, type Change } from '../data/timeline';

interface ChangesState {
  /** yyyy-mm-dd, or null when "what changed" is off */
  since: string | null;
  sinceChosen: (since: string | null) => void;
}

export const useChangesStore = create<ChangesState>()((set) => ({
  since: null,
  sinceChosen: (since) => set({ since }),
}));

const NONE: readonly Change[] = [];
const changesOf = memo((atlas: Atlas | null, lens: LensId, since: string | null, t: string): readonly Change[] =>
  atlas && since ? changesBetween(atlas, lens, since, t) : NONE);
const changedSetOf = memo((changes: readonly Change[]): ReadonlySet<string> | null =>
  changes === NONE ? null : new Set(changes.map((c) => c.id)));

/** States whose class under the active lens differs between `since` and the active date. */
export const selectChanges = (s: Pick<AppState, 'lens' | 't'> & WithAtlas, since: string | null) => changesOf(s.atlas, s.lens, since, selectDate(s));
/** null when "what changed" is off. */
export const selectChangedSet = (s: Pick<AppState, 'lens' | 't'> & WithAtlas, since: string | null) => changedSetOf(selectChanges(s, since));

export const useChanges = () => {
  const since = useChangesStore((c) => c.since);
  return useDerived((s) => selectChanges(s, since));
};
