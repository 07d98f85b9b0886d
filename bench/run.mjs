#!/usr/bin/env node
// Performance benchmark in real Chromium against production builds: the atlas, its peers (react-simple-maps +
// react-force-graph-2d, bench/peers) and our graph code at 10× scale, in the same run on the same machine.
//   npm run bench                 BENCH_RUNS=5 page loads per subject (median; click/filter/lens p50/p95 over all samples)
//   BENCH_DIST=dist npm run bench use an existing build of the app
// Prints a table and writes bench/results.json. A measure that could not be taken is printed as "n/m" with the reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, viteBuild } from '../tests/e2e/lib/build.mjs';
import { serve } from '../tests/e2e/lib/server.mjs';
import { announceMarks, installProbes } from './lib/inpage.mjs';
import { buildBytes } from './lib/bytes.mjs';

const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 5));
const CLICKS = ['KOR', 'BRA', 'USA', 'IND', 'FRA', 'ZAF', 'AUS', 'EGY', 'CAN', 'ARG'];
const LENS_SEQ = ['unga-74-247', 'un-convention', 'budapest-p2', 'unga-73-187', 'budapest-p1', 'budapest'];
const VIEWPORT = { width: 1440, height: 900 };

const expected = JSON.parse(execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'tests/e2e/lib/expected.ts')], { cwd: ROOT, encoding: 'utf8' }));

// ---- statistics ----
const sorted = (a) => [...a].sort((x, y) => x - y);
const q = (a, p) => { const s = sorted(a); if (!s.length) return null; const i = (s.length - 1) * p; const lo = Math.floor(i); return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo); };
const median = (a) => q(a.filter((x) => x !== null && x !== undefined), 0.5);
const p95 = (a) => q(a.filter((x) => x !== null && x !== undefined), 0.95);

// ---- builds ----
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const servers = [];
let browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.close().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup().finally(() => process.exit(130)); });

function build() {
  const ours = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : viteBuild(path.join(tmp, 'ours'));
  const peerCfg = ['--config', path.join(ROOT, 'bench/peers/vite.config.mjs')];
  process.env.BENCH_PAGE = 'index';
  const peer = viteBuild(path.join(tmp, 'peer'), peerCfg);
  process.env.BENCH_PAGE = 'scale';
  const scale = viteBuild(path.join(tmp, 'scale'), peerCfg);
  return { ours, peer, scale };
}

// ---- one page load with interactions ----
const markTimes = (page) => page.evaluate(() => Object.fromEntries(['data:ready', 'map:painted', 'graph:painted']
  .map((n) => [n, performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null])
  .concat([['graph:layout', performance.getEntriesByName('graph:layout', 'measure')[0]?.duration ?? null]])));

async function openPage(url, needMarks) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  const offOrigin = [];
  page.on('request', (r) => { if (!r.url().startsWith(new URL(url).origin) && !/^(data|blob):/.test(r.url())) offOrigin.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installProbes);
  await page.addInitScript(announceMarks, needMarks);
  const marked = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:marks', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'load' });
  await marked;
  return { ctx, page, offOrigin, errors };
}

async function measureClicks(page, subject) {
  const out = [];
  for (const iso of CLICKS) {
    const sel = `.view-map [data-iso3="${iso}"]`;
    const pt = await page.evaluate((s) => window.__pointIn(s), sel);
    if (!pt) continue;
    const arg = { iso, name: expected.names[iso], inGraph: await page.locator(`.view-graph [data-node-id="${iso}"]`).count() > 0 };
    const cond = subject === 'ours'
      ? (a) => {
        const m = document.querySelector(`.view-map [data-iso3="${a.iso}"][data-selected="true"]`);
        const g = !a.inGraph || document.querySelector(`.view-graph [data-node-id="${a.iso}"][data-selected="true"]`);
        const rec = document.querySelector('[role="region"][aria-label="Country details"]');
        const r = rec && [...rec.querySelectorAll('h1, h2, h3')].some((h) => h.textContent.includes(a.name));
        return !!(m && g && r);
      }
      : (a) => {
        const m = document.querySelector(`.view-map [data-iso3="${a.iso}"][data-selected="true"]`);
        return !!m && window.__peer.graphShows === a.iso ? (window.__peer.graphShownAt ?? true) : false;
      };
    await page.evaluate(([c, a]) => window.__arm('click', c, a), [cond.toString(), arg]);
    await page.mouse.click(pt.x, pt.y);
    out.push(await page.evaluate(() => window.__result));
    await page.waitForTimeout(120);
  }
  return out;
}

async function measureFilter(page) {
  const out = [];
  for (let i = 0; i < 6; i++) {
    const on = i % 2 === 0;
    const pt = await page.evaluate(() => window.__pointIn('.view-map [data-legend-class="party"]') ?? window.__pointIn('[data-legend-class="party"]'));
    if (!pt) return { samples: [], reason: 'no legend item for "party"' };
    const cond = (want) => !!document.querySelector('.view-map [data-dimmed="true"]') === want;
    await page.evaluate(([c, a]) => window.__arm('click', c, a, 3000), [cond.toString(), on]);
    await page.mouse.click(pt.x, pt.y);
    const r = await page.evaluate(() => window.__result);
    if (r === null) return { samples: out, reason: 'a legend click did not dim/undim the map within 3 s' };
    out.push(r);
    await page.waitForTimeout(120);
  }
  return { samples: out };
}

async function measureLens(page, subject) {
  const out = [];
  // The pointer rests where the previous measure left it: on our page over the legend, whose items a lens change
  // rewrites. Both pages have it moved to the top-left corner first. (Once the pointer has been on a page, Chromium
  // still hit-tests after a change, a style and layout pass before the frame's callbacks, on both pages.)
  await page.mouse.move(1, 1);
  for (const lens of LENS_SEQ) {
    const want = Object.fromEntries(['USA', 'RUS', 'CHN', 'KOR', 'BRA', 'IND', 'ZAF', 'FRA', 'NGA', 'SLE', 'BIH', 'JPN'].map((iso) => [iso, expected.status[lens][iso]]));
    // A lens change is done when the map and the network both show it, as a click is (measureClicks). The time the
    // map alone first showed it is kept as well (window.__mapAt): the measure of sessions 1–20.
    const cond = subject === 'ours'
      ? (a) => {
        const ok = (scope) => Object.entries(a.want).every(([iso, s]) => { const el = document.querySelector(`${scope} [${scope === '.view-map' ? 'data-iso3' : 'data-node-id'}="${iso}"]`); return scope !== '.view-map' && !el ? true : el?.getAttribute('data-status') === s; });
        if (!ok('.view-map')) return false;
        window.__mapAt ??= performance.now();
        return ok('.view-graph');
      }
      : (a) => {
        if (!Object.entries(a.want).every(([iso, s]) => document.querySelector(`.view-map [data-iso3="${iso}"]`)?.getAttribute('data-status') === s)) return false;
        window.__mapAt ??= performance.now();
        return window.__peer.graphLens === a.lens ? (window.__peer.graphLensAt ?? true) : false;
      };
    await page.evaluate(([c, a]) => { window.__mapAt = undefined; window.__arm('change', c, a); }, [cond.toString(), { want, lens }]);
    await page.getByLabel('Colour the map by').first().selectOption(lens);
    const whole = await page.evaluate(() => window.__result);
    const map = await page.evaluate(() => (window.__mapAt === undefined ? null : window.__mapAt - window.__t0));
    out.push({ whole, map });
    await page.waitForTimeout(150);
  }
  return out;
}

/** Drags node `id` round a circle for ~2 s; returns frames per second and whether the node actually moved. */
async function measureDrag(page, id, subject) {
  const where = () => (subject === 'peer'
    ? page.evaluate((i) => window.__peer.screenOf(i), id)
    : page.evaluate((s) => window.__pointIn(s), `.view-graph [data-node-id="${id}"]`));
  const start = await where();
  if (!start) return { fps: null, reason: `node ${id} not found` };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.__startFrames());
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < 2000) {
    const a = (i++ / 30) * Math.PI * 2;
    await page.mouse.move(start.x + 40 * Math.sin(a) + 10, start.y + 40 * (1 - Math.cos(a)), { steps: 1 });
    await new Promise((r) => setTimeout(r, 8));
  }
  const f = await page.evaluate(() => window.__stopFrames());
  // end at the far side of the circle: a drag of exactly whole circles ends where it began and would read as "not moved"
  await page.mouse.move(start.x + 10, start.y + 80, { steps: 1 });
  await page.waitForTimeout(50);
  const moved = await where();
  await page.mouse.up();
  const didMove = !!moved && Math.hypot(moved.x - start.x, moved.y - start.y) > 3;
  return { fps: (f.frames * 1000) / f.ms, moves: i, moved: didMove };
}

const longTasks = (page) => page.evaluate(() => window.__longtasks);

async function runSubject(subject, url) {
  const { ctx, page, offOrigin, errors } = await openPage(url, ['data:ready', 'map:painted', 'graph:painted']);
  const marks = await markTimes(page);
  await page.waitForTimeout(1500); // let the load settle before interacting
  const tLoadEnd = await page.evaluate(() => performance.now());
  const clicks = await measureClicks(page, subject);
  const filter = subject === 'ours' ? await measureFilter(page) : { samples: [], reason: 'peer has no filter UI' };
  const lens = await measureLens(page, subject);
  const drag = await measureDrag(page, 'KOR', subject);
  const lt = await longTasks(page);
  const settled = subject === 'peer' ? await page.evaluate(() => window.__peer.settledAt) : null;
  await ctx.close();
  return { marks, clicks, filter, lens, drag, settled, offOrigin, errors, longtasks: lt, tLoadEnd };
}

async function runScale(url, subject = 'ours') {
  const { ctx, page, errors } = await openPage(url, ['data:ready', 'graph:painted']);
  const marks = await markTimes(page);
  const label = await page.evaluate(() => document.querySelector('.view-graph svg')?.getAttribute('aria-label') ?? '');
  await page.waitForTimeout(1000);
  const drag = await measureDrag(page, 'KOR', subject);
  const lt = await longTasks(page);
  await ctx.close();
  return { marks, label, drag, errors, longtasks: lt };
}

// ---- report ----
const fmt = (v, unit = 'ms', d = 0) => (v === null || v === undefined || Number.isNaN(v) ? 'n/m' : `${v.toFixed(d)}${unit ? ` ${unit}` : ''}`);
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || !b ? '' : (a / b).toFixed(2));
const ltSummary = (runs, after) => {
  const all = runs.flatMap((r) => (r.longtasks ?? []).filter((t) => after(r, t)));
  return { count: all.length / runs.length, max: all.length ? Math.max(...all.map((t) => t.duration)) : 0, measured: runs.every((r) => r.longtasks) };
};

try {
  console.log(`bench: ${RUNS} runs per subject on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Chromium ${CHROMIUM_PATH}`);
  const dirs = build();
  const [ours, peer, scale] = await Promise.all([serve(dirs.ours), serve(dirs.peer), serve(dirs.scale)]);
  servers.push(ours, peer, scale);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs = { ours: [], peer: [], scale: [], peerScale: [] };
  // One load of each page first, not counted: the browser's very first page pays its own start-up (renderer, fonts,
  // caches), which would otherwise fall on whichever subject comes first.
  for (const url of [ours.url, peer.url]) await (await openPage(url, ['graph:painted'])).ctx.close();
  // Alternate subjects, and which of them goes first, so drift (thermal, other processes) hits both alike.
  const inTurn = async (i, a, b) => { if (i % 2) { await b(); await a(); } else { await a(); await b(); } };
  for (let i = 0; i < RUNS; i++) {
    await inTurn(i, async () => runs.ours.push(await runSubject('ours', ours.url)), async () => runs.peer.push(await runSubject('peer', peer.url)));
    process.stdout.write(`  run ${i + 1}/${RUNS} done\n`);
  }
  // BENCH_SCALE=0 skips the ×10 network (its rows print n/m), e.g. while the graph view is being rebuilt.
  for (let i = 0; i < (process.env.BENCH_SCALE === '0' ? 0 : RUNS); i++) {
    await inTurn(i, async () => runs.scale.push(await runScale(`${scale.url}scale.html?copies=11&families=all`)),
      async () => runs.peerScale.push(await runScale(`${peer.url}?copies=11&families=all`, 'peer')));
  }
  const bytes = { ours: buildBytes(dirs.ours), peer: buildBytes(dirs.peer) };

  const m = (subject, f) => median(runs[subject].map(f));
  const all = (subject, f) => runs[subject].flatMap(f);
  const rows = [];
  const row = (measure, o, p, target, met, unit = 'ms', d = 0) => rows.push({ measure, ours: o, peer: p, unit, d, target, met });
  row('navigation → data ready (median)', m('ours', (r) => r.marks['data:ready']), m('peer', (r) => r.marks['data:ready']), '');
  const mapP = m('ours', (r) => r.marks['map:painted']);
  row('navigation → map painted (median)', mapP, m('peer', (r) => r.marks['map:painted']), '≤ 800 ms', mapP !== null && mapP <= 800);
  row('navigation → graph painted (median)', m('ours', (r) => r.marks['graph:painted']), m('peer', (r) => r.marks['graph:painted']), '');
  row('graph painted − data ready (median)', m('ours', (r) => r.marks['graph:painted'] - r.marks['data:ready']), m('peer', (r) => r.marks['graph:painted'] - r.marks['data:ready']), '');
  row("graph layout, app's 'graph:layout' measure (median)", m('ours', (r) => r.marks['graph:layout']), null, '');
  row('peer: force layout settled, onEngineStop (median)', null, m('peer', (r) => r.settled), '');
  const cO = all('ours', (r) => r.clicks), cP = all('peer', (r) => r.clicks);
  const c95 = p95(cO);
  row(`click → selection in map+graph${''}+record p50 (n=${cO.filter((x) => x !== null).length})`, median(cO), median(cP), '');
  row('click → selection p95', c95, p95(cP), '≤ 50 ms', c95 !== null && c95 <= 50);
  const fO = all('ours', (r) => r.filter.samples);
  row(`filter change (legend click) p50 (n=${fO.length})`, median(fO), null, runs.ours[0].filter.reason ?? '');
  row('filter change p95', p95(fO), null, '');
  const lO = all('ours', (r) => r.lens.map((x) => x.whole)), lP = all('peer', (r) => r.lens.map((x) => x.whole));
  row(`lens change → map and network recoloured p50 (n=${lO.filter((x) => x !== null).length})`, median(lO), median(lP), '');
  row('lens change p95', p95(lO), p95(lP), '');
  const mO = all('ours', (r) => r.lens.map((x) => x.map)), mP = all('peer', (r) => r.lens.map((x) => x.map));
  row('lens change → map recoloured p50', median(mO), median(mP), '');
  row('lens change → map recoloured p95', p95(mO), p95(mP), '');
  const dO = m('ours', (r) => r.drag.fps);
  row('fps while dragging a node (median)', dO, m('peer', (r) => r.drag.fps), '60 fps', dO !== null && dO >= 58, 'fps');
  const ltLoadO = ltSummary(runs.ours, (r, t) => t.start <= r.marks['graph:painted']), ltLoadP = ltSummary(runs.peer, (r, t) => t.start <= r.marks['graph:painted']);
  row('long tasks during load (count per load)', ltLoadO.count, ltLoadP.count, '', undefined, '', 1);
  row('longest task during load', ltLoadO.max, ltLoadP.max, '');
  const ltAfterO = ltSummary(runs.ours, (r, t) => t.start > r.marks['map:painted']), ltAfterP = ltSummary(runs.peer, (r, t) => t.start > r.marks['map:painted']);
  row('long tasks after first paint (count per run)', ltAfterO.count, ltAfterP.count, '0', ltAfterO.count === 0, '', 1);
  row('longest task after first paint', ltAfterO.max, ltAfterP.max, '≤ 50 ms', ltAfterO.max <= 50);
  const kb = (b) => b / 1024;
  const geoNote = (b) => (b.geometryIn && !/atlas|data|geo/i.test(b.geometryIn) ? ' (inside initial JS)' : '');
  row('initial JS, code without geometry (gzip)', kb(bytes.ours.initialJs), kb(bytes.peer.initialJs), '', undefined, 'KB', 1);
  row('first view\'s messages, English (gzip)', kb(bytes.ours.initialMessages), kb(bytes.peer.initialMessages), '', undefined, 'KB', 1);
  const js = (b) => b.initialJs + b.initialMessages;
  row('all JS before first paint: code + messages (gzip)', kb(js(bytes.ours)), kb(js(bytes.peer)), '≤ 150 KB', js(bytes.ours) <= 150 * 1024, 'KB', 1);
  row('initial CSS (gzip)', kb(bytes.ours.initialCss), kb(bytes.peer.initialCss), '', undefined, 'KB', 1);
  row('data chunk (gzip)', kb(bytes.ours.data), kb(bytes.peer.data), '', undefined, 'KB', 1);
  row(`world geometry${geoNote(bytes.ours)} and map layout (gzip)`, kb(bytes.ours.geometry), kb(bytes.peer.geometry), '', undefined, 'KB', 1);
  const dg = bytes.ours.data + bytes.ours.geometry;
  row('data + geometry on first load (gzip)', kb(dg), kb(bytes.peer.data + bytes.peer.geometry), '≤ 100 KB', dg <= 100 * 1024, 'KB', 1);
  row('data loaded after first paint: source texts and notes (gzip)', kb(bytes.ours.dataAfterPaint), kb(bytes.peer.dataAfterPaint), '', undefined, 'KB', 1);
  row('lazy JS loaded on demand, e.g. pptx (gzip)', kb(bytes.ours.lazyJs), kb(bytes.peer.lazyJs), '', undefined, 'KB', 1);
  const sc = runs.scale[0];
  row(`SCALE (${sc?.label.replace(/^.*: /, '') ?? '?'}): graph layout (median)`, median(runs.scale.map((r) => r.marks['graph:layout'])), null, '');
  const ms = (f) => median(runs.peerScale.map(f));
  row('SCALE: navigation → graph painted (median)', median(runs.scale.map((r) => r.marks['graph:painted'])), ms((r) => r.marks['graph:painted']), '');
  row('SCALE: fps while dragging a node (median)', median(runs.scale.map((r) => r.drag.fps)), ms((r) => r.drag.fps), '60 fps', undefined, 'fps');
  const ltS = ltSummary(runs.scale, (r, t) => t.start > r.marks['graph:painted']);
  const ltSP = ltSummary(runs.peerScale, (r, t) => t.start > r.marks['graph:painted']);
  row('SCALE: longest task after graph painted', ltS.max, ltSP.max, '');

  const w = [56, 10, 10, 9, 9, 4];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' │ ');
  console.log(`\n${line(['measure', 'ours', 'peer', 'ours/peer', 'target', 'met'])}\n${w.map((n) => '─'.repeat(n)).join('─┼─')}`);
  for (const r of rows) console.log(line([r.measure, fmt(r.ours, r.unit, r.d), r.peer === null ? '—' : fmt(r.peer, r.unit, r.d), ratio(r.ours, r.peer), r.target, r.met === undefined ? '' : r.met ? 'yes' : 'NO']));
  const notes = [];
  const dragNote = (name, rs) => { const bad = rs.filter((r) => r.drag.moved === false).length; if (bad) notes.push(`${name}: in ${bad}/${rs.length} runs the dragged node did not move (fps is then for an idle page)`); };
  dragNote('ours', runs.ours); dragNote('peer', runs.peer); dragNote('scale', runs.scale); dragNote('peer at scale', runs.peerScale);
  for (const [k, rs] of Object.entries(runs)) {
    const off = rs.flatMap((r) => r.offOrigin ?? []); if (off.length) notes.push(`${k}: ${off.length} requests outside the origin, e.g. ${off[0]}`);
    const errs = rs.flatMap((r) => r.errors ?? []); if (errs.length) notes.push(`${k}: page errors: ${[...new Set(errs)].slice(0, 3).join(' | ')}`);
    if (rs.some((r) => r.longtasks === null)) notes.push(`${k}: long tasks not measurable in this browser`);
  }
  for (const s of ['ours', 'peer']) {
    const miss = runs[s].flatMap((r) => r.clicks).filter((x) => x === null).length + runs[s].flatMap((r) => r.lens).filter((x) => x.whole === null).length;
    if (miss) notes.push(`${s}: ${miss} click/lens samples timed out (5 s) and are left out`);
  }
  if (runs.peer.some((r) => r.settled === null)) notes.push('peer: force-graph was still simulating when the run ended (default cooldownTime 15 s), so "settled" is n/m in those runs');
  notes.push("ours: the shipped network's layout is precomputed (checked by key); another one (×10) is computed in a worker before the graph is painted, the panel saying it is arranging (graph/arrange.ts); the peer paints at once and keeps moving");
  if (notes.length) console.log(`\nnotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  console.log('\npeer = react-simple-maps 5 (SVG map) + react-force-graph-2d 1.29 (canvas, default d3-force settings) on the same data (bench/peers); it skips schema validation.');
  const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, runs: RUNS, rows, bytes, raw: runs };
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
  console.log('wrote bench/results.json');
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
