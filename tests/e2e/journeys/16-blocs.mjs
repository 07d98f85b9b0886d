// Issue 16: a bloc outlined on the map at its members of the date, a bloc selected like an entity (members lit on map
// and network, its record), and the graph panel's view (matrix, grouping, outline) carried by the link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from '../lib/harness.mjs';
import { ROOT } from '../lib/build.mjs';
import { GRAPH, MAP, RECORD, byId, dataset, graphNodes, mapMarks, marks, waitParam } from '../lib/app.mjs';

// Oracle: the dataset's membership rows, read here without the app's code (observers are not members).
const memberships = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/atlas.json'), 'utf8')).memberships;
const membersAt = (bloc, t) => new Set(memberships
  .filter((m) => m.bloc === bloc && m.status !== 'observer' && m.since && m.since <= t && (!m.until || m.until > t))
  .map((m) => m.country));

/** Whether a country's label point (the centre of its hit box, always inside the shape) lies inside the drawn bloc
 *  outline; both are in the zoomed group's units. */
const insideOutline = (page, iso3) => page.evaluate(({ map, iso3 }) => {
  const line = document.querySelector(`${map} .map-bloc-outline .bloc-line`);
  const box = document.querySelector(`${map} [data-iso3="${iso3}"] .map-hitbox`);
  if (!line || !box) return null;
  const b = box.getBBox();
  return line.isPointInFill(new DOMPoint(b.x + b.width / 2, b.y + b.height / 2));
}, { map: MAP, iso3 });

test('the EU outline on the map follows accession: Poland outside on 2004-04-30, inside on 2004-05-01', async ({ open }) => {
  for (const [t, polandIn] of [['2004-04-30', false], ['2004-05-01', true]]) {
    const page = await open(`/?outline=eu&t=${t}`);
    await marks(page);
    const g = page.locator(`${MAP} .map-bloc-outline[data-bloc="eu"]`);
    await g.waitFor({ state: 'attached' });
    assert.equal(Number(await g.getAttribute('data-members')), membersAt('eu', t).size, `EU members on ${t}`);
    assert.equal(await insideOutline(page, 'POL'), polandIn, `Poland inside the EU outline on ${t}`);
    assert.equal(await insideOutline(page, 'DEU'), true, `Germany inside on ${t}`);
    assert.equal(await insideOutline(page, 'NOR'), false, `Norway outside on ${t}`);
    // members drawn as markers are ringed (Malta, from 2004-05-01)
    const ringed = await page.evaluate((map) => [...document.querySelectorAll(`${map} .map-marker-halo[data-in-bloc="true"]`)]
      .map((h) => h.parentElement.querySelector('[data-iso3]').getAttribute('data-iso3')), MAP);
    assert.deepEqual(ringed.sort(), dataset().markers.filter((id) => membersAt('eu', t).has(id)).sort(), `member markers ringed on ${t}`);
    assert.equal(ringed.includes('MLT'), polandIn);
    // the network's hull is the same choice
    assert.equal(await page.locator(`${GRAPH} .bloc-outline[data-bloc="eu"]`).count(), 1, 'network outline shown');
  }
});

test('the outline picker drives map and network and is in the link; "none" removes it', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await page.locator(`${MAP} .map-bloc-control select`).selectOption('au');
  await page.locator(`${MAP} .map-bloc-outline[data-bloc="au"]`).waitFor({ state: 'attached' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('outline') === 'au');
  assert.equal(await page.locator(`${GRAPH} .bloc-outline[data-bloc="au"]`).count(), 1);
  assert.equal(await insideOutline(page, 'NGA'), true, 'Nigeria inside the AU outline');
  assert.equal(await insideOutline(page, 'FRA'), false, 'France outside the AU outline');
  await page.locator(`${MAP} .map-bloc-control select`).selectOption('');
  await page.waitForFunction((map) => !document.querySelector(`${map} .map-bloc-outline`), MAP);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('outline'));
});

test('sel=bloc:eu lights exactly the members of the date on map and graph, with the bloc\'s record', async ({ open }) => {
  const t = '2004-05-01';
  const page = await open(`/?sel=bloc:eu&t=${t}`);
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  const members = membersAt('eu', t);
  await page.waitForFunction((map) => document.querySelectorAll(`${map} [data-highlighted="true"]`).length > 0, MAP);
  const lit = [...byId(await mapMarks(page)).values()].filter((m) => m.highlighted).map((m) => m.id).sort();
  assert.deepEqual(lit, [...members].sort(), 'map lights the members');
  const nodes = byId(await graphNodes(page));
  const litNodes = [...nodes.values()].filter((n) => n.highlighted).map((n) => n.id).sort();
  assert.deepEqual(litNodes, [...members].filter((id) => nodes.has(id)).sort(), 'graph lights the members');
  assert.equal(nodes.get('POL')?.highlighted, true);
  const record = page.locator(RECORD);
  await record.getByRole('heading', { level: 2, name: 'European Union' }).waitFor();
  // the members' count is the record's count mark after the heading's words (session 23), not "(25)"
  assert.equal(await record.getByRole('heading', { level: 3 }).first().locator('.count').innerText(), String(members.size));
  // the legend of the outline selects the bloc too, and a second click clears it (the one click rule)
  const before = await open('/?outline=au');
  await marks(before);
  await before.locator('[data-legend-bloc="au"]').click();
  await before.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'bloc:au');
  await before.locator(`${RECORD}[data-bloc="au"]`).waitFor();
  await before.locator('[data-legend-bloc="au"]').click();
  await before.waitForFunction(() => !new URL(location.href).searchParams.has('sel'));
});

test('a bloc is found by search and selected', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill('African Union');
  // the bloc, not the African Union's organisation node (a party to the Malabo Convention)
  await page.getByRole('option', { name: /African Union.*\(bloc\)/ }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'bloc:au');
  await page.waitForFunction((map) => document.querySelector(`${map} [data-iso3="NGA"]`)?.getAttribute('data-highlighted') === 'true', MAP);
});

test('the matrix view, its row order and the bloc grouping come back from the link; garbage gets a notice and the network', async ({ open }) => {
  const page = await open('/?graph=matrix&group=bloc&rows=region');
  await marks(page);
  await page.locator(`${GRAPH} table.matrix`).waitFor();
  const rowsBy = page.getByRole('combobox', { name: 'Rows by' });
  assert.equal(await rowsBy.inputValue(), 'region', 'row order from the link');
  await rowsBy.selectOption('bloc');
  assert.equal(await waitParam(page, 'rows', 'bloc'), 'bloc', 'row order written to the link');
  assert.equal(await page.getByRole('button', { name: 'Matrix' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Network' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('graph'));
  assert.equal(await waitParam(page, 'group', 'bloc'), 'bloc', 'grouping kept');
  assert.equal(await page.locator(`${GRAPH} select`).first().inputValue(), 'bloc');
  const bad = await open('/?graph=hairball');
  await marks(bad, ['data:ready', 'map:painted', 'graph:painted']);
  await bad.getByText(/Ignored graph view “\u2068hairball\u2069”/).waitFor();
  assert.equal(await bad.locator(`${GRAPH} table.matrix`).count(), 0);
});
