import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { byId, dataset, graphNodes, mapMarks, marks } from '../lib/app.mjs';

test('load: every country on the map, labelled, with a status; marks for data, map and graph', async ({ open }) => {
  const page = await open('/');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  const map = await mapMarks(page);
  const ids = byId(map);
  assert.ok(ids.size >= 195, `expected ≥195 distinct data-iso3 on the map, found ${ids.size}`);
  const names = dataset().names;
  for (const m of map) {
    assert.ok(m.label && m.label.trim(), `map mark ${m.id} has no aria-label`);
    if (names[m.id]) assert.ok(m.label.startsWith(names[m.id]), `aria-label of ${m.id} should begin with "${names[m.id]}", is "${m.label}"`);
    assert.ok(m.status, `map mark ${m.id} has no data-status`);
  }
  // Marks exist once each (contract).
  const counts = await page.evaluate(() => ['data:ready', 'map:painted', 'graph:painted'].map((n) => performance.getEntriesByName(n, 'mark').length));
  assert.deepEqual(counts, [1, 1, 1], 'each performance mark once');
  const nodes = await graphNodes(page);
  assert.ok(nodes.length > 0, 'graph nodes exist');
  for (const n of nodes) assert.ok(n.label && n.status, `graph node ${n.id} lacks aria-label or data-status`);
});

test('load: nothing the page fetches before the graph is painted holds zod (the shape guards are generated code)', async ({ open, baseURL }) => {
  const page = await open('/');
  await marks(page, ['graph:painted']);
  const before = await page.evaluate(() => {
    const painted = performance.getEntriesByName('graph:painted', 'mark')[0].startTime;
    return performance.getEntriesByType('resource').filter((r) => r.startTime < painted && /\.js$/.test(new URL(r.name).pathname)).map((r) => r.name);
  });
  assert.ok(before.length >= 3, `expected the main script and the first view's chunks, got ${before.join(', ')}`);
  // zod's schema objects all carry `_zod`; the deck's zod (after the first frame) and the bad-data path may load it later
  for (const url of before) assert.ok(!(await (await fetch(new URL(new URL(url).pathname, baseURL))).text()).includes('_zod'), `${url} holds zod`);
});

test('load: the dataset is the one the build checked (its SHA-256), so the first view does not check it again', async ({ open }) => {
  const page = await open('/');
  await marks(page, ['graph:painted']);
  const [proved, ready] = await page.evaluate(() => ['data:checked-by-build', 'data:ready'].map((n) => performance.getEntriesByName(n, 'mark')));
  assert.deepEqual([proved.length, ready.length], [1, 1], 'data:checked-by-build once, and data:ready once');
  assert.ok(proved[0].startTime <= ready[0].startTime, 'the proof comes before the data are ready');
});

test('load: the record\'s facts are not loaded for the first paint; a link that opens on a record shows its facts', async ({ open }) => {
  const page = await open('/');
  await marks(page, ['graph:painted']);
  // its own chunk, requested after the first frame (so a first click need not wait for it)
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /RecordFacts/.test(r.name)));
  const requested = await page.evaluate(() => performance.getEntriesByType('resource').find((r) => /RecordFacts/.test(r.name)).startTime
    - performance.getEntriesByName('graph:painted', 'mark')[0].startTime);
  assert.ok(requested >= 0, `the facts chunk was requested ${-requested} ms before the graph was painted`);
  const linked = await open('/?sel=KOR');
  const region = linked.getByRole('region', { name: 'Country details' });
  await region.getByText(/voted against A\/RES\/74\/247/).waitFor();
  assert.equal(await region.getByRole('status').count(), 0, 'the record still says it is loading');
});
