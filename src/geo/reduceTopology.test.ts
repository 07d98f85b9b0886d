import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import shipped from './world110m.generated.json';
import { flattenArcs, GRID, reduceTopology } from './reduceTopology';
import { worldTopology } from './topology';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const source = world as unknown as Countries;
const reduced = worldTopology as unknown as Countries;

const rings = (t: Countries) => t.objects.countries.geometries.map((g) => {
  const geom = (feature(t, g) as Feature<Polygon | MultiPolygon>).geometry;
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
});

describe('shipped world geometry', () => {
  it('ships up to date (else run `npm run map:topology`, then `npm run map:layout`)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(flattenArcs(reduceTopology(source)))));
  });

  it('keeps every shape, id and arc reference; names only where there is no id', () => {
    const a = source.objects.countries.geometries;
    const b = reduced.objects.countries.geometries;
    expect(b.map((g) => [g.id, g.type, 'arcs' in g ? g.arcs : null])).toEqual(a.map((g) => [g.id, g.type, 'arcs' in g ? g.arcs : null]));
    const name = (g: (typeof a)[number]) => (g.properties as { name?: string } | undefined)?.name;
    expect(b.filter((g) => g.properties).map(name)).toEqual(a.filter((g) => g.id === undefined).map(name));
    expect(reduced.arcs).toHaveLength(source.arcs.length);
    expect(reduced.arcs.every((arc) => arc.length >= 2 && arc.every((p) => p.length === 2 && p.every(Number.isInteger)))).toBe(true);
    expect(Object.keys(reduced.objects)).toEqual(['countries']);
  });

  it('moves no point by more than half a grid step', () => {
    const [x0, y0, x1, y1] = source.bbox!;
    const tol = [(x1 - x0) / (GRID - 1) / 2 + 1e-9, (y1 - y0) / (GRID - 1) / 2 + 1e-9];
    const before = rings(source).flat(3);
    const after = rings(reduced).flat(3);
    // points only disappear where two fall in one grid cell; compare the shapes' extents and every surviving point's cell
    expect(after.length).toBeGreaterThan(before.length * 0.99);
    const near = (p: number[]) => before.some((q) => Math.abs(p[0] - q[0]) <= tol[0] && Math.abs(p[1] - q[1]) <= tol[1]);
    expect(after.filter((_, i) => i % 7 === 0).every(near)).toBe(true);
  });
});
