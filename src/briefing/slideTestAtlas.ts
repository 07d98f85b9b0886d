// The real dataset and map geometry for the node-environment slide tests.
import { readFileSync } from 'node:fs';
import { validateAndNormalise } from '../data/loadDataset';
import type { Dataset } from '../data/schema';
import { sourcesOf } from '../data/sourceTexts';
import { loadShippedMapLayout } from '../geo/mapGeometry';
import { mapGeometry } from '../geo/mapGeometryComputed';
import { DEFAULT_VIEW, type View } from '../store/appStore';
import { viewFromSearch } from '../store/url';
import { parseTestXml } from './svgTestDom';

const raw = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Dataset;
export const atlas = await validateAndNormalise(raw);
/** The sources' texts, as the page has them once they arrive. */
export const sources = sourcesOf(raw);
/** The shipped map layout (as the app uses it), awaited so geometry is not recomputed in every test. */
export const geometry = async () => mapGeometry(atlas.countries, await loadShippedMapLayout());
export const viewOf = (search: string): View => viewFromSearch(atlas, search).view;
export const view = (v: Partial<View>): View => ({ ...DEFAULT_VIEW, ...v });

/** The slide's SVG as a read-only tree with the queries the tests use (svgTestDom.ts: jsdom took about half of the
 *  slide tests' time); malformed XML throws, as jsdom's DOMParser reports it. */
export function svgDocument(svg: string): Document {
  return parseTestXml(svg) as unknown as Document;
}
