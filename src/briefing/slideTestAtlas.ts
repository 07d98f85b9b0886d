// The real dataset and map geometry for the node-environment slide tests.
import { readFileSync } from 'node:fs';
// @ts-expect-error jsdom ships no types (a devDependency through vitest); only its XML parser is used here
import { JSDOM } from 'jsdom';
import { validateAndNormalise } from '../data/loadDataset';
import { loadShippedMapLayout } from '../geo/mapGeometry';
import { mapGeometry } from '../geo/mapGeometryComputed';
import { DEFAULT_VIEW, type View } from '../store/appStore';
import { viewFromSearch } from '../store/url';

export const atlas = await validateAndNormalise(JSON.parse(readFileSync('data/atlas.json', 'utf8')));
/** The shipped map layout (as the app uses it), awaited so geometry is not recomputed in every test. */
export const geometry = async () => mapGeometry(atlas.countries, await loadShippedMapLayout());
export const viewOf = (search: string): View => viewFromSearch(atlas, search).view;
export const view = (v: Partial<View>): View => ({ ...DEFAULT_VIEW, ...v });

// One window's XML parser for every slide: a JSDOM made per slide cost ~0.1 s each (about 5 s of the suite).
const parser = new (new JSDOM('').window.DOMParser)();
/** The slide's SVG as a document; malformed XML throws, as a JSDOM made from it does. */
export function svgDocument(svg: string): Document {
  const d = parser.parseFromString(svg, 'image/svg+xml') as Document;
  const error = d.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`malformed SVG: ${error.textContent}`);
  return d;
}

