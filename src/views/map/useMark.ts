// Per-mark state in two subscriptions per mark (not nine): ~214 marks each run their selectors on every store
// change, hover included. Both return values compared cheaply: a bitmask number, and a per-(lens, date) record.
import { useAppStore, type AppState } from '../../store/appStore';
import { memo, selectHighlightSet, selectMatchSet, selectStatusMap } from '../../store/derived';
import type { Atlas } from '../../data/atlas';
import type { LensId, Status } from '../../data/lenses';
import { selectChangedSet, useChangesStore } from '../../store/changes';
import { markLabel } from './describe';

/** What a mark shows under the active lens and date: one stable object per id until lens, date or data change. */
interface MarkInfo { cls: string; label: string; flagged: boolean }

const infoOf = memo((atlas: Atlas | null, lens: LensId, statuses: Map<string, Status>) =>
  new Map<string, MarkInfo>(atlas ? [...statuses].map(([id, st]) => [id, {
    cls: st.cls, label: markLabel(atlas, lens, id, st), flagged: st.unverified || st.undated,
  }]) : []));
const selectInfo = (s: AppState, id: string): MarkInfo | undefined => infoOf(s.atlas, s.lens, selectStatusMap(s)).get(id);

const SELECTED = 1, DIMMED = 2, HIGHLIGHTED = 4, CHANGED = 8, LEGEND_HOVER = 16;

function selectBits(s: AppState, id: string, since: string | null): number {
  const match = selectMatchSet(s);
  return (s.sel === id ? SELECTED : 0)
    | (match !== null && !match.has(id) ? DIMMED : 0)
    | (selectHighlightSet(s)?.has(id) ? HIGHLIGHTED : 0)
    | (selectChangedSet(s, since)?.has(id) ? CHANGED : 0)
    | (s.legendHover !== null && selectStatusMap(s).get(id)?.cls === s.legendHover ? LEGEND_HOVER : 0);
}

export function useMark(id: string) {
  const since = useChangesStore((c) => c.since);
  const info = useAppStore((s) => selectInfo(s, id));
  const bits = useAppStore((s) => selectBits(s, id, since));
  return {
    cls: info?.cls ?? 'no-data', label: info?.label ?? id, flagged: info?.flagged ?? false,
    selected: (bits & SELECTED) !== 0, dimmed: (bits & DIMMED) !== 0, highlighted: (bits & HIGHLIGHTED) !== 0,
    changed: (bits & CHANGED) !== 0, legendHover: (bits & LEGEND_HOVER) !== 0,
  };
}

/** The contract's flag attributes: present as "true" when set, absent otherwise. */
export const flag = (on: boolean) => (on ? 'true' : undefined);

/** The attributes every map mark carries (CONTRACT.md), shared by shapes and markers. */
export function markAttrs(id: string, m: ReturnType<typeof useMark>, focusable: boolean) {
  return {
    'data-iso3': id,
    'data-status': m.cls,
    'data-selected': flag(m.selected),
    'data-dimmed': flag(m.dimmed),
    'data-highlighted': flag(m.highlighted),
    'data-flagged': flag(m.flagged),
    'data-changed': flag(m.changed),
    'data-legend-hover': flag(m.legendHover),
    'aria-label': m.label,
    'aria-pressed': m.selected,
    role: 'button',
    tabIndex: focusable ? 0 : -1,
  } as const;
}
