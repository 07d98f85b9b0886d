import { LENS_IDS, type LensId } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { useI18n } from '../../i18n/useI18n';
import { lensLabel } from '../../i18n/terms';
import { WrappingSelect } from '../../lib/WrappingSelect';

/** The lens picker. A lens's name is wider than a phone in French, Russian and Spanish ("Convention des Nations Unies
 *  contre la cybercriminalité (2024)" was cut at "cybercrim"): it wraps there (WrappingSelect). */
export function LensPicker() {
  const lens = useAppStore((s) => s.lens);
  const choose = useAppStore((s) => s.lensChosen);
  const { t, lang } = useI18n();
  return (
    <label className="lens-picker">
      {t('lens.pickerLabel')}{' '}
      <WrappingSelect shown={lensLabel(lens, lang)} value={lens} onChange={(e) => choose(e.target.value as LensId)} aria-label={t('lens.pickerAria')}>
        {LENS_IDS.map((id) => <option key={id} value={id}>{lensLabel(id, lang)}</option>)}
      </WrappingSelect>
    </label>
  );
}
