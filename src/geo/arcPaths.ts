// Country shapes' path strings written straight from the topology's arcs, for the first render after the data
// arrives. geoPath streams every point through d3's antimeridian clip, which also winds each polygon round the pole
// (polygonContains) to learn whether it covers it: ~4 µs a point, ~40 ms for the map in the browser. A polygon that
// stays clear of ±180° passes the clip unchanged, so its string is each ring's points projected one by one and
// written as geoPath(…).digits(1) writes them (M…L…Z, rounded to 0.1). Here each arc is projected once (a border
// serves both its countries) and the rings are its points stitched. Polygons that reach ±180° (Russia's Chukotka,
// Fiji, Antarctica) or wind anticlockwise (which geoPath reads as covering the rest of the sphere) are left to the
// caller: geoPath (mapGeometryComputed.ts), or the recipes the map layout ships (polygonRecipe). No d3 here: the
// first render runs it. arcPaths.test.ts and mapLayout.test.ts compare the strings with geoPath's.
import { pointProjector, type FittedProjection } from './projection';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A shape as the topology describes it: for polygons, rings of arc indexes (~i: arc i reversed). */
export type ArcShape = GeometryObject;

/** A coordinate as d3-path prints it with digits(1), `${Math.round(v * 10) / 10}`, but from integers: printing a
 *  fraction is most of the cost of writing the map's ~16,000 numbers (the same strings: arcPaths.test.ts). */
function tenths(v: number): string {
  const n = Math.round(v * 10);
  if (n === 0) return '0'; // -0 too, which d3-path prints as 0
  const a = n < 0 ? -n : n, tenth = a % 10, whole = (a - tenth) / 10;
  return tenth ? `${n < 0 ? '-' : ''}${whole}.${tenth}` : `${n < 0 ? '-' : ''}${whole}`;
}

/** An arc in one direction: its first and last points and the ones between as "Lx,yLx,y…". */
interface ArcText { first: string; between: string; last: string; length: number }

const text = (points: string[]): ArcText => ({
  first: points[0], last: points[points.length - 1], length: points.length,
  between: points.length > 2 ? `L${points.slice(1, -1).join('L')}` : '',
});

/** One polygon of a shape: its rings of arc indexes. */
export type ArcPolygon = { type: 'Polygon'; arcs: number[][] };

/** A name for a polygon of the topology (its arcs), to find the string drawn for it elsewhere. */
export const polygonKey = (polygon: ArcPolygon) => JSON.stringify(polygon.arcs);

/** `clipped`: the string of a polygon that needs the antimeridian clip (or winds anticlockwise), as geoPath draws it;
 *  given its points projected and written one by one (ring after ring, as topojson stitches them), for polygonRecipe. */
export function arcPathWriter(topo: Topology, projection: FittedProjection, clipped: (polygon: ArcPolygon, points: string[]) => string) {
  const { scale: [kx, ky], translate: [dx, dy] } = topo.transform!;
  const project = pointProjector(projection);
  // per arc: its points as written ("x,y"); whether it stays clear of ±180° with steps under 180° in longitude; its
  // part of a ring's doubled signed area in longitude and latitude (shoelace), to tell the ring's orientation
  const points: string[][] = [];
  const clear: boolean[] = [];
  const areas: number[] = [];
  const forward: ArcText[] = [], backward: ArcText[] = [];

  function arcPoints(i: number): string[] {
    if (points[i]) return points[i];
    const out: string[] = [];
    let x = 0, y = 0, lon0 = NaN, lat0 = NaN, area = 0, ok = true;
    // decoded as topojson-client decodes it, so the coordinates are the same numbers geoPath would be given
    const arc = topo.arcs[i];
    for (let k = 0; k < arc.length; k++) {
      const lon = (x += arc[k][0]) * kx + dx, lat = (y += arc[k][1]) * ky + dy;
      if (!(Math.abs(lon) < 180) || Math.abs(lon - lon0) >= 180) ok = false;
      const p = project(lon, lat);
      out.push(`${tenths(p[0])},${tenths(p[1])}`);
      if (k) area += lon0 * lat - lon * lat0;
      lon0 = lon; lat0 = lat;
    }
    areas[i] = area;
    clear[i] = ok;
    return (points[i] = out);
  }

  /** A polygon's points ring after ring, each ring as topojson stitches it (closing point included). */
  function polygonPoints(rings: number[][]): string[] {
    return rings.flatMap((ring) => ring.flatMap((a, k) => {
      const p = arcPoints(a < 0 ? ~a : a), ordered = a < 0 ? [...p].reverse() : p;
      return k ? ordered.slice(1) : ordered;
    }));
  }

  function arcText(a: number): ArcText | null {
    const i = a < 0 ? ~a : a, memo = a < 0 ? backward : forward;
    if (memo[i]) return memo[i];
    const p = arcPoints(i);
    return clear[i] ? (memo[i] = text(a < 0 ? [...p].reverse() : p)) : null;
  }

  /** One polygon's rings as geoPath writes them, or null when geoPath would draw more than its rings. */
  function polygonPath(rings: number[][]): string | null {
    let d = '', area = 0;
    for (const ring of rings) {
      // consecutive arcs share their end point, which topojson keeps once; the ring's closing point is written Z
      const arcs = ring.map(arcText);
      if (arcs.some((t) => !t)) return null;
      const ts = arcs as ArcText[];
      // topojson pads a ring of fewer than four points (closing one included); leave such rings to the caller
      if (ts.reduce((n, t) => n + t.length - 1, 1) < 4) return null;
      for (const a of ring) area += a < 0 ? -areas[~a] : areas[a];
      d += `M${ts[0].first}`;
      ts.forEach((t, k) => { d += k < ts.length - 1 ? `${t.between}L${t.last}` : `${t.between}Z`; });
    }
    // Exterior rings run clockwise (TopoJSON, d3). A polygon that winds the other way is, for geoPath, the rest of
    // the sphere: it contains the pole where the clip starts, and geoPath adds the sphere's outline.
    return area < 0 ? d : null;
  }

  return (shape: ArcShape): string => {
    if (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon') throw new Error(`not a polygon: ${shape.type}`);
    // geoPath draws a MultiPolygon's polygons one after another, each clipped on its own
    const polygons = shape.type === 'Polygon' ? [shape.arcs] : shape.arcs;
    return polygons.map((rings) => polygonPath(rings) ?? clipped({ type: 'Polygon', arcs: rings }, polygonPoints(rings))).join('');
  };
}

/**
 * A polygon's string as geoPath drew it, told by its own projected points: per ring, runs of those points
 * ([first, last] indexes into polygonPoints' list) and the few points the clip adds (strings). Russia's Chukotka and
 * Antarctica are ~30 bytes this way, not ~6 KB, and give back the same string (polygonRecipe checks it).
 */
export type PolygonRecipe = (string | [number, number])[][];

export function polygonRecipe(d: string, points: readonly string[]): PolygonRecipe | string {
  const at = new Map<string, number>();
  points.forEach((p, i) => { if (!at.has(p)) at.set(p, i); });
  const recipe = d.split('Z').filter(Boolean).map((ring) => {
    const items: (string | [number, number])[] = [];
    for (const p of ring.slice(1).split('L')) {
      const i = at.get(p), last = items[items.length - 1];
      if (i === undefined) items.push(p);
      else if (Array.isArray(last) && points[last[1] + 1] === p) last[1]++;
      else items.push([i, i]);
    }
    return items;
  });
  // a string this cannot retell (not rings of M…L…Z) is kept as it is
  return fromRecipe(recipe, points) === d ? recipe : d;
}

export function fromRecipe(recipe: PolygonRecipe | string, points: readonly string[]): string {
  if (typeof recipe === 'string') return recipe;
  return recipe.map((ring) => `M${ring.flatMap((item) => (typeof item === 'string' ? [item] : points.slice(item[0], item[1] + 1))).join('L')}Z`).join('');
}
