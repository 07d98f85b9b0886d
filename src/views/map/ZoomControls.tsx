import { REGION_PRESETS, fitBox } from '../../geo/zoom';
import { IDENTITY } from '../../zoom/transform';
import type { MapGeometry } from '../../geo/mapGeometry';
import type { MapZoom } from './useMapZoom';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/useI18n';

const PRESET_KEYS: Record<string, MessageKey> = {
  europe: 'zoom.europe', africa: 'zoom.africa', americas: 'zoom.americas', 'asia-pacific': 'zoom.asia-pacific',
};

export const ZOOM_STEP = 1.6;

/** + and − drawn, not typed: "−" (U+2212) is missing from the system UI fonts (a fallback-font lookup before the
 *  first paint), and a drawn pair matches in weight and width. */
function ZoomMark({ plus = false }: { plus?: boolean }) {
  return (
    <svg className="zoom-mark" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <path d={plus ? 'M0 5h10M5 0v10' : 'M0 5h10'} />
    </svg>
  );
}

export function ZoomControls({ zoom, geo }: { zoom: MapZoom; geo: MapGeometry }) {
  const { t } = useI18n();
  return (
    <div className="map-controls" role="toolbar" aria-label={t('zoom.aria')}>
      <button type="button" className="map-zoom-step" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label={t('zoom.in')} title={t('zoom.inTitle')}><ZoomMark plus /></button>
      <button type="button" className="map-zoom-step" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-label={t('zoom.out')} title={t('zoom.outTitle')}><ZoomMark /></button>
      <button type="button" onClick={() => zoom.zoomTo(IDENTITY)} title={t('zoom.worldTitle')}>{t('zoom.world')}</button>
      {REGION_PRESETS.map((r) => (
        <button key={r.id} type="button" onClick={() => zoom.zoomTo(fitBox(geo.projection, r.box, geo.width, geo.height))}>
          {PRESET_KEYS[r.id] ? t(PRESET_KEYS[r.id]) : r.label}
        </button>
      ))}
    </div>
  );
}
