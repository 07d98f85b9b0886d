// The map over geometry computed with d3-geo (geo/mapGeometryComputed.ts): a chunk of its own, loaded only when the
// shipped layout does not match the dataset (or could not be loaded), so the first script carries no d3-geo.
import type { SerialisedMapLayout } from '../../geo/mapLayout';
import { mapGeometry } from '../../geo/mapGeometryComputed';
import { useAtlas } from '../../data/useAtlas';
import { MapDrawing } from './MapView';

export default function ComputedMap({ layout }: { layout: SerialisedMapLayout | null }) {
  return <MapDrawing geo={mapGeometry(useAtlas().countries, layout)} />;
}
