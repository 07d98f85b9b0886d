// Test helpers: the real bundled dataset, loaded once, and a store reset to the default view (the dataset in the
// test client's cache, testing/dataset.tsx).
import atlasJson from '../../../data/atlas.json';
import { validateAndNormalise } from '../../data/loadDataset';
import { loadShippedMapLayout } from '../../geo/mapGeometry';
import { DEFAULT_VIEW } from '../../store/appStore';
import { testSources } from '../../data/testAtlas';
import { seedView } from '../../testing/dataset';

export const atlas = await validateAndNormalise(atlasJson);
/** Its sources' texts, as the page has them after the first paint. */
export const sources = testSources();
/** The shipped map layout, as the app gives it to the map (without it, the map loads the computed geometry). */
export const layout = await loadShippedMapLayout();

export function resetStore() {
  seedView(atlas, { ...DEFAULT_VIEW, hover: null, legendHover: null, notices: [] });
}
