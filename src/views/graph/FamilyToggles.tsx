// Edge families on and off, each with its link count at the as-of date.
import { memo } from 'react';
import { EDGE_FAMILIES, type EdgeFamily } from '../../graph/model';
import { familyLabel } from '../../i18n/entityWords';
import type { MessageKey } from '../../i18n/catalogue';
import { useAppStore } from '../../store/appStore';
import { useDerived } from '../../store/derived';
import { selectFamilyCounts } from './selectors';
import { FAMILY_COLOURS } from '../../theme/families';
import { useI18n } from '../../i18n/useI18n';

/** The toggles' compact names (the full name is in their tooltip). */
const SHORT_KEYS: Record<EdgeFamily, MessageKey> = {
  budapest: 'family.budapest', 'un-convention': 'family.un-convention', europol: 'family.europol', eurojust: 'family.eurojust',
  'cloud-act': 'family.cloud-act', 'contact-points': 'family.contact-points', capacity: 'family.capacity', agencies: 'family.agencies',
  regional: 'family.regional', structure: 'family.structure', interpol: 'family.interpol', untoc: 'family.untoc',
};

// Memoised: the network panel renders again when it has measured itself (inside the first commit); this has no props.
export const FamilyToggles = memo(function FamilyToggles() {
  const { t: tr, lang } = useI18n();
  const hidden = useAppStore((s) => s.hiddenFamilies);
  const counts = useDerived(selectFamilyCounts);
  const toggle = useAppStore((s) => s.familyToggled);
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
            {tr(SHORT_KEYS[f])} <span className="count" data-count-in-force={inForce}>{inForce}</span>
            {other > 0 && <span className="count count-apart" data-count-apart={other} aria-label={tr('graph.notInForce', { other })}>+{other}</span>}
          </button>
        );
      })}
    </div>
  );
});
