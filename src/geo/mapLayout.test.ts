import { describe, expect, it } from 'vitest';
import atlasJson from '../../data/atlas.json';
import type { Dataset } from '../data/schema';
import { normaliseDataset } from '../data/atlas';
import { buildMapGeometry, clippedPolygons, computeMapGeometry, loadShippedMapLayout, mapGeometry, mapLayoutKeyOf } from './mapGeometry';
import { serialiseMapLayout } from './mapLayout';
import shipped from './mapLayout.generated.json';

const dataset = atlasJson as unknown as Dataset;
const computed = computeMapGeometry(dataset.countries);

describe('shipped map layout', () => {
  it('ships up to date (else run `npm run map:layout`)', () => {
    expect(shipped).toEqual(serialiseMapLayout(mapLayoutKeyOf(dataset.countries), computed, clippedPolygons(dataset.countries)));
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
    const g = buildMapGeometry(dataset.countries, await loadShippedMapLayout());
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
    // the projection rebuilt from the shipped numbers is the fitted one
    for (const p of [[12.5, 41.9], [-179.9, -16.5], [0, -90]] as [number, number][]) expect(g.projection(p)).toEqual(computed.projection(p));
    expect(g.projection.invert!([300, 200])).toEqual(computed.projection.invert!([300, 200]));
  });

  it('carries the polygons at the antimeridian as geoPath draws them (Russia, Fiji, Antarctica)', () => {
    expect(shipped.clipped.length).toBeGreaterThan(0);
    expect(shipped.clipped.length).toBeLessThan(10);
  });

  it('falls back to computing when the key does not match', async () => {
    const fewer = dataset.countries.filter((c) => c.id !== 'MLT');
    const g = buildMapGeometry(fewer, await loadShippedMapLayout());
    expect(g.markers.map((m) => m.id)).not.toContain('MLT');
    expect(g.markers.length).toBe(computed.markers.length - 1);
  });

  it('caches per layout given, so which one is asked for first never matters', async () => {
    const layout = await loadShippedMapLayout();
    const withLayout = mapGeometry(dataset.countries, layout);
    const without = mapGeometry(dataset.countries);
    expect(without).not.toBe(withLayout);
    expect(mapGeometry(dataset.countries, layout)).toBe(withLayout);
    expect(mapGeometry(dataset.countries)).toBe(without);
  });
});
