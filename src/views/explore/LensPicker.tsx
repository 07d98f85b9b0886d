import { LENSES, LENS_IDS, type LensId } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';

export function LensPicker() {
  const lens = useAppStore((s) => s.lens);
  const choose = useAppStore((s) => s.lensChosen);
  return (
    <label className="lens-picker">
      Colour by{' '}
      <select value={lens} onChange={(e) => choose(e.target.value as LensId)} aria-label="Colour the map by">
        {LENS_IDS.map((id) => <option key={id} value={id}>{LENSES[id].label}</option>)}
      </select>
    </label>
  );
}
