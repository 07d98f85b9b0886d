// What a person reads is whole and legible at the sizes the atlas is used at (a phone, a projector, a wide screen):
// the lens picker's chosen name, the date fields' patterns, the time chart's years and counts. Layout-only checks,
// so they run in a real browser. Session 20's walk found each of these cut or too small.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const PHONE = { width: 390, height: 844 };

/** How a select shows its chosen option: the problems a person would see. A visible select shows its option on one
 *  line: it is whole when the select is as wide as Chromium makes the same select holding only that option (name,
 *  padding and arrow), laid out in the same place. A face drawn for it must show the same text, unclipped and inside
 *  the window, with the select over all of it. */
const selectShown = (page, css) => page.evaluate((css) => {
  const select = document.querySelector(css);
  const name = select.selectedOptions[0].textContent;
  const problems = [];
  if (Number(getComputedStyle(select).opacity) > 0) {
    const one = select.cloneNode(false);
    one.style.cssText = 'width:auto;max-width:none;position:absolute;visibility:hidden';
    one.append(select.selectedOptions[0].cloneNode(true));
    select.after(one);
    const needed = one.getBoundingClientRect().width;
    one.remove();
    const set = select.getBoundingClientRect().width;
    if (set + 0.5 < needed) problems.push(`select ${Math.round(set)} px for "${name}" (${Math.round(needed)} px)`);
  } else {
    const face = select.closest('.wrap-select').querySelector('.wrap-select-face');
    const b = face.getBoundingClientRect();
    if (face.textContent !== name) problems.push(`face says "${face.textContent}" for "${name}"`);
    if (face.scrollWidth > face.clientWidth + 1) problems.push(`face cuts "${name}" (${face.scrollWidth} px in ${face.clientWidth})`);
    if (b.right > innerWidth + 1 || b.left < -1) problems.push(`face runs past the window (${Math.round(b.left)}–${Math.round(b.right)})`);
    const s = select.getBoundingClientRect();
    // the select, transparent, lies over the whole face: a tap anywhere on the name opens it
    if (s.left > b.left + 1 || s.right < b.right - 1 || s.top > b.top + 1 || s.bottom < b.bottom - 1) problems.push('the select does not cover its face');
  }
  return problems;
}, css);
const lensShown = (page) => selectShown(page, '.lens-picker select');

test('words whole: the lens picker shows every lens\'s whole name on a phone in all six languages, and at 1024×768', async ({ open }) => {
  const cut = [];
  for (const [lang, viewport] of [['fr', PHONE], ['ru', PHONE], ['es', PHONE], ['ar', PHONE], ['zh', PHONE], ['en', PHONE], ['fr', { width: 1024, height: 768 }]]) {
    const page = await open(`/?lang=${lang}`, { viewport });
    await marks(page);
    const ids = await page.locator('.lens-picker select option').evaluateAll((os) => os.map((o) => o.value));
    for (const id of ids) {
      await page.locator('.lens-picker select').selectOption(id);
      await page.waitForFunction((v) => new URL(location.href).searchParams.get('lens') === v || (v === 'budapest' && !new URL(location.href).searchParams.get('lens')), id);
      for (const p of await lensShown(page)) cut.push(`${lang} ${viewport.width} px, ${id}: ${p}`);
    }
    // the page itself is no wider than the window
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > viewport.width) cut.push(`${lang} ${viewport.width} px: the page is ${wide} px wide`);
    await page.context().close();
  }
  assert.deepEqual(cut, [], 'lens names cut');
}, { timeout: 120_000 });

test('words whole: the lens picker keeps the select\'s keyboard: focus shows a ring on the name, arrows change the lens', async ({ open }) => {
  const page = await open('/?lang=fr', { viewport: PHONE });
  await marks(page);
  const select = page.getByLabel('Colorer la carte selon');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lens') === 'budapest-p1');
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('.lens-picker .wrap-select-face') ?? document.querySelector('.lens-picker select')).outlineStyle);
  assert.equal(ring, 'solid', 'a focus ring is drawn where the name is shown');
});

test('words whole: "Show only" shows the chosen link family\'s whole name, on a phone and at 1440×900, in six languages', async ({ open }) => {
  const cut = [];
  for (const [lang, viewport] of [['fr', PHONE], ['ru', PHONE], ['es', PHONE], ['ar', PHONE], ['zh', PHONE], ['en', PHONE], ['ru', { width: 1440, height: 900 }]]) {
    const page = await open(`/?lang=${lang}`, { viewport });
    await marks(page);
    const only = page.locator('select[data-family-only]');
    const ids = await only.locator('option').evaluateAll((os) => os.map((o) => o.value));
    for (const id of ids) {
      await only.selectOption(id);
      for (const p of await selectShown(page, 'select[data-family-only]')) cut.push(`${lang} ${viewport.width} px, "${id}": ${p}`);
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > viewport.width) cut.push(`${lang} ${viewport.width} px: the page is ${wide} px wide`);
    await page.context().close();
  }
  assert.deepEqual(cut, [], 'family names cut');
}, { timeout: 120_000 });

/** The date fields' value, or their pattern (placeholder) when empty, measured in the field's own font against its
 *  content box. */
const dateFieldsCut = (page) => page.evaluate(() => {
  const ctx = document.createElement('canvas').getContext('2d');
  return [...document.querySelectorAll('input.time-date')].flatMap((f) => {
    const cs = getComputedStyle(f);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = f.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    // the pattern shows while the field is empty ("what changed since" before a date is chosen)
    return [f.value ? ['value', f.value] : ['pattern', f.placeholder]].filter(([, s]) => s && ctx.measureText(s).width > room + 0.5)
      .map(([what, s]) => `${f.getAttribute('aria-label')}: ${what} "${s}" ${Math.round(ctx.measureText(s).width)} px in ${Math.round(room)}`);
  });
});

test('words whole: the date fields show their pattern and date whole (the as-of date and "what changed since"), in six languages', async ({ open }) => {
  const cut = [];
  for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh']) {
    const page = await open(`/?lang=${lang}&t=2020-06-30`, { viewport: PHONE });
    await marks(page);
    await page.locator('.time-more').click();
    await page.locator('.what-changed input.time-date').waitFor();
    cut.push(...(await dateFieldsCut(page)).map((p) => `${lang}: ${p}`));
    await page.context().close();
  }
  assert.deepEqual(cut, [], 'date fields cut');
}, { timeout: 90_000 });

test('words whole: the time chart\'s years and counts are drawn at 11 px on a phone, a projector and a wide screen', async ({ open }) => {
  const sizes = [];
  for (const viewport of [PHONE, { width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    const page = await open('/?t=2020-06-30', { viewport });
    await marks(page);
    await page.locator('.time-more').click();
    await page.locator('.time-chart svg text').first().waitFor();
    // the size a text is drawn at: its font size in the drawing's units times the drawing's scale on screen
    const px = await page.evaluate(() => [...document.querySelectorAll('.time-chart svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));
    const [lo, hi] = [Math.min(...px), Math.max(...px)];
    if (lo < 10.5 || hi > 11.5) sizes.push(`${viewport.width}×${viewport.height}: ${lo.toFixed(1)}–${hi.toFixed(1)} px`);
    // and no two year labels touch
    const touching = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.time-chart svg text[text-anchor="middle"]')].map((t) => t.getBoundingClientRect());
      return boxes.slice(1).filter((b, i) => b.left < boxes[i].right + 2).length;
    });
    if (touching) sizes.push(`${viewport.width}×${viewport.height}: ${touching} year labels touch`);
    await page.context().close();
  }
  assert.deepEqual(sizes, [], 'time chart text not at the type scale\'s 11 px');
}, { timeout: 90_000 });
