import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { GRAPH, MAP, marks } from '../lib/app.mjs';
import { compareSnapshot, normalisedSvg } from '../lib/snapshot.mjs';

const LENSES = ['budapest', 'budapest-p1', 'budapest-p2', 'un-convention', 'unga-74-247', 'unga-73-187'];

test('rendered snapshots: map and graph SVG under each lens match the committed snapshots', async ({ open }) => {
  const page = await open('/');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  await page.mouse.move(0, 0);
  const problems = [];
  for (const lens of LENSES) {
    await page.getByLabel('Colour the map by').selectOption(lens);
    await page.waitForTimeout(300);
    for (const [view, scope, marker] of [['map', MAP, '[data-iso3]'], ['graph', GRAPH, '[data-node-id]']]) {
      const svg = await normalisedSvg(page, scope, marker);
      if (svg === null) { problems.push(`${view}: no <svg> holding ${marker}`); continue; }
      const d = compareSnapshot(`${view}-${lens}`, svg);
      if (d) problems.push(d);
    }
  }
  assert.equal(problems.length, 0, problems.join('\n'));
}, { timeout: 120_000 });
