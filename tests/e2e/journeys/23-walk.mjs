// Session 21's walk of the analyst's, journalist's, diplomat's and researcher's journeys (ui9): what a person stumbled
// on, checked where only a real browser lays it out.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

test('walk: the cross-tab fits the side panel at 1024×768 (English) and 1440×900 (Russian); only its table scrolls sideways, to its Total', async ({ open }) => {
  const problems = [];
  for (const [lang, viewport] of [['en', { width: 1024, height: 768 }], ['ru', { width: 1440, height: 900 }]]) {
    const page = await open(`/?lang=${lang}&sel=BRA`, { viewport });
    await marks(page);
    await page.locator('[role="tab"]').nth(2).click();
    await page.locator('.crosstab table').waitFor();
    const r = await page.evaluate(() => {
      const side = document.querySelector('.side');
      const s = side.getBoundingClientRect();
      const cap = document.querySelector('.crosstab-caption')?.getBoundingClientRect();
      const box = document.querySelector('.crosstab table').parentElement;
      const total = [...document.querySelectorAll('.crosstab thead th')].at(-1);
      box.scrollLeft = box.scrollWidth;
      const b = box.getBoundingClientRect();
      const t = total.getBoundingClientRect();
      return {
        panelScrolls: side.scrollWidth > side.clientWidth + 1,
        caption: cap ? cap.left >= s.left - 1 && cap.right <= s.right + 1 : false,
        totalReached: t.left >= b.left - 1 && t.right <= b.right + 1,
      };
    });
    if (r.panelScrolls) problems.push(`${lang}: the whole side panel (tabs, pickers, caption) scrolls sideways`);
    if (!r.caption) problems.push(`${lang}: the caption runs past the panel`);
    if (!r.totalReached) problems.push(`${lang}: the Total column cannot be scrolled into the table's box`);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test('walk: a fact\'s name is followed by its language\'s colon, and a name that wraps keeps its colon on its last line (Brazil–Europol on a phone)', async ({ open }) => {
  const problems = [];
  const colon = (page) => page.evaluate(() => {
    const label = [...document.querySelectorAll('.record .fact-label')].find((e) => !e.querySelector('.entity-link'));
    return JSON.parse(getComputedStyle(label, '::after').content);
  });
  for (const [lang, want] of [['fr', '\u00a0:'], ['zh', '\uff1a'], ['en', ':']]) {
    const page = await open(`/?lang=${lang}&sel=BRA`, { viewport: { width: 1024, height: 768 } });
    await marks(page);
    await page.locator('.record .fact-label').first().waitFor();
    const got = await colon(page);
    if (got !== want) problems.push(`${lang}: "${got}" after a fact's name, not "${want}"`);
    await page.context().close();
  }
  const page = await open('/?sel=BRA', { viewport: { width: 390, height: 844 } });
  await marks(page);
  await page.locator('.record .relation-group .entity-link').first().waitFor();
  const wrapped = await page.evaluate(() => [...document.querySelectorAll('.record .fact-label')].filter((l) => l.querySelector('.entity-link')).map((l) => {
    const b = l.querySelector('.entity-link').getBoundingClientRect();
    const last = [...l.getClientRects()].at(-1);
    return { name: l.textContent, lines: Math.round(b.height / 16), colonBelow: last.bottom > b.bottom + 2 };
  }).filter((x) => x.lines > 1));
  assert.ok(wrapped.length > 0, 'a relation\'s name wraps on the phone (Europol\'s)');
  for (const w of wrapped) if (w.colonBelow) problems.push(`the colon after "${w.name}" begins a line of its own`);
  await page.context().close();
  assert.deepEqual(problems, []);
});

test('walk: search results stay inside the window where the box sits near its end (Russian at 1024×768), and in Arabic', async ({ open }) => {
  const problems = [];
  for (const [lang, q] of [['ru', 'Кор'], ['ar', 'كوريا'], ['en', 'Kor']]) {
    const page = await open(`/?lang=${lang}`, { viewport: { width: 1024, height: 768 } });
    await marks(page);
    await page.locator('.search input').fill(q);
    await page.locator('.search-results [role="option"]').first().waitFor();
    const r = await page.evaluate(() => {
      const b = document.querySelector('.search-results').getBoundingClientRect();
      const metas = [...document.querySelectorAll('.search-results .hit-meta')].map((m) => m.getBoundingClientRect());
      return { left: b.left, right: b.right, width: document.documentElement.clientWidth, metasOut: metas.filter((m) => m.right > document.documentElement.clientWidth || m.left < 0).length };
    });
    if (r.left < 0 || r.right > r.width) problems.push(`${lang}: results at ${Math.round(r.left)}–${Math.round(r.right)} in a ${r.width} px window`);
    if (r.metasOut) problems.push(`${lang}: ${r.metasOut} results' kinds run past the window`);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});
