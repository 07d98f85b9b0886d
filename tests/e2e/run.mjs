#!/usr/bin/env node
// Browser tests in real Chromium against the production build.
//   npm run test:e2e                   build into a temp folder, serve it, run every journey
//   npm run test:e2e -- lens record    only journeys whose file or name contains one of the words
//   E2E_DIST=dist npm run test:e2e     serve an existing build instead of building
//   UPDATE_SNAPSHOTS=1 npm run test:e2e -- snapshots   rewrite tests/e2e/snapshots/ (review the diff)
// Prints one line per journey and ends with "N passed, N failed"; exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, prepareBuild } from './lib/build.mjs';
import { serve } from './lib/server.mjs';
import { registered, runOne, setCurrentFile } from './lib/harness.mjs';

const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');
const words = process.argv.slice(2).map((w) => w.toLowerCase());

const dir = path.join(ROOT, 'tests/e2e/journeys');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  setCurrentFile(f);
  await import(pathToFileURL(path.join(dir, f)).href);
}
const chosen = registered().filter((t) => !words.length || words.some((w) => t.file.toLowerCase().includes(w) || t.name.toLowerCase().includes(w)));
if (!chosen.length) { console.error(`no journey matches ${words.join(' ')}`); process.exit(2); }

let build, server, browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  build?.cleanup();
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup().finally(() => process.exit(130)); });

let passed = 0, failed = 0, skipped = 0;
try {
  build = prepareBuild('e2e');
  server = await serve(build.dir, Number(process.env.E2E_PORT || 0));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(`serving ${build.dir} at ${server.url}\n`);
  for (const t of chosen) {
    const started = Date.now();
    const r = await runOne(t, { browser, baseURL: server.url });
    const ms = `${Date.now() - started} ms`;
    if (r.skipped) { skipped++; console.log(`  - skip  ${t.file} › ${t.name}\n          reason: ${r.skipped}`); }
    else if (r.ok) { passed++; console.log(`  ✓ pass  ${t.file} › ${t.name} (${ms})`); }
    else {
      failed++;
      // The message (with console errors and the screenshot path added after the throw) and where in the journey.
      const where = String(r.error?.stack ?? '').split('\n').find((l) => l.includes('/journeys/'))?.trim() ?? '';
      const text = `${r.error?.message ?? r.error}${where ? `\n${where}` : ''}`;
      console.log(`  ✗ FAIL  ${t.file} › ${t.name} (${ms})\n${text.split('\n').slice(0, 30).map((l) => `          ${l}`).join('\n')}`);
    }
  }
} catch (e) {
  console.error(e);
  failed++;
} finally {
  await cleanup();
}
console.log('');
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
