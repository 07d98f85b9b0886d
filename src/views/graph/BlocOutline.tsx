// A soft outline round a bloc's members at the as-of date (union of discs: a state before its accession stays
// outside). Clicking it selects the bloc (its members lit on map and network); a click on the selected bloc clears it.
import { useAtlas } from '../../data/useAtlas';
import { memo, useMemo } from 'react';
import { blocMembersAt } from '../../graph/grouping';
import { blocHull, discsPath } from '../../graph/hulls';
import { SPACING, type Positions } from '../../graph/layout';
import { selectDate, useDerived } from '../../store/derived';
import { useAppStore } from '../../store/appStore';
import { selectVisibleIds } from './selectors';
import { blocSel } from '../../data/blocs';
import { BLOC_OUTLINE } from '../../theme/palette';
import { groupName } from '../../i18n/entityWords';
import { useI18n } from '../../i18n/useI18n';

export const BlocOutline = memo(function BlocOutline({ bloc, positions }: { bloc: string; positions: Positions }) {
  const atlas = useAtlas();
  const t = useDerived(selectDate);
  const entityClicked = useAppStore((s) => s.entityClicked);
  const shown = useDerived(selectVisibleIds);
  const discs = useMemo(() => blocHull(blocMembersAt(atlas, bloc, t), positions, [...shown].filter((id) => positions.has(id)), SPACING * 0.8),
    [atlas, bloc, t, positions, shown]);
  const { t: w, lang } = useI18n();
  if (!discs.length) return null;
  return (
    <g className="bloc-outline" data-bloc={bloc} data-members={discs.length} onClick={(e) => entityClicked(blocSel(bloc), e.detail > 1)}>
      <title>{w('blocs.hullTitle', { name: groupName(atlas, bloc, lang), count: discs.length })}</title>
      <path className="rim" d={discsPath(discs, 1.5)} fill={BLOC_OUTLINE.hullRim} />
      <path className="fill" d={discsPath(discs)} fill={BLOC_OUTLINE.hullFill} />
    </g>
  );
});
