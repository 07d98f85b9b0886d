#!/usr/bin/env node
// How long the lazy parts take to open over a slow link: Chromium's network emulation (CDP
// Network.emulateNetworkConditions: `RTT` ms added to each request, bandwidth unlimited), a fresh page per sample.
//   node bench/lazy-parts.mjs DIST [DIST…]    env: RTT (default 150), RUNS (default 5)
// Per part: ms from the click (or, for the record, from the navigation) to the part drawn, median and range of RUNS,
// and the chunks requested in that window with the deepest chain of requests (waves: a request starting after the
// previous wave's responses). Builds are alternated sample by sample.
import path from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from '../tests/e2e/lib/build.mjs';
import { serve } from '../tests/e2e/lib/server.mjs';

const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');
const RTT = Number(process.env.RTT ?? 150), RUNS = Number(process.env.RUNS ?? 5);
const dists = process.argv.slice(2);
const DECK = JSON.stringify({ state: { deck: { format: 'cybercrime-atlas-deck', version: 1, title: 'One', steps: [{ id: 's1', title: 'Korea', caption: '', notes: '',
  view: { lens: 'budapest', filters: {}, sel: 'KOR', t: null, cmp: [], focus: null, zoom: null, step: null } }] } }, version: 1 });
const marks = (page) => page.locator('.map-svg [data-iso3]').first().waitFor();
const idle = async (page) => { await marks(page); await page.waitForLoadState('networkidle'); await page.waitForTimeout(300); };

const PARTS = {
  // the record's facts and notes on a first load of a record's address (RecordFacts and its imports)
  record: { url: '/?sel=KOR', ready: async () => {}, go: async (page, url) => { await page.goto(url); }, done: (page) => page.locator('.record-facts [data-source-id], .record-facts a[href^="http"]').first().waitFor() },
  about: { url: '/?sel=KOR', ready: idle, go: async (page) => { await page.getByRole('button', { name: 'About the data' }).click(); }, done: (page) => page.getByRole('dialog').waitFor() },
  deck: { url: '/?sel=KOR', ready: idle, go: async (page) => { await page.getByRole('button', { name: /^Deck \(/ }).click(); }, done: (page) => page.getByRole('button', { name: 'Add current view as step' }).waitFor() },
  present: { url: '/?sel=KOR', deck: true, ready: idle, go: async (page) => { await page.getByRole('toolbar', { name: 'Briefing' }).getByRole('button', { name: 'Present', exact: true }).click(); }, done: (page) => page.locator('.slide-stage svg').first().waitFor() },
  table: { url: '/?sel=KOR', ready: idle, go: async (page) => { await page.getByRole('tab', { name: /Table/ }).click(); }, done: (page) => page.getByRole('table').first().waitFor() },
};

const servers = await Promise.all(dists.map((d) => serve(path.resolve(d))));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = {};
try {
  for (const [name, part] of Object.entries(PARTS)) {
    for (let run = 0; run < RUNS + 1; run++) {
      for (let i = 0; i < dists.length; i++) {
        const d = (run % 2) ? dists.length - 1 - i : i;
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        if (part.deck) await context.addInitScript((raw) => { if (!localStorage.getItem('atlas-deck')) localStorage.setItem('atlas-deck', raw); }, DECK);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT, downloadThroughput: -1, uploadThroughput: -1 });
        const reqs = [];
        let t0 = Infinity;
        page.on('request', (r) => { if (r.url().endsWith('.js') || r.url().includes('.js?')) reqs.push({ url: r.url(), start: Date.now() }); });
        page.on('requestfinished', (r) => { const q = reqs.find((x) => x.url === r.url() && !x.end); if (q) q.end = Date.now(); });
        const url = servers[d].url.replace(/\/$/, '') + part.url;
        if (name !== 'record') await page.goto(url);
        await part.ready(page);
        t0 = Date.now();
        await part.go(page, url);
        await part.done(page);
        const ms = Date.now() - t0;
        // requests in the window, grouped in waves
        const mine = reqs.filter((q) => q.start >= t0 - 5).sort((a, b) => a.start - b.start);
        let waves = 0, waveEnd = -Infinity;
        for (const q of mine) { if (q.start >= waveEnd) { waves++; waveEnd = Math.max(...mine.filter((x) => x.start <= q.start + 2).map((x) => x.end ?? q.start)); } }
        if (run > 0) (results[`${name}\t${dists[d]}`] ??= []).push({ ms, n: mine.length, waves });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(`RTT ${RTT} ms, ${RUNS} runs; part, build: median ms [min–max], JS requests, waves`);
for (const [k, v] of Object.entries(results)) {
  const ms = v.map((x) => x.ms).sort((a, b) => a - b);
  console.log(`${k}\t${ms[Math.floor(ms.length / 2)]} [${ms[0]}–${ms.at(-1)}]\t${v.map((x) => x.n).join(',')}\t${v.map((x) => x.waves).join(',')}`);
}
