// Session 23 (ui11): what a demanding user saw wrong in the visual audit, checked where only a real browser lays it out and paints it.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const WIDE = { width: 1920, height: 1080 };

/** Every rows × columns pair of the cross-tab: the ones whose table is wider than its box, with the excess in px. */
async function overflows(page) {
  await page.locator('[role="tab"]').nth(2).click();
  await page.locator('.crosstab table').waitFor();
  // in the page, one pair after another (a round trip per pair took most of a minute on a loaded machine)
  return page.evaluate(async () => {
    const [rows, cols] = document.querySelectorAll('.crosstab-pickers select');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const pick = async (sel, v) => { sel.value = v; sel.dispatchEvent(new Event('change', { bubbles: true })); await frame(); };
    const dims = [...rows.options].map((o) => o.value);
    const out = [];
    for (const r of dims) {
      await pick(rows, r);
      for (const c of dims) {
        if (c === r) continue;
        await pick(cols, c);
        if (rows.value !== r || cols.value !== c) throw new Error(`the pickers did not take ${r} × ${c}`);
        const box = document.querySelector('.crosstab-scroll');
        const over = box.scrollWidth - box.clientWidth;
        if (over > 0) out.push(`${r}×${c} +${over}px`);
      }
    }
    return out;
  });
}

test('audit: at 1920×1080 the cross-tab fits its panel with no sideways scroll, for every pair of dimensions, in Russian (the longest words) today and at a date with "unknown" States, and in French, Spanish, English and Arabic at that date', async ({ open }) => {
  const problems = [];
  for (const [lang, t] of [['ru', ''], ['ru', '2010-06-01'], ['fr', '2010-06-01'], ['es', '2010-06-01'], ['en', '2010-06-01'], ['ar', '2010-06-01']]) {
    const page = await open(`/?lang=${lang}${t ? `&t=${t}` : ''}`, { viewport: WIDE });
    await marks(page);
    for (const o of await overflows(page)) problems.push(`${lang}${t ? ` at ${t}` : ''}: ${o}`);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test('audit: the cross-tab\'s column and row heads keep their full names in a title, and its pickers are not cut where the panel has room', async ({ open }) => {
  const page = await open('/?lang=ru&t=2010-06-01', { viewport: WIDE });
  await marks(page);
  await page.locator('[role="tab"]').nth(2).click();
  await page.locator('.crosstab table').waitFor();
  const pickers = page.locator('.crosstab-pickers select');
  await pickers.nth(0).selectOption('budapest-p2');
  await pickers.nth(1).selectOption('budapest');
  const heads = await page.locator('.crosstab thead th[title], .crosstab tbody th[title]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.title]));
  // the short form in the cell, the full name in its title ("Пригл." / "Приглашено присоединиться")
  assert.ok(heads.some(([short, full]) => short === 'Пригл.' && full === 'Приглашено присоединиться'), JSON.stringify(heads));
  assert.ok(heads.some(([short, full]) => short === 'Неизв.' && full === 'Неизвестно на эту дату'), JSON.stringify(heads));
  // the first picker shows the protocol's whole name ("Второй протокол: электронные доказательства…") when it fits the panel
  const cut = await pickers.nth(0).evaluate((s) => {
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(s).font;
    probe.textContent = s.selectedOptions[0].textContent;
    document.body.append(probe);
    const need = probe.getBoundingClientRect().width;
    probe.remove();
    const panel = document.querySelector('.crosstab-pickers').getBoundingClientRect().width;
    return { need, has: s.getBoundingClientRect().width, panel };
  });
  assert.ok(cut.has >= Math.min(cut.need, cut.panel * 0.75), JSON.stringify(cut));
  await page.context().close();
});

test('audit: the matrix\'s selected row keeps its cells\' colours (in force, signed) under its highlight, and a long name is whole at 1920 with every column in view', async ({ open }) => {
  const page = await open('/?graph=matrix&rows=region&sel=FRA', { viewport: WIDE });
  await page.locator('.matrix tr[data-row="FRA"]').waitFor();
  const colours = await page.evaluate(() => {
    const bg = (td) => getComputedStyle(td).backgroundColor;
    const out = {};
    for (const state of ['in-force', 'signed']) {
      const sel = document.querySelector(`.matrix tr[data-row="FRA"] td[data-state="${state}"]`);
      const other = document.querySelector(`.matrix tr[data-row]:not([data-row="FRA"]) td[data-state="${state}"]`);
      out[state] = sel && other ? [bg(sel), bg(other)] : null;
    }
    const gbr = document.querySelector('.matrix tr[data-row="GBR"] th button');
    out.gbrCut = gbr.scrollWidth > gbr.clientWidth + 1;
    out.gbrTitle = gbr.title;
    const box = document.querySelector('.matrix-scroll');
    out.over = box.scrollWidth - box.clientWidth;
    return out;
  });
  assert.ok(colours['in-force'], 'France has a relation in force in the matrix');
  assert.equal(colours['in-force'][0], colours['in-force'][1]);
  if (colours.signed) assert.equal(colours.signed[0], colours.signed[1]);
  assert.equal(colours.gbrCut, false);
  // and the name's room is not taken from the columns: the matrix still fits its panel at 1920
  assert.ok(colours.over <= 0, `the matrix scrolls sideways by ${colours.over} px`);
  assert.match(colours.gbrTitle, /^United Kingdom of Great Britain and Northern Ireland/);
  await page.context().close();
});

test('audit: every filter chip\'s choices open inside the screen on a phone (French, and Arabic from the right)', async ({ open }) => {
  const problems = [];
  for (const [lang, viewport] of [['fr', { width: 390, height: 844 }], ['ar', { width: 390, height: 844 }]]) {
    const page = await open(`/?lang=${lang}`, { viewport });
    await marks(page);
    const chips = await page.locator('.filter-bar .chip-menu').count();
    for (let i = 0; i < chips; i++) {
      const chip = page.locator('.filter-bar .chip-menu').nth(i);
      await chip.click();
      const pop = page.locator('.filter-popover');
      await pop.waitFor();
      const r = await pop.evaluate((el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right, vw: document.documentElement.clientWidth }; });
      if (r.left < 0 || r.right > r.vw) problems.push(`${lang} ${viewport.width}: ${await chip.textContent()} opens at ${Math.round(r.left)}–${Math.round(r.right)} of ${r.vw}`);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'detached' });
    }
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

// Session 24 (ui12): a native select draws its chosen option on one line and cuts it at its edge ("Конвенция о
// киберпреступно…" in the cross-tab's 214 px pickers at 1024). The lens picker and the cross-tab's pickers show the
// chosen name whole in a face that wraps, every lens, at 1024×768 and on a phone.
test('audit: every lens name is shown whole in the lens picker and the cross-tab\'s pickers, in Russian, French, Spanish and Arabic, at 1024×768 and on a phone', async ({ open }) => {
  const problems = [];
  for (const lang of ['ru', 'fr', 'es', 'ar']) for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    const page = await open(`/?lang=${lang}`, { viewport });
    await marks(page);
    await page.locator('#tab-crosstab').click();
    await page.locator('.crosstab table').waitFor();
    problems.push(...await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out = [];
      const pickers = [document.querySelector('.lens-picker select'), ...document.querySelectorAll('.crosstab-pickers select')];
      for (const [i, sel] of pickers.entries()) {
        for (const o of [...sel.options]) {
          sel.value = o.value;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          await frame();
          const face = sel.parentElement.querySelector('.wrap-select-face');
          const b = face?.getBoundingClientRect();
          const vw = document.documentElement.clientWidth;
          if (!face || face.textContent !== o.textContent || face.scrollWidth > face.clientWidth + 1 || b.left < 0 || b.right > vw)
            out.push(`picker ${i} "${o.textContent}": face "${face?.textContent}" ${face ? `${face.scrollWidth}/${face.clientWidth} at ${Math.round(b.left)}–${Math.round(b.right)} of ${vw}` : ''}`);
        }
      }
      return out;
    }).then((l) => l.map((x) => `${lang} ${viewport.width}: ${x}`)));
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

// Session 25 (ui13): two source lines of one record read the same when cut at their ends ("UN Statistics Division -
// Standard country …": the M49 page and its six-language overview); a right-to-left select's text touched its border.
test('audit: a record\'s source lines that start alike read apart at 1024×768 (the words that differ whole), and an Arabic page\'s selects keep room at their text\'s start', async ({ open }) => {
  const page = await open('/?lang=ru&sel=KOR', { viewport: { width: 1024, height: 768 } });
  await marks(page);
  const lines = page.locator('.sources a').filter({ hasText: 'UN Statistics Division' });
  await lines.nth(1).waitFor();
  const shown = await lines.evaluateAll((as) => as.map((a) => {
    const key = a.querySelector('.source-key');
    return { key: key?.textContent, whole: key ? key.scrollWidth <= key.clientWidth + 1 : false, start: a.querySelector('.source-start')?.textContent };
  }));
  assert.equal(shown.length, 2);
  assert.deepEqual(shown.map((s) => s.start), [shown[0].start, shown[0].start], 'the common start gives way');
  assert.notEqual(shown[0].key, shown[1].key);
  const m49 = shown.find((s) => s.key === '(M49)');
  assert.ok(m49?.whole, `the M49 page's line shows "(M49)" whole: ${JSON.stringify(shown)}`);
  // opened, the line wraps as one text: no box keeps its one line (the date's began a line of its own, after a space)
  await lines.first().locator('xpath=..').locator('.source-more').click();
  const stiff = await lines.first().evaluate((a) => [...a.querySelectorAll('span')].filter((e) => getComputedStyle(e).whiteSpace !== 'normal').map((e) => e.className || e.textContent));
  assert.deepEqual(stiff, [], 'boxes of an opened source line that do not wrap');
  await page.context().close();

  const ar = await open('/?lang=ar&graph=matrix&rows=region', { viewport: { width: 1024, height: 768 } });
  await marks(ar);
  await ar.locator('.matrix-controls select').waitFor();
  const tight = await ar.locator('select').evaluateAll((ss) => ss.filter((s) => s.getClientRects().length && Number(getComputedStyle(s).opacity) > 0)
    .filter((s) => parseFloat(getComputedStyle(s).paddingRight) < 4).map((s) => `${s.closest('label')?.textContent.trim().slice(0, 30) ?? s.className}: ${getComputedStyle(s).paddingRight}`));
  assert.deepEqual(tight, [], 'selects whose Arabic text starts against the right border');
}, { timeout: 60_000 });
