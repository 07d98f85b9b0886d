// Kept apart from the exporters so that presenting a deck does not load the image and slide builders.
import { viewFromSearch, searchFromView } from '../../store/url';
import { useAppStore, type View } from '../../store/appStore';
import type { Atlas } from '../../data/atlas';

/** Applies a saved view, dropping what this dataset does not know (an imported deck may come from another version). */
export function applyView(atlas: Atlas, view: View, step: number | null): void {
  const { view: clean, notices } = viewFromSearch(atlas, searchFromView({ ...view, step }));
  useAppStore.getState().viewRestored(clean, notices);
}
