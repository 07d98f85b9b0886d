// What the mark under the pointer (or keyboard focus) is, under the active lens: status, date, source, caveats.
import { useAtlas, useSources } from '../../data/useAtlas';
import { nameOf } from '../../i18n/names';
import { lensShort } from '../../i18n/terms';
import { formatMessage } from '../../i18n/catalogue';
import { dirOf, labelSep, ltr } from '../../i18n/langs';
import { useAppStore } from '../../store/appStore';
import { selectStatusMap, useDerived } from '../../store/derived';
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
  const atlas = useAtlas();
  // the source's title once their texts are here (after the first paint)
  const texts = useSources(atlas);
  const lens = useAppStore((s) => s.lens);
  const lang = useAppStore((s) => s.lang);
  const status = useDerived((s) => selectStatusMap(s).get(tip.id));
  const country = atlas.countryById.get(tip.id);
  if (!country || !status) return null;
  const sources = status.sources.map((id) => texts?.byId.get(id)?.title).filter(Boolean);
  const caveats = statusCaveats(status, lang);
  // the same words as the mark's aria-label
  const [label, when] = statusParts(lens, status, lang);
  return (
    // the map is drawn left to right (dir="ltr" on the view), its tooltip's words read as the page's language does,
    // with the dataset's English (a note, a source's title) isolated left to right inside an Arabic line
    <div className="map-tooltip" role="tooltip" dir={dirOf(lang)} style={{
      ...(tip.flipX ? { right: `calc(100% - ${tip.x - OFFSET}px)` } : { left: tip.x + OFFSET }),
      ...(tip.flipY ? { bottom: `calc(100% - ${tip.y - OFFSET}px)` } : { top: tip.y + OFFSET }),
    }}>
      <strong>{nameOf(atlas, tip.id, lang)}</strong>
      <div>
        {lensShort(lens, lang)}{labelSep(lang)}<b>{label}</b>{when}
      </div>
      {caveats.length > 0 && <div className="map-tooltip-caveat">{caveats.join(' · ')}</div>}
      {status.cls === 'no-data' && country.note && <div className="map-tooltip-note" lang="en" dir="ltr">{country.note}</div>}
      {sources.length > 0 && (
        <div className="map-tooltip-source">
          {formatMessage(lang, 'tooltip.source', { title: ltr(sources[0]!, lang), more: sources.length - 1 })}
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
