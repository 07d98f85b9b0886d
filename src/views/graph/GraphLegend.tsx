// What the shapes and line styles mean (family colours are on the toggles; fill colours follow the map's legend).
import { memo } from 'react';
import { glyphPath } from '../../graph/shapes';
import type { NodeKind } from '../../graph/model';
import { STAGE_DASH, STAGE_LEGEND } from '../../theme/families';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/useI18n';
import { stageLegendName } from '../../i18n/entityWords';

const KINDS: { kind: NodeKind; label: MessageKey }[] = [
  { kind: 'country', label: 'graph.kind.country' }, { kind: 'organisation', label: 'graph.kind.organisation' }, { kind: 'agency', label: 'graph.kind.agency' },
  { kind: 'instrument', label: 'graph.kind.instrument' }, { kind: 'company', label: 'graph.kind.company' },
];

// Memoised: the network panel renders again when it has measured itself (inside the first commit); this has no props.
export const GraphLegend = memo(function GraphLegend() {
  const { t, lang } = useI18n();
  return (
    <div className="graph-legend" aria-label={t('graph.legendAria')}>
      <ul>
        {KINDS.map((k) => (
          <li key={k.kind} data-legend-kind={k.kind}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={glyphPath(k.kind, 5)} className={`legend-glyph kind-${k.kind}`} /></svg>
            {t(k.label)}
          </li>
        ))}
      </ul>
      <ul>
        {STAGE_LEGEND.map((s) => (
          <li key={s.stage} data-legend-stage={s.stage}>
            <svg width="24" height="8" aria-hidden="true"><line x1="0" y1="4" x2="24" y2="4" stroke="currentColor" strokeWidth="1.6" strokeDasharray={STAGE_DASH[s.stage]} /></svg>
            {stageLegendName(s.stage, lang)}
          </li>
        ))}
        <li data-legend-stage="unverified">
          <svg width="24" height="8" aria-hidden="true"><line x1="0" y1="4" x2="24" y2="4" stroke="currentColor" strokeWidth="1.6" className="unverified-sample" /></svg>
          {t('graph.unverifiedFaint')}
        </li>
      </ul>
    </div>
  );
});
