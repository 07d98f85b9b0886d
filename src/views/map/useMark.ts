// Per-mark state: each selector returns a primitive, so a click or a lens change re-renders only marks that change.
import { useAppStore, type AppState } from '../../store/appStore';
import { memo, selectStatusMap, useIsDimmed, useIsHighlighted, useIsSelected, useStatusClass } from '../../store/derived';
import type { Atlas } from '../../data/atlas';
import type { LensId, Status } from '../../data/lenses';
import { useIsChanged } from '../../store/changes';
import { markLabel } from './describe';

// Labels are built once per (lens, date), not by every mark on every store change (hover included).
const labelsOf = memo((atlas: Atlas | null, lens: LensId, statuses: Map<string, Status>) =>
  new Map(atlas ? [...statuses].map(([id, st]) => [id, markLabel(atlas, lens, id, st)]) : []));
const labelOf = (s: AppState, id: string) => labelsOf(s.atlas, s.lens, selectStatusMap(s)).get(id) ?? id;

export function useMark(id: string) {
  const cls = useStatusClass(id);
  const label = useAppStore((s) => labelOf(s, id));
  const flagged = useAppStore((s) => { const st = selectStatusMap(s).get(id); return !!st && (st.unverified || st.undated); });
  const legendHover = useAppStore((s) => s.legendHover !== null && selectStatusMap(s).get(id)?.cls === s.legendHover);
  return {
    cls, label, flagged, legendHover, changed: useIsChanged(id),
    selected: useIsSelected(id), dimmed: useIsDimmed(id), highlighted: useIsHighlighted(id),
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
