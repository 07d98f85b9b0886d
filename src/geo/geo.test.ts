import { describe, expect, it } from 'vitest';
import atlasJson from '../../data/atlas.json';
import type { Dataset } from '../data/schema';
import { equalEarthRaw, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { makeProjection } from './d3Projection';
import { MARKER_RADIUS, type MapGeometry } from './mapGeometry';
import { computeMapGeometry, mapGeometry } from './mapGeometryComputed';
import { worldTopology } from './topology';
import { countryFeatures } from './topologyMerge';
import { reachableFrom } from './neighbours';
import { geoContains, geoEqualEarth, geoEqualEarthRaw } from 'd3';

/** The oracle: d3's own Equal Earth at a geometry's fitted numbers. */
const d3Of = (g: MapGeometry) => geoEqualEarth().scale(g.projection.scale).translate(g.projection.translate);

const countries = (atlasJson as unknown as Dataset).countries;
const stateIds = countries.filter((c) => c.kind !== 'territory').map((c) => c.id);

describe('base map coverage', () => {
  it('gives every UN member and observer a shape or a marker', () => {
    const g = mapGeometry(countries);
    const drawn = new Set([...g.shapes.map((s) => s.id), ...g.markers.map((m) => m.id)]);
    expect(stateIds.length).toBeGreaterThanOrEqual(195);
    expect(stateIds.filter((id) => !drawn.has(id))).toEqual([]);
    expect(drawn.has('VAT') && drawn.has('PSE')).toBe(true);
    expect(drawn.size).toBeGreaterThanOrEqual(195);
  });

  it('claims every base-map shape, folding N. Cyprus and Somaliland in and keeping Kosovo as XKX', () => {
    const { features, unmatched } = countryFeatures(worldTopology, countries);
    expect(unmatched).toEqual([]);
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('XKX');
    expect(features.find((f) => f.id === 'CYP')!.geometry.type).toBe('MultiPolygon');
    expect(features.find((f) => f.id === 'SOM')!.geometry.type).not.toBe('GeometryCollection');
  });

  it('draws each id once: a state with a marker is not also a shape', () => {
    const g = mapGeometry(countries);
    const shapeIds = new Set(g.shapes.map((s) => s.id));
    expect(g.markers.filter((m) => shapeIds.has(m.id))).toEqual([]);
    expect(g.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('is computed once per dataset and size', () => {
    expect(mapGeometry(countries)).toBe(mapGeometry(countries));
    expect(mapGeometry(countries, null, 800, 400)).not.toBe(mapGeometry(countries));
  });
});

describe('projection', () => {
  it('fits the whole sphere inside the viewport', () => {
    const p = makeProjection();
    for (const lonLat of [[-180, 0], [180, 0], [0, 90], [0, -90], [179.9, -60]] as [number, number][]) {
      const [x, y] = p(lonLat)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    const [cx, cy] = p([0, 0])!;
    expect(cx).toBeCloseTo(MAP_WIDTH / 2, 0);
    expect(cy).toBeCloseTo(MAP_HEIGHT / 2, 0);
  });

  it('is d3\'s Equal Earth, to the last bit (the raw formula, and fitted as geoEqualEarth fits)', () => {
    // (the points that differ by a bit, in one assertion: ~6,500 deep-equal expect calls before)
    const differ: string[] = [];
    for (let lambda = -Math.PI; lambda <= Math.PI; lambda += 0.0731) for (let phi = -Math.PI / 2; phi <= Math.PI / 2; phi += 0.0417) {
      const [ours, d3] = [equalEarthRaw(lambda, phi), geoEqualEarthRaw(lambda, phi)];
      if (ours.length !== d3.length || ours.some((v, i) => !Object.is(v, d3[i]))) differ.push(`${lambda}, ${phi}: ${ours} against ${d3}`);
    }
    expect(differ).toEqual([]);
    for (const phi of [Math.PI / 2, -Math.PI / 2, 0]) expect(equalEarthRaw(1, phi)).toEqual(geoEqualEarthRaw(1, phi));
    const ours = makeProjection(), d3 = geoEqualEarth().fitExtent([[6, 6], [MAP_WIDTH - 6, MAP_HEIGHT - 6]], { type: 'Sphere' });
    expect([ours.scale(), ours.translate()]).toEqual([d3.scale(), d3.translate()]);
  });

  it('puts centroids where the countries are (Brazil south-west of France, Japan east of China)', () => {
    const g = mapGeometry(countries);
    const at = (id: string) => g.centre.get(id)!;
    expect(at('BRA')[0]).toBeLessThan(at('FRA')[0]);
    expect(at('BRA')[1]).toBeGreaterThan(at('FRA')[1]);
    expect(at('JPN')[0]).toBeGreaterThan(at('CHN')[0]);
    // France's centroid is its European part, not pulled towards French Guiana
    expect(d3Of(g).invert!(at('FRA'))![0]).toBeGreaterThan(-5);
  });
});

describe('marker placement', () => {
  const g = mapGeometry(countries);

  it('places one marker per state with a marker position, none overlapping', () => {
    expect(g.markers.map((m) => m.id).sort()).toEqual(countries.filter((c) => c.marker).map((c) => c.id).sort());
    for (const a of g.markers) {
      for (const b of g.markers) {
        if (a.id < b.id) expect(Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1])).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
    }
  });

  it('keeps each marker near its true location', () => {
    for (const m of g.markers) {
      const true_ = d3Of(g)(countries.find((c) => c.id === m.id)!.marker!)!;
      expect(m.anchor[0]).toBeCloseTo(true_[0], 6);
      expect(Math.hypot(m.at[0] - m.anchor[0], m.at[1] - m.anchor[1])).toBeLessThan(6 * MARKER_RADIUS);
    }
    const isolated = g.markers.find((m) => m.id === 'MDV')!;
    expect(isolated.at).toEqual(isolated.anchor);
  });

  it('is deterministic', () => {
    // computed twice from the topology (the shipped layout, when loaded, is rounded: see mapLayout.test.ts)
    expect(computeMapGeometry(countries).markers).toEqual(computeMapGeometry(countries).markers);
  });
});

describe('label points', () => {
  const g = mapGeometry(countries);
  const geometryOf = new Map(countryFeatures(worldTopology, countries).features.map((f) => [f.id, f.geometry]));

  it('lie inside their own shape and off every marker, so a click there hits the shape', () => {
    // every misplaced label named, in one assertion (an expect per shape and mark was a third of this test's time)
    const wrong: string[] = [];
    for (const s of g.shapes) {
      const at = d3Of(g).invert!(s.label)!;
      if (!geoContains(geometryOf.get(s.id)!, at)) wrong.push(`${s.id} outside its shape`);
      // a marker's outline is about 1 unit wide
      for (const m of g.markers) if (!(Math.hypot(m.at[0] - s.label[0], m.at[1] - s.label[1]) > MARKER_RADIUS + 1)) wrong.push(`${s.id} on ${m.id}`);
      for (const o of g.shapes) if (o.id !== s.id && geoContains(geometryOf.get(o.id)!, at)) wrong.push(`${s.id} in ${o.id}`);
    }
    expect(wrong).toEqual([]);
  });

  it('centre each shape\'s hit box, which still contains the whole shape', () => {
    for (const s of g.shapes) {
      expect((s.box[0][0] + s.box[1][0]) / 2).toBeCloseTo(s.label[0], 6);
      expect((s.box[0][1] + s.box[1][1]) / 2).toBeCloseTo(s.label[1], 6);
      expect(s.box[0][0] <= s.bounds[0][0] && s.box[0][1] <= s.bounds[0][1] && s.box[1][0] >= s.bounds[1][0] && s.box[1][1] >= s.bounds[1][1]).toBe(true);
    }
  });

  it('sit in the main part of a country (France in Europe, Italy off the Holy See)', () => {
    const lonLat = (id: string) => d3Of(g).invert!(g.shapes.find((s) => s.id === id)!.label)!;
    expect(lonLat('FRA')[0]).toBeGreaterThan(-5);
    expect(lonLat('FRA')[1]).toBeGreaterThan(42);
    const vat = g.markers.find((m) => m.id === 'VAT')!;
    const ita = g.shapes.find((s) => s.id === 'ITA')!.label;
    expect(Math.hypot(vat.at[0] - ita[0], vat.at[1] - ita[1])).toBeGreaterThan(MARKER_RADIUS);
  });
});

describe('neighbour order', () => {
  const g = mapGeometry(countries);
  const n = (id: string) => g.neighbours.get(id)!;

  it('moves in the direction of the arrow', () => {
    for (const [id, row] of g.neighbours) {
      const [x, y] = g.centre.get(id)!;
      if (row.right) expect(g.centre.get(row.right)![0]).toBeGreaterThan(x);
      if (row.left) expect(g.centre.get(row.left)![0]).toBeLessThan(x);
      if (row.up) expect(g.centre.get(row.up)![1]).toBeLessThan(y);
      if (row.down) expect(g.centre.get(row.down)![1]).toBeGreaterThan(y);
    }
  });

  it('prefers the nearest country in that direction', () => {
    expect(n('PRT').right).toBe('ESP');
    expect(n('ESP').left).toBe('PRT');
    expect(['AND', 'FRA']).toContain(n('ESP').right);
    expect(['CAN', 'GRL']).toContain(n('USA').up);
    expect(n('USA').down).toBe('MEX');
    // France borders Brazil through French Guiana; Right from Brazil should still cross the Atlantic, not jump to Paris
    expect(n('BRA').right).not.toBe('FRA');
  });

  it('reaches every UN member and observer from anywhere on the map', () => {
    const from = reachableFrom(g.neighbours, 'AFG');
    expect(stateIds.filter((id) => !from.has(id))).toEqual([]);
    const fromTuvalu = reachableFrom(g.neighbours, 'TUV');
    expect(stateIds.filter((id) => !fromTuvalu.has(id))).toEqual([]);
  });
});
