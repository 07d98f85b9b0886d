// Edge families on and off, each with its link count at the as-of date, and one family shown alone: the twelve colours
// stay apart under the common colour deficiencies (theme/families.ts), but thin lines of twelve colours are still hard
// to name; a family shown alone needs no colour told apart (and each chip and each link's accessible name say the
// family in words).
import { memo } from 'react';
import { EDGE_FAMILIES, type EdgeFamily } from '../../graph/model';
import { familyLabel, familyShort } from '../../i18n/entityWords';
import { useAppStore } from '../../store/appStore';
import { useDerived } from '../../store/derived';
import { selectFamilyCounts } from './selectors';
import { FAMILY_COLOURS } from '../../theme/families';
import { useI18n } from '../../i18n/useI18n';
import { WrappingSelect } from '../../lib/WrappingSelect';

// Memoised: the network panel renders again when it has measured itself (inside the first commit); this has no props.
export const FamilyToggles = memo(function FamilyToggles() {
  const { t: tr, lang } = useI18n();
  const hidden = useAppStore((s) => s.hiddenFamilies);
  const counts = useDerived(selectFamilyCounts);
  const toggle = useAppStore((s) => s.familyToggled);
  const only = useAppStore((s) => s.familyOnly);
  const alone = hidden.length === EDGE_FAMILIES.length - 1 ? EDGE_FAMILIES.find((f) => !hidden.includes(f)) ?? '' : '';
  return (
    <div className="graph-families" role="group" aria-label={tr('graph.linksAria')}>
      <span className="families-label">{tr('graph.links')}</span>
      {EDGE_FAMILIES.map((f) => {
        const on = !hidden.includes(f);
        const { inForce, other } = counts.get(f) ?? { inForce: 0, other: 0 };
        return (
          <button key={f} type="button" aria-pressed={on} data-family={f} onClick={() => toggle(f)} className="family-toggle"
            title={tr('graph.familyTitle', { family: familyLabel(f, lang), inForce, other })}>
            <span className="swatch" style={{ background: on ? FAMILY_COLOURS[f] : 'transparent', borderColor: FAMILY_COLOURS[f] }} />
            {familyShort(f, lang)} <span className="count" data-count-in-force={inForce}>{inForce}</span>
            {other > 0 && <span className="count count-apart" data-count-apart={other} aria-label={tr('graph.notInForce', { other })}>+{other}</span>}
          </button>
        );
      })}
      <label className="family-only">
        {tr('graph.familyOnly')}{' '}
        {/* as wide as the chosen family's name, wrapped in the row: a 14em select cut most of them */}
        <WrappingSelect fit="chosen" shown={alone ? familyLabel(alone, lang) : tr('graph.familyOnlyDefault')} value={alone}
          aria-label={tr('graph.familyOnlyAria')} data-family-only="" onChange={(e) => only((e.target.value || null) as EdgeFamily | null)}>
          <option value="">{tr('graph.familyOnlyDefault')}</option>
          {EDGE_FAMILIES.map((f) => <option key={f} value={f}>{familyLabel(f, lang)}</option>)}
        </WrappingSelect>
      </label>
    </div>
  );
});
