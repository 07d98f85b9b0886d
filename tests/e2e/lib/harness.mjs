// A minimal test runner: journeys call test(name, fn); run.mjs runs them one by one, each in a fresh browser
// context, and fails a test on any console error, page error or request outside the page's origin.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

const tests = [];
let currentFile = '';
export const setCurrentFile = (f) => { currentFile = f; };
export const registered = () => tests;

/** Register a journey. fn receives { open, baseURL, browser }. */
export function test(name, fn, { timeout = 60_000 } = {}) {
  tests.push({ name, fn, timeout, file: currentFile });
}
/** A journey for a feature that does not exist yet: reported as skipped with its reason, never silently. */
test.skip = (name, reason) => tests.push({ name, skip: reason, file: currentFile });

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const slug = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

/** Runs one test; returns { ok, error, skipped }. */
export async function runOne(t, { browser, baseURL }) {
  if (t.skip) return { skipped: t.skip };
  const contexts = [];
  const problems = [];
  const pages = [];
  // Open a page in a fresh context with the origin guard. `url` is relative to the app unless absolute.
  // `before(context)` runs before the page loads (routes, init scripts); console and page errors matching `allow`
  // are the ones a journey provokes on purpose (a damaged build) and are not failures.
  const open = async (url = '', { viewport = { width: 1440, height: 900 }, guardOrigin, before, allow, ...ctxOpts } = {}) => {
    const ctx = await browser.newContext({ viewport, acceptDownloads: true, ...ctxOpts });
    contexts.push(ctx);
    ctx.setDefaultTimeout(10_000); // fail fast on a missing control rather than wait 30 s
    if (before) await before(ctx);
    const page = await ctx.newPage();
    pages.push(page);
    const target = /^[a-z]+:/.test(url) ? url : new URL(url, baseURL).href;
    const origin = guardOrigin ?? new URL(target).origin;
    const report = (text) => { if (!allow?.test(text)) problems.push(text); };
    page.on('console', (m) => { if (m.type() === 'error') report(`console error: ${m.text()}`); });
    // with the error's name: a journey that cuts a script allows any SyntaxError, whichever message the cut makes
    page.on('pageerror', (e) => report(`page error: ${e.name}: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('data:') || u.startsWith('blob:')) return;
      // A file:// page (origin "null") must load nothing but itself.
      const outside = origin === 'null' ? u.split(/[?#]/)[0] !== target.split(/[?#]/)[0] : new URL(u).origin !== origin;
      if (outside) problems.push(`request outside the page's origin: ${u}`);
    });
    await page.goto(target, { waitUntil: 'load' });
    return page;
  };
  let error = null;
  let timer;
  try {
    await Promise.race([
      t.fn({ open, baseURL, browser }),
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${t.timeout} ms`)), t.timeout); }),
    ]);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  if (!error && problems.length) error = new Error(problems.join('\n'));
  else if (error && problems.length) error.message += `\n${problems.join('\n')}`;
  if (error && pages.length) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, `${slug(t.name)}.png`);
    await pages.at(-1).screenshot({ path: shot }).then(() => { error.message += `\n  screenshot: ${path.relative(ROOT, shot)}`; }, () => {});
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  return { ok: !error, error };
}
