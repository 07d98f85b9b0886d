// The shipped world geometry: world-atlas countries-110m re-quantised to a coarser grid, with only what the map
// reads. 1:110m generalisation already moves coastlines by tenths of a degree, so a 10,000-step grid (0.036° of
// longitude) changes nothing visible and makes the arcs' delta-encoded integers shorter. The `land` object is
// dropped (the map draws countries only) and names are kept only where there is no ISO numeric id to match on.
// The file stores each arc flat ([x0, y0, dx1, dy1, …]): a twelfth fewer bytes after gzip; geo/topology.ts
// rebuilds the pairs.
import { quantize, transform } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const GRID = 10_000;

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
export type FlatTopology = Omit<Countries, 'arcs'> & { arcs: number[][] };

export function reduceTopology(world: Countries, grid = GRID): Countries {
  const absolute = transform(world.transform!);
  const countries = world.objects.countries;
  const plain = {
    type: 'Topology',
    bbox: world.bbox,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: countries.geometries.map(({ properties, ...g }) => (g.id === undefined ? { ...g, properties } : g)),
      },
    },
    arcs: world.arcs.map((arc) => arc.map((p, i) => absolute(p, i > 0))), // i > 0: a delta from the previous point
  };
  return quantize(plain as unknown as Parameters<typeof quantize>[0], grid) as unknown as Countries;
}

export const flattenArcs = (t: Countries): FlatTopology => ({ ...t, arcs: t.arcs.map((arc) => arc.flat()) });
