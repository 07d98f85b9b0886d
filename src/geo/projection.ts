// Equal Earth: an equal-area projection, so no state looks bigger (or its status more common) than it is.
// This module is the projection's one home and needs no d3: the first render projects points with it (arcPaths.ts,
// zoom.ts), and d3Projection.ts builds d3's projection object from the same raw formula for the computed geometry.

/** The map's own coordinate space (the SVG viewBox); the SVG scales to its box, so nothing depends on layout. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

/** The projection the map is drawn in, as plain numbers: Equal Earth scaled and translated (no rotation, centre,
 *  angle or reflection), as d3's fitExtent found it (at build time, in the shipped map layout). */
export interface FittedProjection {
  scale: number;
  translate: [number, number];
}

// d3-geo 3.1's constants and operations, in its order, so the products are the same numbers (geo.test.ts compares
// them with d3's geoEqualEarthRaw)
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
const asin = (x: number) => (x > 1 ? Math.PI / 2 : x < -1 ? -Math.PI / 2 : Math.asin(x));

/** Equal Earth (Šavrič, Patterson and Jenny 2018) in radians, unscaled, y up: d3's geoEqualEarthRaw. */
export function equalEarthRaw(lambda: number, phi: number): [number, number] {
  const l = asin(M * Math.sin(phi)), l2 = l * l, l6 = l2 * l2 * l2;
  return [
    lambda * Math.cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
    l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)),
  ];
}

const RADIANS = Math.PI / 180; // d3-geo's own constant, so the products are the same numbers

/**
 * A point [lon, lat] in degrees to the map's coordinates, as d3's projection(point) computes it: the raw formula,
 * then scale and translate as d3 applies them. The same numbers for longitudes inside ±180° (arcPaths.test.ts,
 * geo.test.ts); d3 wraps beyond ±180° itself.
 */
export function pointProjector({ scale: k, translate: [tx, ty] }: FittedProjection): (lon: number, lat: number) => [number, number] {
  return (lon, lat) => {
    const p = equalEarthRaw(lon * RADIANS, lat * RADIANS);
    p[0] = tx + k * p[0];
    p[1] = ty - k * p[1];
    return p;
  };
}
