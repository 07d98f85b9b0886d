// Test helpers: the real bundled dataset, loaded once, and a store reset to the default view.
import atlasJson from '../../../data/atlas.json';
import { validateAndNormalise } from '../../data/loadDataset';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';

export const atlas = validateAndNormalise(atlasJson);

export function resetStore() {
  useAppStore.setState({ ...DEFAULT_VIEW, atlas, hover: null, legendHover: null, notices: [] });
}
