// The map's bloc outline: a picker (the same choice as the network's "Outline") and, while a bloc is outlined, its
// legend entry, which selects the bloc (members lit on the map and in the network; a second click clears it).
import { memo } from 'react';
import { blocSel, outlineBlocs } from '../../data/blocs';
import { groupName } from '../../i18n/entityWords';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { selectBlocMembers, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { BLOC_OUTLINE } from '../../theme/palette';

export const BlocOutlineControl = memo(function BlocOutlineControl() {
  const atlas = useAtlas();
  const { t: w, lang } = useI18n();
  const outline = useAppStore((s) => s.outline);
  const count = useDerived((s) => (s.outline ? selectBlocMembers(s, s.outline)?.size ?? 0 : 0));
  const selected = useAppStore((s) => outline !== null && s.sel === blocSel(outline));
  const { outlineChosen, entityClicked } = useAppStore.getState();
  return (
    <div className="map-bloc-control" role="group" aria-label={w('graph.outlineAria')}>
      <label>{w('graph.outline')}{' '}
        <select value={outline ?? ''} onChange={(e) => outlineChosen(e.target.value || null)}>
          <option value="">{w('graph.outlineNone')}</option>
          {outlineBlocs(atlas).map((b) => <option key={b.id} value={b.id}>{groupName(atlas, b.id, lang)}</option>)}
        </select>
      </label>
      {outline && (
        <button type="button" className="bloc-legend" data-legend-bloc={outline} aria-pressed={selected}
          style={selected ? { borderColor: BLOC_OUTLINE.stroke, boxShadow: `inset 0 0 0 1px ${BLOC_OUTLINE.stroke}` } : undefined}
          title={w('blocs.selectTitle', { name: groupName(atlas, outline, lang) })}
          onClick={(e) => entityClicked(blocSel(outline), e.detail > 1)}>
          <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true">
            <rect x="1.5" y="1.5" width="15" height="9" rx="2" fill="none" stroke={BLOC_OUTLINE.stroke} strokeWidth="2" />
          </svg>
          {w('blocs.legend', { name: groupName(atlas, outline, lang), count })}
        </button>
      )}
    </div>
  );
});
