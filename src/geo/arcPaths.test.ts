// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { geoEqualEarth, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { arcPathWriter, fromRecipe, polygonRecipe } from './arcPaths';
import { pointProjector } from './projection';
import { fittedOf, makeProjection } from './d3Projection';
import { geoPathOf } from './mapGeometryComputed';
import { worldTopology } from './topology';

// the oracle: d3's own Equal Earth and path generator, without resampling (as the map draws the shipped layout's
// shapes), at the map's fitted scale and translation
const projection = fittedOf(makeProjection());
const d3Projection = () => geoEqualEarth().scale(projection.scale).translate(projection.translate);
const d3Path = (topo: Topology, o: GeometryObject) =>
  geoPath(d3Projection().precision(0)).digits(1)((feature(topo, o) as Feature).geometry) ?? '';
const writer = (topo: Topology, onClip: () => void = () => {}) => {
  const viaGeoPath = geoPathOf(topo, geoPath(d3Projection().precision(0)).digits(1));
  return arcPathWriter(topo, projection, (polygon) => { onClip(); return viaGeoPath(polygon); });
};

// a 1° grid, delta-encoded as TopoJSON stores arcs
const grid = (arcs: [number, number][][]): Topology => ({
  type: 'Topology', transform: { scale: [1, 1], translate: [0, 0] }, objects: {},
  arcs: arcs.map((arc) => arc.map(([x, y], i) => (i ? [x - arc[i - 1][0], y - arc[i - 1][1]] : [x, y]))),
});

describe('path strings from arcs', () => {
  // exterior rings clockwise, as in TopoJSON and d3
  const topo = grid([
    [[10, 0], [10, 10]], // 0: the border two squares share
    [[10, 0], [0, 0], [0, 10], [10, 10]], // 1: the west square's other sides
    [[10, 10], [20, 10], [20, 0], [10, 0]], // 2: the east square's other sides
    [[3, 3], [6, 3], [6, 6], [3, 6], [3, 3]], // 3: a hole (anticlockwise)
    [[170, 50], [170, 60], [180, 60], [180, 50], [170, 50]], // 4: reaches the antimeridian
    [[175, -20], [175, -10], [-175, -10], [-175, -20], [175, -20]], // 5: crosses it
    [[-180, -80], [-180, -90], [180, -90], [180, -80], [0, -80], [-180, -80]], // 6: round the south pole
    [[40, 40], [41, 41], [40, 40]], // 7: too few points (topojson pads the ring)
    [[-60, -30], [-60, -20], [-50, -20], [-50, -30], [-60, -30]], // 8: a plain square
    [[-60, -30], [-50, -30], [-50, -20], [-60, -20], [-60, -30]], // 9: the square anticlockwise
  ]);
  const cases: [string, GeometryObject][] = [
    ['a polygon with a hole, a shared arc reversed', { type: 'Polygon', arcs: [[1, ~0], [3]] }],
    ['a polygon of two arcs', { type: 'Polygon', arcs: [[0, 2]] }],
    ['a multipolygon', { type: 'MultiPolygon', arcs: [[[1, ~0], [3]], [[0, 2]], [[8]]] }],
    ['a polygon at ±180°', { type: 'Polygon', arcs: [[4]] }],
    ['a polygon across ±180°', { type: 'Polygon', arcs: [[5]] }],
    ['a polygon round the pole', { type: 'Polygon', arcs: [[6]] }],
    ['a polygon beside ones at ±180°', { type: 'MultiPolygon', arcs: [[[4]], [[8]], [[5]], [[0, 2]]] }],
    ['a ring topojson pads', { type: 'Polygon', arcs: [[7]] }],
    ['an anticlockwise polygon (the rest of the sphere)', { type: 'Polygon', arcs: [[9]] }],
  ];
  for (const [name, o] of cases) it(`writes ${name} as geoPath does`, () => {
    expect(writer(topo)(o)).toBe(d3Path(topo, o));
  });

  it('leaves to geoPath only the polygons that need its clip', () => {
    let clips = 0;
    writer(topo, () => clips++)({ type: 'MultiPolygon', arcs: [[[4]], [[8]], [[5]], [[1, ~0], [3]], [[6]], [[9]]] });
    expect(clips).toBe(4);
  });

  it('writes every base-map shape as geoPath does', () => {
    let clips = 0;
    const write = writer(worldTopology, () => clips++);
    for (const g of worldTopology.objects.countries.geometries) expect(write(g), String(g.id)).toBe(d3Path(worldTopology, g));
    expect(clips).toBeLessThan(10); // Russia's Chukotka and Wrangel Island, Fiji, Antarctica
  });
});

describe('polygon recipes', () => {
  it('retell the polygons geoPath clips, exactly, from their own points', () => {
    const told: string[] = [];
    const viaGeoPath = geoPathOf(worldTopology, geoPath(d3Projection().precision(0)).digits(1));
    const write = arcPathWriter(worldTopology, projection, (polygon, points) => {
      const d = viaGeoPath(polygon);
      const recipe = polygonRecipe(d, points);
      expect(typeof recipe).not.toBe('string');
      expect(fromRecipe(recipe, points)).toBe(d);
      told.push(d);
      return d;
    });
    for (const g of worldTopology.objects.countries.geometries) write(g);
    expect(told.length).toBeGreaterThan(3);
  });

  it('keep a string they cannot retell as it is', () => {
    expect(polygonRecipe('M1,1L2,2Z', ['1,1', '2,2', '1,1'])).toEqual([[[0, 1]]]);
    expect(polygonRecipe('M0,0m-4.5,0a4.5,4.5 0 1,1 9,0a4.5,4.5 0 1,1 -9,0z', ['0,0'])).toBe('M0,0m-4.5,0a4.5,4.5 0 1,1 9,0a4.5,4.5 0 1,1 -9,0z');
  });
});

describe('pointProjector', () => {
  it('gives the numbers d3\'s projection gives', () => {
    const project = pointProjector(projection), d3 = d3Projection();
    for (let lon = -179.75; lon < 180; lon += 7.3) for (let lat = -90; lat <= 90; lat += 4.1) {
      expect(project(lon, lat)).toEqual(d3([lon, lat]));
    }
  });
});
