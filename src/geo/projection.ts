// Equal Earth: an equal-area projection, so no state looks bigger (or its status more common) than it is.
import { geoEqualEarth, geoEqualEarthRaw, type GeoProjection } from 'd3';

/** The map's own coordinate space (the SVG viewBox); the SVG scales to its box, so nothing depends on layout. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export function makeProjection(width = MAP_WIDTH, height = MAP_HEIGHT, margin = 6): GeoProjection {
  return geoEqualEarth().fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'Sphere' });
}

/** makeProjection's projection rebuilt from the scale and translation its fit found (at build time, in the shipped
 *  map layout): the same projection without fitting it again (~1–3 ms of cold code in the first render). */
export const fittedProjection = (scale: number, translate: [number, number]): GeoProjection =>
  geoEqualEarth().scale(scale).translate(translate);

const RADIANS = Math.PI / 180; // d3-geo's own constant, so the products are the same numbers

/**
 * `projection(p)` without its chain of wrappers, for drawing thousands of points at once: d3's raw Equal Earth,
 * then scale and translate as d3 applies them (makeProjection sets no rotation, centre, angle or reflection). The
 * same numbers for longitudes inside ±180° (arcPaths.test.ts compares them); d3 wraps ±180° itself.
 */
export function pointProjector(projection: GeoProjection): (lon: number, lat: number) => [number, number] {
  const k = projection.scale(), [tx, ty] = projection.translate();
  return (lon, lat) => {
    const p = geoEqualEarthRaw(lon * RADIANS, lat * RADIANS);
    p[0] = tx + k * p[0];
    p[1] = ty - k * p[1];
    return p;
  };
}
