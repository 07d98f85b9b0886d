// The real raw tables, read once, so tests can mutate a fresh copy of the built dataset or of one raw file.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, type RawFiles } from '../../src/data/build';
import type { Dataset } from '../../src/data/schema';

// Paths from the project root: under jsdom, import.meta.url is not a file URL.
const RAW = resolve(process.cwd(), 'data/raw');
export const ATLAS_FILE = resolve(process.cwd(), 'data/atlas.json');
export const rawFiles: RawFiles = Object.fromEntries(
  readdirSync(RAW).filter((f) => /\.(csv|json)$/.test(f)).map((f) => [f, readFileSync(resolve(RAW, f), 'utf8')]),
);
export const bundled: Dataset = JSON.parse(readFileSync(ATLAS_FILE, 'utf8'));
/** Markers as bundled, so rebuilding from mutated raw files needs no world-atlas work in tests. */
export const bundledMarkers = (iso: string) => bundled.countries.find((c) => c.isoNumeric === iso)?.marker;
export const freshDataset = (): Dataset => structuredClone(bundled);
export const buildWith = (file: string, edit: (text: string) => string): Dataset =>
  buildDataset({ ...rawFiles, [file]: edit(rawFiles[file]) }, bundledMarkers);
