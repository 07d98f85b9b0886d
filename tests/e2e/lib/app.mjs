// Page helpers that read the app only through its public contract (../shared/design/CONTRACT.md).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './build.mjs';

export const MAP = '.view-map';
export const GRAPH = '.view-graph';
export const RECORD = '[role="region"][aria-label="Country details"]';

let expected;
/** What the dataset says, computed by the app's own pure modules (lib/expected.ts). */
export function dataset() {
  expected ??= JSON.parse(execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'tests/e2e/lib/expected.ts')], { cwd: ROOT, encoding: 'utf8' }));
  return expected;
}

/** Waits until the named performance marks exist. */
export async function marks(page, names = ['data:ready', 'map:painted'], timeout = 20_000) {
  await page.waitForFunction((n) => n.every((m) => performance.getEntriesByName(m, 'mark').length > 0), names, { timeout });
}

const readMarks = (page, sel, attr) => page.evaluate(({ sel, attr }) => [...document.querySelectorAll(sel)].map((e) => ({
  id: e.getAttribute(attr), status: e.getAttribute('data-status'), label: e.getAttribute('aria-label'),
  selected: e.getAttribute('data-selected') === 'true', dimmed: e.getAttribute('data-dimmed') === 'true',
  highlighted: e.getAttribute('data-highlighted') === 'true',
})), { sel, attr });
/** Every map mark ({id: iso3, status, label, flags}); micro-states may have both a shape and a marker. */
export const mapMarks = (page) => readMarks(page, `${MAP} [data-iso3]`, 'data-iso3');
export const graphNodes = (page) => readMarks(page, `${GRAPH} [data-node-id]`, 'data-node-id');

/** One entry per distinct id (the first mark wins; all marks of an id must agree, checked by byIdConsistent). */
export function byId(list) {
  const m = new Map();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}
export function countStatus(list) {
  const c = {};
  for (const x of byId(list).values()) c[x.status] = (c[x.status] ?? 0) + 1;
  return c;
}

/** Legend: class → the count it shows (the last integer in its text). */
export const legendCounts = (page) => page.evaluate((mapSel) => {
  const scope = document.querySelector(`${mapSel} [data-legend-class]`) ? document.querySelector(mapSel) : document;
  const out = {};
  for (const e of scope.querySelectorAll('[data-legend-class]')) {
    const nums = (e.textContent ?? '').replace(/[\u202f\u00a0,]/g, '').match(/\d+/g);
    out[e.getAttribute('data-legend-class')] = nums ? Number(nums.at(-1)) : null;
  }
  return out;
}, MAP);

export const param = (page, name) => new URL(page.url()).searchParams.get(name);
/** The address is written after the frame that shows a change (store/useUrlSync.ts): waits until `name` has `value`
 *  (5 s at most), then returns what it has, for the caller's assertion to report. */
export async function waitParam(page, name, value, timeout = 5_000) {
  await page.waitForFunction(([n, v]) => new URLSearchParams(location.search).get(n) === v, [name, value], { timeout }).catch(() => {});
  return param(page, name);
}

/** Clicks the visible map mark of a country (a shape or a small-state marker). */
export async function clickCountry(page, iso3) {
  const el = page.locator(`${MAP} [data-iso3="${iso3}"]`).last();
  await el.click({ force: true });
}
export async function clickNode(page, id) {
  await page.locator(`${GRAPH} [data-node-id="${id}"]`).first().click({ force: true });
}
export async function waitAttr(page, selector, attr, value = 'true', timeout = 5_000) {
  await page.waitForFunction(([s, a, v]) => [...document.querySelectorAll(s)].some((e) => e.getAttribute(a) === v), [selector, attr, value], { timeout });
}

/** A built chunk's address, whatever its query: a chunk that failed is asked for again as `?retry=n`
 *  (scripts/vite-fresh-imports.ts), so a route that cuts a chunk off must match that too. `name`: a regex source. */
export const chunkUrl = (name) => new RegExp(`/assets/${name}-[^/?]+\\.js(\\?|$)`);

