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

export function ZoomControls({ zoom, geo }: { zoom: MapZoom; geo: MapGeometry }) {
  const { t } = useI18n();
  return (
    <div className="map-controls" role="toolbar" aria-label={t('zoom.aria')}>
      <button type="button" className="map-zoom-step" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label={t('zoom.in')} title={t('zoom.inTitle')}>+</button>
      <button type="button" className="map-zoom-step" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-label={t('zoom.out')} title={t('zoom.outTitle')}>−</button>
      <button type="button" onClick={() => zoom.zoomTo(IDENTITY)} title={t('zoom.worldTitle')}>{t('zoom.world')}</button>
      {REGION_PRESETS.map((r) => (
        <button key={r.id} type="button" onClick={() => zoom.zoomTo(fitBox(geo.projection, r.box, geo.width, geo.height))}>
          {PRESET_KEYS[r.id] ? t(PRESET_KEYS[r.id]) : r.label}
        </button>
      ))}
    </div>
  );
}
