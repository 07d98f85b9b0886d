// Edge families on and off, each with its link count at the as-of date.
import { EDGE_FAMILIES, FAMILY_LABELS, FAMILY_SHORT } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { selectFamilyCounts } from './selectors';
import { FAMILY_COLOURS } from '../../theme/families';

export function FamilyToggles() {
  const hidden = useAppStore((s) => s.hiddenFamilies);
  const counts = useAppStore(selectFamilyCounts);
  const toggle = useAppStore((s) => s.familyToggled);
  return (
    <div className="graph-families" role="group" aria-label="Link families shown">
      <span className="families-label">Links</span>
      {EDGE_FAMILIES.map((f) => {
        const on = !hidden.includes(f);
        const { inForce, other } = counts.get(f) ?? { inForce: 0, other: 0 };
        return (
          <button key={f} type="button" aria-pressed={on} data-family={f} onClick={() => toggle(f)} className="family-toggle"
            title={`${FAMILY_LABELS[f]}: ${inForce} links in force at this date${other ? `, ${other} more signed, negotiating, suspended or invited` : ''}`}>
            <span className="swatch" style={{ background: on ? FAMILY_COLOURS[f] : 'transparent', borderColor: FAMILY_COLOURS[f] }} />
            {FAMILY_SHORT[f]} <span className="count" data-count-in-force={inForce}>{inForce}</span>
            {other > 0 && <span className="count count-apart" data-count-apart={other} aria-label={`and ${other} not in force`}>+{other}</span>}
          </button>
        );
      })}
    </div>
  );
}
