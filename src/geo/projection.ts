// Equal Earth: an equal-area projection, so no state looks bigger (or its status more common) than it is.
import { geoEqualEarth, type GeoProjection } from 'd3';

/** The map's own coordinate space (the SVG viewBox); the SVG scales to its box, so nothing depends on layout. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export function makeProjection(width = MAP_WIDTH, height = MAP_HEIGHT, margin = 6): GeoProjection {
  return geoEqualEarth().fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'Sphere' });
}
