import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { axeSerious, formatViolations } from '../lib/axe.mjs';
import { GRAPH, MAP, RECORD, dataset, marks, waitParam } from '../lib/app.mjs';
import { present, threeStepDeck } from '../lib/briefing.mjs';

// axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
const AXE = { bypassCSP: true };

const noSerious = async (page, where) => {
  const v = await axeSerious(page);
  assert.equal(v.length, 0, `axe: ${v.length} serious/critical violation types on ${where}:\n${formatViolations(v)}`);
};

test('axe: main view (map, graph, legend) has no serious or critical violations', async ({ open }) => {
  const page = await open('/', AXE);
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  await noSerious(page, 'the main view');
});

test('axe: country record has no serious or critical violations', async ({ open }) => {
  const page = await open('/?sel=KOR&cmp=KOR,USA', AXE);
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  await page.locator(RECORD).waitFor({ timeout: 5000 });
  await noSerious(page, 'the record');
});

test('axe: table view has no serious or critical violations', async ({ open }) => {
  const page = await open('/?lens=unga-74-247&f=unga-74-247:no', AXE);
  await marks(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('tabpanel', { name: 'Table' }).getByRole('table').waitFor({ timeout: 5000 });
  await noSerious(page, 'the table view');
});

test('axe: presentation mode has no serious or critical violations', async ({ open }) => {
  const page = await open('/', AXE);
  await marks(page);
  await threeStepDeck(page);
  await present(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step'), null, { timeout: 5000 });
  await page.waitForTimeout(300);
  await noSerious(page, 'presentation mode');
});

/** Presses Tab until `pred` holds for the focused element (at most `max` times). */
async function tabUntil(page, pred, arg, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred, arg)) return true;
  }
  return false;
}


test('keyboard only: Tab into the map, arrow keys to a micro-state, Enter selects it; then a graph node', async ({ open }) => {
  const page = await open('/');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  const inMap = await tabUntil(page, (s) => !!document.activeElement?.closest(s) && document.activeElement.hasAttribute('data-iso3'), MAP);
  assert.ok(inMap, 'Tab reaches a country on the map');
  // Walk towards a micro-state: pick the arrow that points at the target (greedy), trying targets in turn.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
  let reached = null;
  const MICRO = dataset().markers;
  for (const target of new Set(['AND', 'MLT', 'VAT', 'SMR', 'LIE', 'MCO', ...MICRO].filter((id) => MICRO.includes(id)))) {
    if (!(await page.locator(`${MAP} [data-iso3="${target}"]`).count())) continue;
    const seen = new Map();
    for (let i = 0; i < 120 && !reached; i++) {
      const id = await focused();
      if (MICRO.includes(id)) { reached = id; break; } // any small-state marker will do
      const d = await page.evaluate(([s, t]) => {
        const c = (e) => { const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; };
        const [ax, ay] = c(document.activeElement);
        const [bx, by] = c(document.querySelector(`${s} [data-iso3="${t}"]`));
        return [bx - ax, by - ay];
      }, [MAP, target]);
      const tries = seen.get(id) ?? 0;
      seen.set(id, tries + 1);
      const horiz = Math.abs(d[0]) > Math.abs(d[1]);
      // On a revisit, try the other axis, then the remaining directions, to get past dead ends.
      const order = horiz ? [d[0] > 0 ? 'ArrowRight' : 'ArrowLeft', d[1] > 0 ? 'ArrowDown' : 'ArrowUp']
        : [d[1] > 0 ? 'ArrowDown' : 'ArrowUp', d[0] > 0 ? 'ArrowRight' : 'ArrowLeft'];
      order.push(...['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].filter((k) => !order.includes(k)));
      await page.keyboard.press(order[tries % 4]);
      if (!(await focused())) break; // focus left the map
    }
    if (reached) break;
  }
  assert.ok(reached, `arrow keys reach a micro-state marker (stopped at ${await focused()})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('sel') === id, reached, { timeout: 5000 });
  assert.equal(await page.locator(`${MAP} [data-iso3="${reached}"][data-selected="true"]`).count() > 0, true);
  // Onwards to the graph with Tab only.
  const inGraph = await tabUntil(page, (s) => !!document.activeElement?.closest(s) && document.activeElement.hasAttribute('data-node-id'), GRAPH, 150);
  assert.ok(inGraph, 'Tab reaches a graph node');
  const node = await page.evaluate(() => document.activeElement.getAttribute('data-node-id'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('sel') === id, node, { timeout: 5000 });
  assert.equal(await waitParam(page, 'sel', node), node);
  assert.equal(await page.locator(`${GRAPH} [data-node-id="${node}"][data-selected="true"]`).count() > 0, true);
}, { timeout: 120_000 });
