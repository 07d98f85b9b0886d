// Country shapes' path strings written straight from the topology's arcs, for the first render after the data
// arrives. geoPath streams every point through d3's antimeridian clip, which also winds each polygon round the pole
// (polygonContains) to learn whether it covers it: ~4 µs a point, ~40 ms for the map in the browser. A polygon that
// stays clear of ±180° passes the clip unchanged, so its string is each ring's points projected one by one and
// written as geoPath(…).digits(1) writes them (M…L…Z, rounded to 0.1). Here each arc is projected once (a border
// serves both its countries) and the rings are its points stitched. Polygons that reach ±180° (Russia's Chukotka,
// Fiji, Antarctica) or wind anticlockwise (which geoPath reads as covering the rest of the sphere) go through geoPath. arcPaths.test.ts and mapLayout.test.ts compare with geoPath's strings.
import type { GeoProjection } from 'd3';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { pointProjector } from './projection';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A shape as the topology describes it: for polygons, rings of arc indexes (~i: arc i reversed). */
export type ArcShape = GeometryObject;

// d3-path's rounding for digits(1), so the numbers print exactly as geoPath prints them
const round = (v: number) => Math.round(v * 10) / 10;

/** An arc in one direction: its first and last points and the ones between as "Lx,yLx,y…". */
interface ArcText { first: string; between: string; last: string; length: number }

const text = (points: string[]): ArcText => ({
  first: points[0], last: points[points.length - 1], length: points.length,
  between: points.length > 2 ? `L${points.slice(1, -1).join('L')}` : '',
});

/** `clipped`: geoPath's path generator for the polygons that need the antimeridian clip (same projection). */
export function arcPathWriter(topo: Topology, projection: GeoProjection, clipped: (g: Geometry) => string | null) {
  const { scale: [kx, ky], translate: [dx, dy] } = topo.transform!;
  const project = pointProjector(projection);
  // per arc: its points as written ("x,y"), or null when it reaches ±180° or steps 180° or more in longitude
  const points: (string[] | null)[] = [];
  // per arc: its part of a ring's doubled signed area in longitude and latitude (shoelace), to tell its orientation
  const areas: number[] = [];
  const forward: ArcText[] = [], backward: ArcText[] = [];

  function arcPoints(i: number): string[] | null {
    if (points[i] !== undefined) return points[i];
    const out: string[] = [];
    let x = 0, y = 0, lon0 = NaN, lat0 = NaN, area = 0;
    // decoded as topojson-client decodes it, so the coordinates are the same numbers geoPath would be given
    for (const [qx, qy] of topo.arcs[i]) {
      const lon = (x += qx) * kx + dx, lat = (y += qy) * ky + dy;
      if (!(Math.abs(lon) < 180) || Math.abs(lon - lon0) >= 180) return (points[i] = null);
      const [px, py] = project(lon, lat);
      out.push(`${round(px)},${round(py)}`);
      if (out.length > 1) area += lon0 * lat - lon * lat0;
      lon0 = lon; lat0 = lat;
    }
    areas[i] = area;
    return (points[i] = out);
  }

  function arcText(a: number): ArcText | null {
    const i = a < 0 ? ~a : a, memo = a < 0 ? backward : forward;
    if (memo[i]) return memo[i];
    const p = arcPoints(i);
    return p && (memo[i] = text(a < 0 ? [...p].reverse() : p));
  }

  /** One polygon's rings as geoPath writes them, or null when geoPath would draw more than its rings. */
  function polygonPath(rings: number[][]): string | null {
    let d = '', area = 0;
    for (const ring of rings) {
      // consecutive arcs share their end point, which topojson keeps once; the ring's closing point is written Z
      const arcs = ring.map(arcText);
      if (arcs.some((t) => !t)) return null;
      const ts = arcs as ArcText[];
      // topojson pads a ring of fewer than four points (closing one included); leave such rings to geoPath
      if (ts.reduce((n, t) => n + t.length - 1, 1) < 4) return null;
      for (const a of ring) area += a < 0 ? -areas[~a] : areas[a];
      d += `M${ts[0].first}`;
      ts.forEach((t, k) => { d += k < ts.length - 1 ? `${t.between}L${t.last}` : `${t.between}Z`; });
    }
    // Exterior rings run clockwise (TopoJSON, d3). A polygon that winds the other way is, for geoPath, the rest of
    // the sphere: it contains the pole where the clip starts, and geoPath adds the sphere's outline.
    return area < 0 ? d : null;
  }

  const viaGeoPath = (shape: ArcShape) => clipped((feature(topo, shape) as Feature).geometry) ?? '';
  return (shape: ArcShape): string => {
    if (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon') return viaGeoPath(shape);
    // geoPath draws a MultiPolygon's polygons one after another, each clipped on its own
    const polygons = shape.type === 'Polygon' ? [shape.arcs] : shape.arcs;
    return polygons.map((rings) => polygonPath(rings) ?? viaGeoPath({ type: 'Polygon', arcs: rings })).join('');
  };
}
