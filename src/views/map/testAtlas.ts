// Test helpers: the real bundled dataset, loaded once, and a store reset to the default view (the dataset in the
// test client's cache, testing/dataset.tsx).
import atlasJson from '../../../data/atlas.json';
import { validateAndNormalise } from '../../data/loadDataset';
import { DEFAULT_VIEW } from '../../store/appStore';
import { seedView } from '../../testing/dataset';

export const atlas = await validateAndNormalise(atlasJson);

export function resetStore() {
  seedView(atlas, { ...DEFAULT_VIEW, hover: null, legendHover: null, notices: [] });
}
