// Ego focus (depth 1 or 2, "Show all") and unpinning.
import { useAtlas } from '../../data/useAtlas';
import { shortNameOf } from '../../i18n/names';
import { useAppStore } from '../../store/appStore';
import { blocOfSel } from '../../data/blocs';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  /** nodes the user dragged (pinned where dropped) */
  pins: readonly string[];
  /** unpins one node, or all with null */
  onUnpin: (id: string | null) => void;
}

export function GraphControls({ pins, onUnpin }: Props) {
  const { lang, t: tr } = useI18n();
  const atlas = useAtlas();
  // a selected bloc (`bloc:eu`) has no ego network to focus on
  const sel = useAppStore((s) => (blocOfSel(s.sel) ? null : s.sel));
  const focus = useAppStore((s) => s.focus);
  const focusSet = useAppStore((s) => s.focusSet);
  const depth = focus?.depth ?? 1;
  return (
    <div className="graph-controls">
      {focus ? (
        <>
          <span className="focus-label">{tr('graph.focus')} <strong>{shortNameOf(atlas, focus.id, lang)}</strong></span>
          <span role="group" aria-label={tr('graph.focusDepth')}>
            {([1, 2] as const).map((d) => (
              <button key={d} type="button" aria-pressed={depth === d} onClick={() => focusSet({ id: focus.id, depth: d })}>
                {tr(d === 1 ? 'graph.neighbours' : 'graph.twoSteps')}
              </button>
            ))}
          </span>
          {sel && sel !== focus.id && <button type="button" onClick={() => focusSet({ id: sel, depth })}>{tr('graph.focusSelection')}</button>}
          <button type="button" onClick={() => focusSet(null)}>{tr('graph.showAll')}</button>
        </>
      ) : (
        <button type="button" disabled={!sel} onClick={() => sel && focusSet({ id: sel, depth })}>
          {sel ? tr('graph.focusOn', { name: shortNameOf(atlas, sel, lang) }) : tr('graph.focusNeedsSel')}
        </button>
      )}
      {sel && pins.includes(sel) && <button type="button" onClick={() => onUnpin(sel)}>{tr('graph.unpin')}</button>}
      {pins.length > 0 && <button type="button" onClick={() => onUnpin(null)}>{tr('graph.unpinAll', { count: pins.length })}</button>}
    </div>
  );
}
