// @vitest-environment node
// The first view's core is either the very one the build checked (proved by its SHA-256) or checked in the page.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import packedText from '../../data/atlas.json?packed';
import checkedCoreDigestOfBuild, { layoutKey as layoutKeyOfBuild } from 'virtual:checked-core-digest';
import { layoutKey, readyLayout } from '../../src/graph/layout';
import { provenFacts, rememberProven } from '../../src/data/provenCore';
import { checkedCoreDigest, packedDataset } from '../../scripts/vite-packed-dataset';
import { openDataset } from '../../src/data/openDataset';
import { validateAndNormalise } from '../../src/data/loadDataset';
import { unpackDataset } from '../../src/data/packed';
import { DatasetError, DatasetLoadError } from '../../src/data/datasetError';
import { ATLAS_FILE, freshDataset } from './dataFixture';

const checkedByBuild = () => performance.getEntriesByName('data:checked-by-build', 'mark').length > 0;
const copyOfCore = () => JSON.parse(packedText) as Record<string, unknown> & { asOf: string; title: string };
/** A core as the page receives it: its JSON text. */
const textOf = (core: unknown) => JSON.stringify(core);

beforeEach(() => performance.clearMarks());
afterEach(() => vi.unstubAllGlobals());

describe("the build's check of the core", () => {
  it("is bound to the SHA-256 of the JSON text the packed module ships (node's own hash as the oracle)", async () => {
    // the plugin as a build uses it (its configResolved not called: not under vitest, where the module is JSON.parse of the same text)
    const plugin = packedDataset() as { load: (id: string) => Promise<{ code: string } | null> };
    const module = await plugin.load.call({ addWatchFile: () => undefined, error: (m: string) => { throw new Error(m); } }, `${ATLAS_FILE}?packed`);
    const literal = /^export default ('.*');\n$/s.exec(module!.code)![1];
    const text = new Function(`return ${literal}`)() as string;
    expect(text).toBe(packedText);
    expect(checkedCoreDigestOfBuild).toBe(createHash('sha256').update(text).digest('hex'));
    expect(await checkedCoreDigest(freshDataset())).toEqual({ digest: checkedCoreDigestOfBuild, layoutKey: layoutKeyOfBuild });
  });

  it("names the network layout key of the core it checked, as the page would compute it on the atlas it opens", async () => {
    const atlas = await openDataset(packedText);
    expect(layoutKeyOfBuild).toBe(layoutKey(atlas));
    expect(provenFacts(atlas)).toEqual({ layoutKey: layoutKeyOfBuild });
  });

  it('fails rather than giving no digest where the build has no Web Crypto (a page without it would take any core)', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(checkedCoreDigest(freshDataset())).rejects.toThrow(/needs Web Crypto/);
  });

  it('gives no digest, only the checker\'s messages, for a core that fails a rule', async () => {
    const d = freshDataset();
    d.treaties[0] = { ...d.treaties[0], signed: '2031-02-30' };
    const checked = await checkedCoreDigest(d);
    expect('digest' in checked).toBe(false);
    expect('issues' in checked && checked.issues.some((m) => m.includes('"signed" = "2031-02-30"') && m.includes('impossible date'))).toBe(true);
  });
});

describe('the page opens the core', () => {
  it('the one the build checked: normalised without the validator, and the same atlas the validator makes', async () => {
    const atlas = await openDataset(packedText);
    expect(checkedByBuild()).toBe(true);
    expect(atlas).toEqual(await validateAndNormalise(unpackDataset(copyOfCore())));
  });

  it('a core changed after the build but still valid: checked in the page, then opened', async () => {
    const core = copyOfCore();
    core.title = `${core.title} (copy)`;
    const atlas = await openDataset(textOf(core));
    expect(checkedByBuild()).toBe(false);
    // nothing the build proved is taken for it: its layout is keyed in the page
    expect(provenFacts(atlas)).toBeUndefined();
    expect(atlas.dataset.title).toBe(core.title);
  });

  it('a core changed after the build with a wrong value: refused with the field named', async () => {
    const core = copyOfCore();
    core.asOf = 'Feb 2026';
    const error = await openDataset(textOf(core)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(String((error as DatasetError).message)).toMatch(/field "asOf" = "Feb 2026"/);
    expect(checkedByBuild()).toBe(false);
  });

  it('a core cut short or damaged in its file: said as a file that cannot be read, not a crash', async () => {
    const error = await openDataset(packedText.slice(0, 5000)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(checkedByBuild()).toBe(false);
  });

  it('when the digest fails (Web Crypto there but refusing): checked in the page, not a crash', async () => {
    vi.stubGlobal('crypto', { subtle: { digest: () => Promise.reject(new Error('NotSupportedError')) } });
    const atlas = await openDataset(packedText);
    expect(checkedByBuild()).toBe(false);
    expect(atlas.countries.length).toBeGreaterThan(190);
  });

  it('on a page without Web Crypto (plain http from another host): checked in the page', async () => {
    vi.stubGlobal('crypto', undefined);
    const atlas = await openDataset(packedText);
    expect(checkedByBuild()).toBe(false);
    expect(atlas.countries.length).toBeGreaterThan(190);
  });
});

describe("the shipped network layout for the build's core", () => {
  it('is taken by the key the build gave, without building the layout graph or hashing it again', async () => {
    const atlas = await openDataset(packedText);
    // the same atlas, but reading what the layout graph and the key are made from fails
    const sealed = new Proxy(atlas, { get: (t, k) => { if (k === 'edges' || k === 'countryById' || k === 'membershipsByCountry') throw new Error(`read ${String(k)}`); return Reflect.get(t, k); } });
    rememberProven(sealed, { layoutKey: layoutKeyOfBuild });
    expect(readyLayout(sealed)?.size).toBe(readyLayout(atlas)?.size);
    expect(readyLayout(sealed)!.get('KOR')).toEqual(readyLayout(atlas)!.get('KOR'));
    // without the proof, the key is computed from those fields
    expect(() => readyLayout(new Proxy(atlas, { get: (t, k) => { if (k === 'edges') throw new Error('read edges'); return Reflect.get(t, k); } }))).toThrow('read edges');
  });

  it('is refused when the proven key is not the shipped layout\'s (a layout file older than the data)', async () => {
    const atlas = await openDataset(packedText);
    const other = { ...atlas };
    rememberProven(other, { layoutKey: 'not-the-shipped-key' });
    expect(readyLayout(other)).toBeNull();
  });
});
