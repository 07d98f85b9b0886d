// What the shapes and line styles mean (family colours are on the toggles; fill colours follow the map's legend).
import { glyphPath } from '../../graph/shapes';
import type { NodeKind } from '../../graph/model';
import { STAGE_DASH, STAGE_LEGEND } from '../../theme/families';

const KINDS: { kind: NodeKind; label: string }[] = [
  { kind: 'country', label: 'Country' }, { kind: 'organisation', label: 'Organisation' }, { kind: 'agency', label: 'Agency' },
  { kind: 'instrument', label: 'Instrument' }, { kind: 'company', label: 'Company' },
];

export function GraphLegend() {
  return (
    <div className="graph-legend" aria-label="Graph legend">
      <ul>
        {KINDS.map((k) => (
          <li key={k.kind} data-legend-kind={k.kind}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={glyphPath(k.kind, 5)} className={`legend-glyph kind-${k.kind}`} /></svg>
            {k.label}
          </li>
        ))}
      </ul>
      <ul>
        {STAGE_LEGEND.map((s) => (
          <li key={s.stage} data-legend-stage={s.stage}>
            <svg width="24" height="8" aria-hidden="true"><line x1="0" y1="4" x2="24" y2="4" stroke="currentColor" strokeWidth="1.6" strokeDasharray={STAGE_DASH[s.stage]} /></svg>
            {s.label}
          </li>
        ))}
        <li data-legend-stage="unverified">
          <svg width="24" height="8" aria-hidden="true"><line x1="0" y1="4" x2="24" y2="4" stroke="currentColor" strokeWidth="1.6" className="unverified-sample" /></svg>
          Unverified (faint)
        </li>
      </ul>
    </div>
  );
}
