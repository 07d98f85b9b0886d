// Reads data/raw into memory and computes the micro-state markers from the finer world-atlas layers.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { RawFiles, MarkerLookup } from '../src/data/build';

export const RAW_DIR = new URL('../data/raw/', import.meta.url);
export const ATLAS_PATH = new URL('../data/atlas.json', import.meta.url);

export function readRawFiles(): RawFiles {
  return Object.fromEntries(
    readdirSync(RAW_DIR).filter((f) => /\.(csv|json)$/.test(f)).map((f) => [f, readFileSync(new URL(f, RAW_DIR), 'utf8')]),
  );
}

/** Centroids from the 50m layer, or the 10m layer for the few (Tuvalu) that even 50m leaves out; rounded to 0.01°. */
export function markerLookup(): MarkerLookup {
  const require = createRequire(import.meta.url);
  const drawn = new Set(
    ((require('world-atlas/countries-110m.json') as Topology).objects.countries as GeometryCollection).geometries.map((g) => String(g.id)),
  );
  const layers = ['world-atlas/countries-50m.json', 'world-atlas/countries-10m.json'].map((p) => require(p) as Topology);
  return (isoNumeric) => {
    if (drawn.has(isoNumeric)) return undefined;
    for (const topo of layers) {
      const coll = topo.objects.countries as GeometryCollection;
      const geom = coll.geometries.find((g) => String(g.id) === isoNumeric);
      if (!geom) continue;
      const [lon, lat] = geoCentroid(feature(topo, geom) as GeoJSON.Feature);
      return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
    }
    return undefined;
  };
}
