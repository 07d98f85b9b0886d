// Ego focus (depth 1 or 2, "Show all") and unpinning.
import { entityName } from '../../data/atlas';
import { useAppStore } from '../../store/appStore';

interface Props { pinned: number; onUnpinAll: () => void; onUnpin?: () => void }

export function GraphControls({ pinned, onUnpinAll, onUnpin }: Props) {
  const atlas = useAppStore((s) => s.atlas)!;
  const sel = useAppStore((s) => s.sel);
  const focus = useAppStore((s) => s.focus);
  const focusSet = useAppStore((s) => s.focusSet);
  const depth = focus?.depth ?? 1;
  return (
    <div className="graph-controls">
      {focus ? (
        <>
          <span className="focus-label">Focus: <strong>{entityName(atlas, focus.id)}</strong></span>
          <span role="group" aria-label="Focus depth">
            {([1, 2] as const).map((d) => (
              <button key={d} type="button" aria-pressed={depth === d} onClick={() => focusSet({ id: focus.id, depth: d })}>
                {d === 1 ? 'Neighbours' : '2 steps'}
              </button>
            ))}
          </span>
          {sel && sel !== focus.id && <button type="button" onClick={() => focusSet({ id: sel, depth })}>Focus selection</button>}
          <button type="button" onClick={() => focusSet(null)}>Show all</button>
        </>
      ) : (
        <button type="button" disabled={!sel} onClick={() => sel && focusSet({ id: sel, depth })}>
          {sel ? `Focus on ${entityName(atlas, sel)}` : 'Focus (select a node first)'}
        </button>
      )}
      {onUnpin && <button type="button" onClick={onUnpin}>Unpin selection</button>}
      {pinned > 0 && <button type="button" onClick={onUnpinAll}>Unpin all ({pinned})</button>}
    </div>
  );
}
