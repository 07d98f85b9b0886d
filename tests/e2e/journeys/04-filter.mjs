import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { MAP, byId, dataset, graphNodes, mapMarks, marks, waitParam } from '../lib/app.mjs';

const undimmed = (list) => [...byId(list).values()].filter((m) => !m.dimmed);

test('filter from the URL: ?lens=unga-74-247&f=unga-74-247:no leaves exactly 60 undimmed map countries', async ({ open }) => {
  const page = await open('/?lens=unga-74-247&f=unga-74-247:no');
  await marks(page);
  await page.waitForFunction(() => document.querySelector('.view-map [data-dimmed="true"]'), null, { timeout: 5000 });
  const left = undimmed(await mapMarks(page));
  assert.equal(left.length, 60, `undimmed: ${left.length}`);
  assert.ok(left.every((m) => m.status === 'no'), 'every undimmed country voted no');
  const no = Object.entries(dataset().status['unga-74-247']).filter(([, s]) => s === 'no').map(([id]) => id).sort();
  assert.deepEqual(left.map((m) => m.id).sort(), no, 'exactly the states the dataset records as voting no');
});

test('filter AND across dimensions (budapest:party;unga-74-247:yes) dims the graph too, in agreement with the map', async ({ open }) => {
  const page = await open('/?f=budapest:party;unga-74-247:yes');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  await page.waitForFunction(() => document.querySelector('.view-graph [data-dimmed="true"]'), null, { timeout: 5000 });
  const map = byId(await mapMarks(page));
  const left = [...map.values()].filter((m) => !m.dimmed).map((m) => m.id).sort();
  assert.ok(left.length > 0 && left.length < 80, `a non-empty proper subset of parties matches (${left.length})`);
  const nodes = [...byId(await graphNodes(page)).values()].filter((n) => map.has(n.id));
  const nodeLeft = nodes.filter((n) => !n.dimmed).map((n) => n.id).sort();
  assert.ok(nodes.some((n) => n.dimmed), 'graph country nodes are dimmed');
  assert.deepEqual(nodeLeft, left.filter((id) => nodes.some((n) => n.id === id)), 'graph and map agree on who matches');
});

test('legend click filters to a class; the count is said in words; one click clears', async ({ open }) => {
  const page = await open('/?lens=unga-74-247');
  await marks(page);
  await page.locator(`${MAP} [data-legend-class="no"], [data-legend-class="no"]`).first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('f') === 'unga-74-247:no', null, { timeout: 5000 });
  await page.waitForFunction(() => document.querySelector('.view-map [data-dimmed="true"]'), null, { timeout: 5000 });
  assert.equal(undimmed(await mapMarks(page)).length, 60);
  const words = await page.getByRole('group', { name: 'Filters' }).innerText();
  assert.match(words, /74\/247/, 'the filter is said in words');
  assert.match(words, /\b60( of \d+)? (states|countries)/, 'with its live count');
  await page.getByRole('button', { name: /clear/i }).first().click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('f'), null, { timeout: 5000 });
  assert.equal((await mapMarks(page)).filter((m) => m.dimmed).length, 0, 'nothing dimmed after clearing');
});

test('garbage in f, sel, lens, t, cmp is ignored with a notice; the page still works', async ({ open }) => {
  const page = await open('/?lens=nonsense&sel=%3Cscript%3E&f=foo:bar;;budapest:nope;unga-74-247&t=2099-13-45&cmp=XXX,,KOR&step=-1&z=a,b');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  const map = byId(await mapMarks(page));
  assert.ok(map.size >= 195);
  assert.equal([...map.values()].filter((m) => m.dimmed || m.selected).length, 0, 'no filter, no selection');
  const budapest = dataset().status.budapest;
  for (const [iso, m] of map) if (budapest[iso]) assert.equal(m.status, budapest[iso], `${iso} coloured by the default lens`);
  assert.equal(await waitParam(page, 'lens', null), null);
  assert.equal(await waitParam(page, 'sel', null), null);
  assert.equal(await waitParam(page, 't', null), null);
  assert.match(await page.locator('body').innerText(), /Ignored/i, 'a quiet notice says what was ignored');
  // Still interactive.
  await page.locator(`${MAP} [data-iso3="KOR"]`).last().click({ force: true });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'KOR', null, { timeout: 5000 });
});
