import { describe, expect, it } from 'vitest';
import atlasJson from '../../data/atlas.json';
import type { Dataset } from '../data/schema';
import { normaliseDataset } from '../data/atlas';
import { fromShippedLayout, loadShippedMapLayout, mapLayoutKeyOf, shippedMapGeometry } from './mapGeometry';
import { clippedPolygons, computeMapGeometry, mapGeometry } from './mapGeometryComputed';
import { serialiseMapLayout } from './mapLayout';
import { worldTopology } from './topology';
import { mergedEntityShapes } from './topologyMerge';
import shipped from './mapLayout.generated.json';

const dataset = atlasJson as unknown as Dataset;
const computed = computeMapGeometry(dataset.countries);

describe('shipped map layout', () => {
  it('ships up to date (else run `npm run map:layout`)', () => {
    expect(shipped).toEqual(serialiseMapLayout(mapLayoutKeyOf(dataset.countries), computed, clippedPolygons(dataset.countries), mergedEntityShapes(worldTopology, dataset.countries)));
  });

  it('has the same key for the raw and the normalised dataset (the app keys on atlas.countries)', () => {
    expect(mapLayoutKeyOf(normaliseDataset(dataset).countries)).toBe(shipped.key);
  });

  it('changes key when the inputs change', () => {
    const moved = dataset.countries.map((c) => (c.id === 'MLT' && c.marker ? { ...c, marker: [c.marker[0] + 1, c.marker[1]] as [number, number] } : c));
    expect(mapLayoutKeyOf(moved)).not.toBe(shipped.key);
    expect(mapLayoutKeyOf(dataset.countries, 800, 400)).not.toBe(shipped.key);
    expect(mapLayoutKeyOf(dataset.countries.slice(1))).not.toBe(shipped.key);
  });

  it('gives the same geometry as computing it (paths identical, points within 1e-6)', async () => {
    const g = fromShippedLayout(dataset.countries, await loadShippedMapLayout())!;
    expect(g).not.toBe(computed);
    expect(g.sphere).toBe(computed.sphere);
    expect(g.shapes.map((s) => [s.id, s.d])).toEqual(computed.shapes.map((s) => [s.id, s.d]));
    const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 1e-6);
    g.shapes.forEach((s, i) => {
      const c = computed.shapes[i];
      expect(close([...s.label, ...s.box.flat(), ...s.centroid, ...s.bounds.flat()], [...c.label, ...c.box.flat(), ...c.centroid, ...c.bounds.flat()])).toBe(true);
    });
    g.markers.forEach((m, i) => expect(close([...m.at, ...m.anchor], [...computed.markers[i].at, ...computed.markers[i].anchor])).toBe(true));
    expect([...g.neighbours]).toEqual([...computed.neighbours]);
    expect([...g.centre.keys()]).toEqual([...computed.centre.keys()]);
    // the shipped numbers are the fitted projection's, exactly
    expect(g.projection).toEqual(computed.projection);
  });

  it('carries the polygons at the antimeridian as geoPath draws them (Russia, Fiji, Antarctica)', () => {
    expect(shipped.clipped.length).toBeGreaterThan(0);
    expect(shipped.clipped.length).toBeLessThan(10);
  });

  it('is not used when the key does not match, and the geometry is computed', async () => {
    const layout = await loadShippedMapLayout();
    const fewer = dataset.countries.filter((c) => c.id !== 'MLT');
    expect(fromShippedLayout(fewer, layout)).toBeNull();
    expect(shippedMapGeometry(fewer, layout)).toBeNull();
    const g = mapGeometry(fewer, layout);
    expect(g.markers.map((m) => m.id)).not.toContain('MLT');
    expect(g.markers.length).toBe(computed.markers.length - 1);
    expect(fromShippedLayout(dataset.countries, null)).toBeNull();
  });

  it('is not used when it does not tell a polygon at the antimeridian (not this map\'s layout)', async () => {
    const layout = (await loadShippedMapLayout())!;
    expect(fromShippedLayout(dataset.countries, { ...layout, clipped: layout.clipped.slice(1) })).toBeNull();
  });

  it('carries the shapes merged from several base-map shapes (Cyprus, Somalia), and is not used without them', async () => {
    const layout = (await loadShippedMapLayout())!;
    expect(layout.merged.map(([id]) => id).sort()).toEqual(['CYP', 'SOM']);
    expect(fromShippedLayout(dataset.countries, { ...layout, merged: layout.merged.filter(([id]) => id !== 'CYP') })).toBeNull();
  });

  it('caches per layout given, so which one is asked for first never matters', async () => {
    const layout = await loadShippedMapLayout();
    const withLayout = mapGeometry(dataset.countries, layout);
    const without = mapGeometry(dataset.countries);
    expect(without).not.toBe(withLayout);
    // the first render's (no d3-geo) and node's are one memo: the live map and the slides share a geometry
    expect(shippedMapGeometry(dataset.countries, layout)).toBe(withLayout);
    expect(mapGeometry(dataset.countries, layout)).toBe(withLayout);
    expect(mapGeometry(dataset.countries)).toBe(without);
  });
});
