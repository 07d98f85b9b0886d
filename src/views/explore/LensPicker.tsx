import { LENS_IDS, type LensId } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { useI18n } from '../../i18n/useI18n';
import { lensLabel } from '../../i18n/terms';

/** The lens picker. A select cannot wrap the option it shows, and a lens's name is wider than a phone in French,
 *  Russian and Spanish ("Convention des Nations Unies contre la cybercriminalité (2024)" was cut at "cybercrim"):
 *  the chosen name is drawn in a box of its own that wraps (`.lens-picker-face`, hidden from assistive technology),
 *  and the real select lies over it, transparent, so a click or a tap opens it and the keyboard and screen readers
 *  use it as before. Where the row has room the box is as wide as the select and shows the name on one line. */
export function LensPicker() {
  const lens = useAppStore((s) => s.lens);
  const choose = useAppStore((s) => s.lensChosen);
  const { t, lang } = useI18n();
  return (
    <label className="lens-picker">
      {t('lens.pickerLabel')}{' '}
      <span className="lens-picker-box">
        <select value={lens} onChange={(e) => choose(e.target.value as LensId)} aria-label={t('lens.pickerAria')}>
          {LENS_IDS.map((id) => <option key={id} value={id}>{lensLabel(id, lang)}</option>)}
        </select>
        <span className="lens-picker-face" aria-hidden="true">{lensLabel(lens, lang)}</span>
      </span>
    </label>
  );
}
