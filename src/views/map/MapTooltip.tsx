// What the mark under the pointer (or keyboard focus) is, under the active lens: status, date, source, caveats.
import { LENSES } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { selectStatusMap } from '../../store/derived';
import { statusCaveats, statusParts } from './describe';
import { useTipStore } from './tipStore';

export interface TipAnchor {
  id: string;
  /** px from the map frame's top-left */
  x: number;
  y: number;
  /** open to the left of / above the anchor, near the right / bottom edge */
  flipX: boolean;
  flipY: boolean;
}

const OFFSET = 12;

export function MapTooltip({ tip }: { tip: TipAnchor }) {
  const atlas = useAppStore((s) => s.atlas)!;
  const lens = useAppStore((s) => s.lens);
  const status = useAppStore((s) => selectStatusMap(s).get(tip.id));
  const country = atlas.countryById.get(tip.id);
  if (!country || !status) return null;
  const sources = status.sources.map((id) => atlas.sourceById.get(id)?.title).filter(Boolean);
  const caveats = statusCaveats(status);
  // the same words as the mark's aria-label
  const [label, when] = statusParts(lens, status);
  return (
    <div className="map-tooltip" role="tooltip" style={{
      ...(tip.flipX ? { right: `calc(100% - ${tip.x - OFFSET}px)` } : { left: tip.x + OFFSET }),
      ...(tip.flipY ? { bottom: `calc(100% - ${tip.y - OFFSET}px)` } : { top: tip.y + OFFSET }),
    }}>
      <strong>{country.name}</strong>
      <div>
        {LENSES[lens].short}: <b>{label}</b>{when}
      </div>
      {caveats.length > 0 && <div className="map-tooltip-caveat">{caveats.join(' · ')}</div>}
      {status.cls === 'no-data' && country.note && <div className="map-tooltip-note">{country.note}</div>}
      {sources.length > 0 && (
        <div className="map-tooltip-source">
          Source: {sources[0]}{sources.length > 1 && ` (+${sources.length - 1} more)`}
        </div>
      )}
    </div>
  );
}

/** The tooltip of the mark under the pointer or keyboard focus, if any. */
export function MapTipLayer() {
  const tip = useTipStore((s) => s.tip);
  return tip && <MapTooltip tip={tip} />;
}
