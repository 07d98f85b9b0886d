import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { byId, countStatus, mapMarks, marks, param } from '../lib/app.mjs';

const statusOn = async (open, url, iso) => {
  const page = await open(url);
  await marks(page);
  return { page, status: byId(await mapMarks(page)).get(iso)?.status };
};

test('as-of date: USA is a Budapest signatory on 2005-01-01 and a party on 2007-01-01', async ({ open }) => {
  const a = await statusOn(open, '/?lens=budapest&t=2005-01-01', 'USA');
  assert.equal(param(a.page, 't'), '2005-01-01');
  assert.equal(a.status, 'signatory');
  const b = await statusOn(open, '/?lens=budapest&t=2007-01-01', 'USA');
  assert.equal(b.status, 'party');
});

test('as-of date: Sierra Leone is a party on 2025-01-01 and not on 2024-01-01', async ({ open }) => {
  assert.equal((await statusOn(open, '/?lens=budapest&t=2025-01-01', 'SLE')).status, 'party');
  assert.notEqual((await statusOn(open, '/?lens=budapest&t=2024-01-01', 'SLE')).status, 'party');
});

test('as-of date: UN convention has no signatory on 2025-10-01 and at least 70 on 2025-11-30', async ({ open }) => {
  const before = await open('/?lens=un-convention&t=2025-10-01');
  await marks(before);
  const c1 = countStatus(await mapMarks(before));
  assert.equal((c1.signatory ?? 0) + (c1.ratified ?? 0), 0, JSON.stringify(c1));
  const after = await open('/?lens=un-convention&t=2025-11-30');
  await marks(after);
  const c2 = countStatus(await mapMarks(after));
  assert.ok(c2.signatory >= 70, JSON.stringify(c2));
});

test('as-of date control: changing the date field updates the map and the URL', async ({ open }) => {
  const page = await open('/?lens=budapest');
  await marks(page);
  const field = page.getByRole('textbox', { name: 'As-of date (dd/mm/yyyy)' });
  await field.fill('1/1/2005');
  await field.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2005-01-01', null, { timeout: 5000 });
  await page.waitForFunction(() => document.querySelector('.view-map [data-iso3="USA"]')?.getAttribute('data-status') === 'signatory', null, { timeout: 5000 });
});

test('time bar on a 1024×768 projector: the chart and "what changed" open; in Arabic time still runs left to right', async ({ open }) => {
  const page = await open('/?lang=ar&t=2010-06-01', { viewport: { width: 1024, height: 768 } });
  await marks(page);
  // the ticks and key dates are placed from the left; a right-to-left range input would put 2026 at the 2001 end
  assert.equal(await page.locator('.time-slider').evaluate((el) => getComputedStyle(el).direction), 'ltr');
  const tickX = async (year) => (await page.locator('.time-tick', { hasText: String(year) }).first().boundingBox()).x;
  assert.ok((await tickX(2010)) < (await tickX(2015)));
  await page.locator('.time-more').click();
  await page.locator('.time-event-list li').first().waitFor();
  assert.equal(await page.locator('.what-changed').isVisible(), true);
});

test('the year labels under the slider keep clear of every tick and stay whole, in six languages, from a phone to 1920×1080', async ({ open, baseURL }) => {
  const page = await open('/');
  for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
    await page.goto(new URL(`/?lang=${lang}`, baseURL).href);
    await marks(page);
    for (const [width, height] of [[1920, 1080], [1024, 768], [390, 844]]) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction((w) => innerWidth === w, width);
      const r = await page.evaluate(() => {
        const box = (b) => ({ x: b.x, right: b.right, y: b.y, bottom: b.bottom });
        // a label's text box (its digits' line), not its element: the gap is between what is drawn
        const labels = [...document.querySelectorAll('.time-tick:not(.minor)')].map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return { text: e.textContent, ...box(range.getBoundingClientRect()) };
        });
        const ticks = [...document.querySelectorAll('.time-tick.minor')].map((e) => box(e.getBoundingClientRect()));
        return { labels, ticks, track: box(document.querySelector('.time-track').getBoundingClientRect()), W: innerWidth };
      });
      const at = `${lang} ${width}×${height} (track ${Math.round(r.track.right - r.track.x)} px)`;
      assert.deepEqual(r.labels.map((l) => l.text), ['2005', '2010', '2015', '2020', '2025'], at);
      const gap = (a, b) => Math.hypot(Math.max(a.x - b.right, b.x - a.right, 0), Math.max(a.y - b.bottom, b.y - a.bottom, 0));
      for (const [i, l] of r.labels.entries()) {
        const nearest = Math.min(...r.ticks.map((t) => gap(l, t)));
        // before: 0 px on a phone and on a Russian bar at 1024 px (2004's or 2006's tick against the label)
        assert.ok(nearest >= 1.5, `${at}: ${l.text} is ${nearest.toFixed(1)} px from a minor tick`);
        assert.ok(l.x >= r.track.x && l.right <= r.track.right && l.right <= r.W, `${at}: ${l.text} whole inside the track`);
        if (i) assert.ok(gap(l, r.labels[i - 1]) >= 4, `${at}: ${l.text} apart from ${r.labels[i - 1].text}`);
      }
    }
  }
}, { timeout: 90_000 });

test('the date field writes the day as the page’s language does, not as an en-US browser would, and takes it typed so', async ({ open }) => {
  for (const [lang, shown, typed, iso] of [['fr', '27/12/2019', '14/07/2015', '2015-07-14'], ['ru', '27.12.2019', '14.07.2015', '2015-07-14'], ['zh', '2019/12/27', '2015/7/14', '2015-07-14']]) {
    const page = await open(`/?lang=${lang}&t=2019-12-27`, { locale: 'en-US' });
    await marks(page);
    const field = page.locator('input.time-date');
    assert.equal(await field.inputValue(), shown, `${lang} shows ${shown}`);
    await field.fill(typed);
    await field.press('Tab'); // applied when the field loses focus
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('t') === t, iso, { timeout: 5000 });
    // the keyboard moves a day at a time, as the browser's own field did
    await field.focus();
    await field.press('ArrowUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2015-07-15', null, { timeout: 5000 });
  }
});

test('the calendar button beside the date field opens the browser’s picker from the keyboard; a day picked applies', async ({ open }) => {
  const page = await open('/?lang=ru&t=2019-12-27');
  await marks(page);
  // count the real showPicker's calls and what it threw (it needs the key press's user activation)
  await page.evaluate(() => {
    const real = HTMLInputElement.prototype.showPicker;
    window.__picker = { calls: 0, errors: [] };
    HTMLInputElement.prototype.showPicker = function () {
      window.__picker.calls++;
      try { return real.call(this); } catch (e) { window.__picker.errors.push(String(e)); throw e; }
    };
  });
  const field = page.locator('input.time-date');
  await field.focus();
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Выбрать дату в календаре' });
  assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'the button is the next stop after the field');
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.__picker), { calls: 1, errors: [] });
  const picker = page.locator('input.time-date-picker');
  assert.equal(await picker.getAttribute('min'), '2001-11-23');
  // the picker opens under the button
  const [b, p] = [await button.boundingBox(), await picker.boundingBox()];
  assert.ok(p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && Math.abs(p.y + p.height - (b.y + b.height)) <= 2, JSON.stringify({ b, p }));
  await page.keyboard.press('Escape');
  await picker.fill('2015-07-14', { force: true });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2015-07-14', null, { timeout: 5000 });
  assert.equal(await field.inputValue(), '14.07.2015');
});
