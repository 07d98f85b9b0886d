// Per-mark state: each selector returns a primitive, so a click or a lens change re-renders only marks that change.
import { useAppStore, type AppState } from '../../store/appStore';
import { selectStatusMap, useIsDimmed, useIsHighlighted, useIsSelected, useStatusClass } from '../../store/derived';
import { markLabel } from './describe';

const labelOf = (s: AppState, id: string) => {
  const status = selectStatusMap(s).get(id);
  return s.atlas && status ? markLabel(s.atlas, s.lens, id, status) : id;
};

export function useMark(id: string) {
  const cls = useStatusClass(id);
  const label = useAppStore((s) => labelOf(s, id));
  const flagged = useAppStore((s) => { const st = selectStatusMap(s).get(id); return !!st && (st.unverified || st.undated); });
  const legendHover = useAppStore((s) => s.legendHover !== null && selectStatusMap(s).get(id)?.cls === s.legendHover);
  return { cls, label, flagged, legendHover, selected: useIsSelected(id), dimmed: useIsDimmed(id), highlighted: useIsHighlighted(id) };
}

/** The contract's flag attributes: present as "true" when set, absent otherwise. */
export const flag = (on: boolean) => (on ? 'true' : undefined);
