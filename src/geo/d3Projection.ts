// d3's projection object over the map's Equal Earth (projection.ts), for what needs d3-geo's streams: the computed
// geometry (geoPath's clipping, areas, centroids, bounds), the sphere and bloc outlines. Not in the first render,
// which draws from the shipped layout with projection.ts alone.
import { geoProjection, type GeoProjection } from 'd3';
import { equalEarthRaw, MAP_HEIGHT, MAP_WIDTH, type FittedProjection } from './projection';

/** Equal Earth fitted to the viewBox with a margin (d3's geoEqualEarth is geoProjection of the same raw formula). */
export const makeProjection = (width = MAP_WIDTH, height = MAP_HEIGHT, margin = 6): GeoProjection =>
  geoProjection(equalEarthRaw).fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'Sphere' });

/** The fitted projection as d3's object, without fitting it again. */
export const d3Projection = ({ scale, translate }: FittedProjection): GeoProjection =>
  geoProjection(equalEarthRaw).scale(scale).translate(translate);

/** A d3 projection's fitted numbers. */
export const fittedOf = (projection: GeoProjection): FittedProjection =>
  ({ scale: projection.scale(), translate: projection.translate() as [number, number] });
