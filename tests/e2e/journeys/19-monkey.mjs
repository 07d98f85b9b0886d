// A monkey: 3,000 random events with a fixed seed (clicks on controls and anywhere, keys, wheel, drags, selects,
// hostile text in inputs, Back/Forward, resizes, reloads). The harness fails it on any page error, console error or
// request outside the origin; at the end the atlas must still be drawn. Long (a few minutes), so it runs only with
// E2E_MONKEY=1 (E2E_MONKEY_SEED and E2E_MONKEY_EVENTS change the run).
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const NAME = 'monkey: 3,000 random events (fixed seed) raise no exception and no console error';
const EVENTS = Number(process.env.E2E_MONKEY_EVENTS || 3000);
const SEED = Number(process.env.E2E_MONKEY_SEED || 19);
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', 'Escape', 'Tab', 'Shift+Tab', '+', '-', 'Home', 'End', ' ', 'k', 'PageDown', 'PageUp'];
/** Controls that would leave the test's reach: printing opens a dialog headless Chromium keeps waiting on. */
const SKIP = /^Print handout/;

if (process.env.E2E_MONKEY !== '1') test.skip(NAME, 'long (3,000 events, a few minutes): run with E2E_MONKEY=1');
else test(NAME, async ({ open, baseURL }) => {
  const { seededRandom, randomUnicode } = await tsImport('../../../src/lib/fuzz.ts', import.meta.url);
  const rand = seededRandom(SEED);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const origin = new URL(baseURL).origin;
  const page = await open('/', {
    before: async (ctx) => {
      // a source link opens a tab outside the origin: close it (no request leaves the machine)
      await ctx.route((u) => u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:', (r) => r.abort());
      ctx.on('page', (p) => { if (p !== ctx.pages()[0]) p.close().catch(() => {}); });
    },
  });
  await marks(page);
  page.on('dialog', (d) => (rand() < 0.5 ? d.accept() : d.dismiss()).catch(() => {}));
  const counts = {};
  const count = (k) => { counts[k] = (counts[k] ?? 0) + 1; };
  let size = { width: 1440, height: 900 };
  // Back from the atlas's first entry leaves for the tab's empty start page, which is not the app's to judge: come
  // forward to the atlas again.
  const intoAtlas = async () => { if (page.url() === 'about:blank') { await page.goForward(); count('back-past-start'); } };

  for (let i = 0; i < EVENTS; i++) {
    const r = rand();
    try {
      if (r < 0.38) {
        // a visible control or mark, found in the page, clicked where it is
        const targets = await page.evaluate((skip) => {
          const out = [];
          for (const e of document.querySelectorAll('button, select, input, textarea, summary, label, [role="tab"], [data-iso3], [data-node-id], [data-legend-class], a[href^="#"], a[href^="?"]')) {
            const b = e.getBoundingClientRect();
            if (b.width < 2 || b.height < 2 || b.bottom < 0 || b.top > innerHeight || b.right < 0 || b.left > innerWidth) continue;
            if (new RegExp(skip).test(e.textContent ?? '')) continue;
            out.push([b.left + b.width / 2, b.top + b.height / 2]);
          }
          return out;
        }, SKIP.source);
        if (targets.length) { const [x, y] = pick(targets); await page.mouse.click(x, y); }
        count('click-control');
      } else if (r < 0.52) {
        await page.mouse.click(rand() * size.width, rand() * size.height);
        count('click-anywhere');
      } else if (r < 0.68) {
        await page.keyboard.press(pick(KEYS));
        count('key');
      } else if (r < 0.76) {
        await page.mouse.move(rand() * size.width, rand() * size.height);
        await page.mouse.wheel(0, (rand() - 0.5) * 1200);
        count('wheel');
      } else if (r < 0.81) {
        const [x, y] = [rand() * size.width, rand() * size.height];
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + (rand() - 0.5) * 400, y + (rand() - 0.5) * 300, { steps: 4 });
        await page.mouse.up();
        count('drag');
      } else if (r < 0.86) {
        const n = await page.locator('select:visible').count();
        if (n) {
          const sel = page.locator('select:visible').nth(Math.floor(rand() * n));
          const values = await sel.evaluate((s) => [...s.options].map((o) => o.value));
          await sel.selectOption(pick(values), { timeout: 1000 });
        }
        count('select');
      } else if (r < 0.91) {
        const n = await page.locator('input[type="search"]:visible, input[type="text"]:visible, input:not([type]):visible, textarea:visible').count();
        if (n) {
          const input = page.locator('input[type="search"]:visible, input[type="text"]:visible, input:not([type]):visible, textarea:visible').nth(Math.floor(rand() * n));
          await input.fill(randomUnicode(rand, 30), { timeout: 1000 });
        }
        count('type');
      } else if (r < 0.96) {
        if (rand() < 0.5) await page.goBack({ timeout: 3000 }); else await page.goForward({ timeout: 3000 });
        await intoAtlas();
        count('history');
      } else if (r < 0.99) {
        size = pick([{ width: 1440, height: 900 }, { width: 1024, height: 768 }, { width: 800, height: 600 }, { width: 1920, height: 1080 }]);
        await page.setViewportSize(size);
        count('resize');
      } else {
        await page.reload();
        await marks(page);
        count('reload');
      }
    } catch (e) {
      // a control that moved or went away between finding and using it is the monkey's problem, not the app's
      if (/Execution context was destroyed|navigation/i.test(String(e))) {
        // a link to a view (href="?…") or Back/Forward across documents loaded the page again while the monkey was
        // looking at the old one: wait for the atlas, as after a reload
        await intoAtlas();
        await marks(page);
        count('navigated');
        continue;
      }
      if (!/Timeout|detached|not attached|not visible|outside of the viewport|Target closed|intercepts pointer/i.test(String(e))) throw e;
      count('missed');
    }
    if (i % 100 === 99) await page.waitForTimeout(50);
  }
  // still the atlas: the map is drawn and answers
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  const alive = await page.evaluate(() => document.querySelectorAll('.view-map [data-iso3]').length);
  assert.ok(alive > 150, `map marks at the end: ${alive}`);
  // the heap after a full collection (performance.memory alone counts garbage not yet collected)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  console.log(`          monkey: ${EVENTS} events, seed ${SEED}: ${JSON.stringify(counts)}; heap after GC ${(usedSize / 1e6).toFixed(1)} MB; ${alive} map marks; last ${new URL(page.url()).search || '(no query)'}`);
}, { timeout: 900_000 });
