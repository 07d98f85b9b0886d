import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '../lib/harness.mjs';
import { ROOT, viteBuild } from '../lib/build.mjs';
import { byId, graphNodes, mapMarks, marks } from '../lib/app.mjs';

/** E2E_SINGLE=<file> tests that file; otherwise the single-file build is made in a temp folder. */
function singleFile() {
  if (process.env.E2E_SINGLE) return { file: path.resolve(process.env.E2E_SINGLE), cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-single-'));
  viteBuild(dir, ['--mode', 'single']);
  // the same post-step as `npm run build:single` (inlines what vite leaves as separate files)
  const post = path.join(ROOT, 'scripts/inline-single.ts');
  if (fs.existsSync(post)) execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [post, dir], { cwd: ROOT, stdio: 'inherit' });
  return { file: path.join(dir, 'index.html'), dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

test('single-file build: index.html from file:// shows map (≥195) and graph with zero network requests', async ({ open }) => {
  const { file, dir, cleanup } = singleFile();
  try {
    if (dir) {
      const others = fs.readdirSync(dir, { recursive: true }).filter((f) => f !== 'index.html' && fs.statSync(path.join(dir, f)).isFile());
      assert.deepEqual(others, [], 'the single-file build writes index.html only');
    }
    const requests = [];
    const page = await open(pathToFileURL(file).href, { guardOrigin: 'null' });
    page.on('request', (r) => requests.push(r.url()));
    await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
    assert.ok(byId(await mapMarks(page)).size >= 195, 'map drawn');
    assert.ok((await graphNodes(page)).length >= 150, 'graph drawn');
    assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')), [], 'no requests after load');
    // the facts' notes, which follow the first paint with the sources' texts (data/notes.ts), are in the file too
    const ets189 = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/atlas.json'), 'utf8')).treaties.find((t) => t.treaty === 'ets189' && t.country === 'SRB').note;
    await page.evaluate(() => { history.replaceState(null, '', '?sel=SRB'); window.dispatchEvent(new PopStateEvent('popstate')); });
    const fact = page.getByRole('region', { name: 'Country details' }).locator('li.fact', { hasText: 'First Protocol (ETS 189)' });
    await fact.locator('.fact-note > p[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await fact.locator('.fact-note > p[lang="en"]').textContent(), ets189);
  } finally {
    cleanup();
  }
}, { timeout: 120_000 });
