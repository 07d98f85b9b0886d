import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import atlasJson from '../../data/atlas.json';
import { packDataset, unpackDataset, type PackedTable } from './packed';

const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('packed dataset', () => {
  it('unpacks to data/atlas.json exactly (same JSON text, key order included)', () => {
    const packed = viaJson(packDataset(atlasJson as Record<string, unknown>));
    expect(JSON.stringify(unpackDataset(packed))).toBe(JSON.stringify(atlasJson));
    expect((packed.countries as PackedTable).$columns.id).toEqual((atlasJson.countries as { id: string }[]).map((c) => c.id));
  });

  it('is smaller after gzip than the record form', () => {
    const gz = (v: unknown) => gzipSync(JSON.stringify(v), { level: 9 }).length;
    expect(gz(packDataset(atlasJson as Record<string, unknown>))).toBeLessThan(gz(atlasJson) * 0.95);
  });

  it('keeps optional keys absent, origin runs across files and jumps, and other values as they are', () => {
    const d = {
      title: 'x',
      gaps: ['a', 'b'],
      facts: [
        { id: 'a', n: 1, origin: 'a.csv:2' },
        { id: 'b', note: 'n', n: 2, origin: 'a.csv:3' },
        { id: 'c', n: 3, extra: [1, { k: true }], origin: 'a.csv:9' },
        { id: 'd', note: 'm', n: 4, origin: 'b.csv:2' },
      ],
    };
    const packed = viaJson(packDataset(d));
    expect(packed.facts.$columns.origin).toEqual(['a.csv:2', 0, 9, 'b.csv:2']);
    expect(JSON.stringify(unpackDataset(packed))).toBe(JSON.stringify(d));
  });

  it('leaves a list as records when columns could not restore it (a real null)', () => {
    const d = { rows: [{ a: 1, b: null }, { a: 2 }] };
    const packed = viaJson(packDataset(d));
    expect(packed.rows).toEqual(d.rows);
    expect(unpackDataset(packed)).toEqual(d);
  });
});
