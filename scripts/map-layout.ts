// npm run map:layout — precomputes the map's label points, hit boxes, markers, arrow-key table, fitted projection,
// sphere and the polygons at the antimeridian into
// src/geo/mapLayout.generated.json (see geo/mapLayout.ts). Rerun after `npm run data:build` (a test fails when stale).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';
import { mapLayoutKeyOf } from '../src/geo/mapGeometry';
import { clippedPolygons, computeMapGeometry } from '../src/geo/mapGeometryComputed';
import { serialiseMapLayout } from '../src/geo/mapLayout';
import { worldTopology } from '../src/geo/topology';
import { mergedEntityShapes } from '../src/geo/topologyMerge';

const { countries } = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Dataset;
const start = performance.now();
const g = computeMapGeometry(countries);
const ms = performance.now() - start;
writeFileSync('src/geo/mapLayout.generated.json', `${JSON.stringify(serialiseMapLayout(mapLayoutKeyOf(countries), g, clippedPolygons(countries), mergedEntityShapes(worldTopology, countries)))}\n`);
console.log(`src/geo/mapLayout.generated.json: ${g.shapes.length} shapes, ${g.markers.length} markers, computed in ${ms.toFixed(0)} ms`);
