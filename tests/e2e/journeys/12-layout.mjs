import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';
import { present, threeStepDeck } from '../lib/briefing.mjs';

const SIZES = [[1280, 720], [1440, 900], [1920, 1080]];

/** Where the map's viewBox is drawn (preserveAspectRatio meet) against its frame, the panel and the legend. */
const mapBoxes = (page) => page.evaluate(() => {
  const r = (sel) => { const b = document.querySelector(sel).getBoundingClientRect(); return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height }; };
  const svg = document.querySelector('.map-svg');
  const vb = svg.viewBox.baseVal;
  const box = svg.getBoundingClientRect();
  const k = Math.min(box.width / vb.width, box.height / vb.height);
  const drawn = { width: vb.width * k, height: vb.height * k, cx: box.left + box.width / 2, cy: box.top + box.height / 2 };
  return { drawn, frame: r('.map-frame'), panel: r('.view-map'), legend: r('.map-legend') };
});

function assertMapFills({ drawn, frame, panel, legend }, where) {
  // fills the frame along one axis (aspect kept) and is centred in it
  assert.ok(drawn.width >= frame.width - 2 || drawn.height >= frame.height - 2, `${where}: map ${Math.round(drawn.width)}×${Math.round(drawn.height)} in a ${Math.round(frame.width)}×${Math.round(frame.height)} frame`);
  assert.ok(Math.abs(drawn.cx - (frame.left + frame.right) / 2) <= 2 && Math.abs(drawn.cy - (frame.top + frame.bottom) / 2) <= 2, `${where}: map centred in its frame`);
  // no dead band: the frame runs down to the legend, the legend to the panel's bottom (8 px padding)
  assert.ok(legend.top - frame.bottom <= 8, `${where}: ${Math.round(legend.top - frame.bottom)} px between map and legend`);
  assert.ok(panel.bottom - legend.bottom <= 12, `${where}: ${Math.round(panel.bottom - legend.bottom)} px empty under the legend`);
}

test('layout: the map fills its panel at 1280×720, 1440×900 and 1920×1080, aspect kept and centred', async ({ open }) => {
  for (const [width, height] of SIZES) {
    const page = await open('/', { viewport: { width, height } });
    await marks(page);
    assertMapFills(await mapBoxes(page), `${width}×${height}`);
    // the page reaches the bottom of the window: the panels take the height, not the footer
    const footer = await page.evaluate(() => { const b = document.querySelector('.app-footer').getBoundingClientRect(); return { height: b.height, bottom: b.bottom + scrollY }; });
    assert.ok(footer.height < 80, `${width}×${height}: footer ${Math.round(footer.height)} px tall`);
    assert.ok(footer.bottom >= height - 1, `${width}×${height}: page ends at ${Math.round(footer.bottom)} px`);
  }
}, { timeout: 90_000 });

test('layout: in presentation the 16:9 slide fills the window, letterboxed and centred', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await threeStepDeck(page);
  await present(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
  await page.locator('.slide-stage > svg').waitFor();
  const { drawn, W, H } = await page.evaluate(() => {
    const svg = document.querySelector('.slide-stage > svg');
    const vb = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    const k = Math.min(box.width / vb.width, box.height / vb.height);
    return { drawn: { width: vb.width * k, height: vb.height * k, cx: box.left + box.width / 2, cy: box.top + box.height / 2 }, W: innerWidth, H: innerHeight };
  });
  assert.ok(Math.abs(drawn.width - W) < 1 || Math.abs(drawn.height - H) < 1, `slide ${Math.round(drawn.width)}×${Math.round(drawn.height)} in ${W}×${H}`);
  assert.ok(Math.abs(drawn.cx - W / 2) <= 1 && Math.abs(drawn.cy - H / 2) <= 1, 'centred');
}, { timeout: 90_000 });

/** Visible graph labels that touch another label, or cover the mark of another labelled node. */
const labelClashes = (page) => page.evaluate(() => {
  const box = (e) => e.getBoundingClientRect();
  const texts = [...document.querySelectorAll('.view-graph .labels text')].filter((t) => !t.classList.contains('out'));
  const labels = texts.map((t) => ({ name: t.textContent, r: box(t), of: t.getAttribute('data-label-for') }));
  const markOf = new Map([...document.querySelectorAll('.view-graph [data-node-id]')].map((m) => [m.getAttribute('data-node-id'), m]));
  const hit = (a, b, pad) => a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;
  const out = [];
  // an ego focus's sector captions ("In force or ongoing (11)") are text too: no label touches them
  for (const c of document.querySelectorAll('.view-graph text.ego-sector'))
    for (const l of labels) if (hit(l.r, box(c), 1)) out.push(`${l.name} touches the caption ${c.textContent}`);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) if (hit(labels[i].r, labels[j].r, 1)) out.push(`${labels[i].name} touches ${labels[j].name}`);
    for (const other of labels) {
      const mark = markOf.get(other.of);
      if (other === labels[i] || !mark) continue;
      const m = box(mark);
      // 1 px of the mark's stroke may meet the label's halo
      if (hit(labels[i].r, { left: m.left + 1, top: m.top + 1, right: m.right - 1, bottom: m.bottom - 1 }, 0)) out.push(`${labels[i].name} covers the mark of ${other.name}`);
    }
  }
  return { count: labels.length, out };
});

test('graph labels neither touch each other, nor cover labelled nodes, nor an ego focus’s captions (default, a selection, ego focuses)', async ({ open }) => {
  for (const url of ['/', '/?sel=KOR', '/?sel=KOR&focus=KOR:1', '/?sel=europol', '/?sel=USA&focus=USA:1', '/?lang=fr&sel=eurojust&focus=eurojust:1']) {
    const page = await open(url);
    await marks(page, ['data:ready', 'graph:painted']);
    await page.waitForTimeout(500); // labels are placed in a deferred render
    const { count, out } = await labelClashes(page);
    assert.ok(count >= 3, `${url}: ${count} labels`);
    assert.deepEqual(out, [], url);
  }
}, { timeout: 90_000 });

test('exporting the deck as .pptx leaves the address and the history as they were', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await threeStepDeck(page);
  const before = await page.evaluate(() => ({ length: history.length, href: location.href }));
  await page.getByText('Export', { exact: true }).click();
  await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).first().click()]);
  await page.waitForTimeout(800); // a map zoom settling after the last step would write the address now
  assert.deepEqual(await page.evaluate(() => ({ length: history.length, href: location.href })), before);
}, { timeout: 120_000 });

test('layout: on a projector (1024×768) the record sits beside the map on the first screen; on a phone nothing runs off the right edge', async ({ open }) => {
  const page = await open('/?sel=KOR', { viewport: { width: 1024, height: 768 } });
  await marks(page);
  const heading = page.locator('.side h2').first();
  await heading.waitFor();
  const { side, map } = await page.evaluate(() => {
    const r = (sel) => { const b = document.querySelector(sel).getBoundingClientRect(); return { left: b.left, top: b.top, right: b.right }; };
    return { side: r('.side h2'), map: r('.view-map') };
  });
  assert.ok(side.top < 768 && side.left >= map.right - 1, `record heading at ${Math.round(side.left)},${Math.round(side.top)}; map ends at x=${Math.round(map.right)}`);

  const phone = await open('/?sel=KOR', { viewport: { width: 390, height: 844 } });
  await marks(phone);
  const overflow = await phone.evaluate(() => [...document.querySelectorAll('.app-header *, .filter-bar *, .time-bar *')]
    .filter((e) => e.getBoundingClientRect().right > innerWidth + 1).map((e) => e.className || e.tagName));
  assert.deepEqual(overflow, [], 'controls past the right edge at 390 px');
}, { timeout: 90_000 });

test('layout: on a phone the deck editor fits its dialog: every step\'s buttons, fields and callout list in reach', async ({ open }) => {
  const page = await open('/?sel=GBR', { viewport: { width: 390, height: 844 } });
  await marks(page);
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  // the United Kingdom's full name is the longest in the callout's list of countries
  await page.getByRole('button', { name: 'Add current view as step' }).click();
  await page.getByText('Added the current view as a step.').waitFor();
  const { overflow, scroll } = await page.evaluate(() => {
    const d = document.querySelector('dialog[open]');
    const box = d.getBoundingClientRect();
    const outside = [...d.querySelectorAll('button, input, select, textarea, img, .deck-thumb')]
      .filter((e) => { const b = e.getBoundingClientRect(); return b.width > 0 && (b.right > box.right + 1 || b.left < box.left - 1); })
      .map((e) => `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 24)}"`);
    return { overflow: outside, scroll: d.scrollWidth - d.clientWidth };
  });
  assert.deepEqual(overflow, [], 'controls past the deck dialog\'s edge at 390 px');
  assert.ok(scroll <= 1, `the dialog scrolls ${scroll} px sideways`);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
});

test('layout: on a phone the matrix scrolls in its own box; the page does not scroll sideways', async ({ open }) => {
  const page = await open('/?graph=matrix&sel=KOR', { viewport: { width: 390, height: 844 } });
  await marks(page);
  await page.locator('.matrix tbody tr').first().waitFor();
  const { page: pageWidth, box } = await page.evaluate(() => {
    const s = document.querySelector('.matrix-scroll');
    return { page: document.documentElement.scrollWidth, box: { width: s.clientWidth, content: s.scrollWidth } };
  });
  assert.ok(pageWidth <= 390, `the page is ${pageWidth} px wide at 390 px`);
  assert.ok(box.width <= 390 && box.content > box.width, `the matrix scrolls in its box (${box.content} px in ${box.width})`);
});

test('layout: the language switch shows its language\'s name whole (its set width is no narrower than the name and its arrow)', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  const cut = [];
  for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
    await page.goto(new URL(`/?lang=${lang}`, page.url()).href);
    const sw = page.locator('.language-switch');
    await sw.waitFor();
    // the width Chromium gives the same select holding only the chosen language (the name, padding and arrow)
    const { set, needed } = await sw.evaluate((s) => {
      const one = s.cloneNode(false);
      one.style.width = 'auto';
      one.append(s.selectedOptions[0].cloneNode(true));
      s.after(one);
      const r = { set: s.getBoundingClientRect().width, needed: one.getBoundingClientRect().width };
      one.remove();
      return r;
    });
    if (set < needed) cut.push(`${lang}: ${set} px for ${needed}`);
  }
  assert.deepEqual(cut, [], 'names cut by the arrow');
});

test('layout: the matrix scrolls in its own box at 1280×720, 1440×900 and 1920×1080; the map stays drawn on the first screen', async ({ open }) => {
  for (const [width, height] of SIZES) {
    const page = await open('/?sel=FRA', { viewport: { width, height } });
    await marks(page);
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    const network = await pageHeight();
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await page.locator('.matrix tbody tr').nth(100).waitFor({ state: 'attached' });
    const boxes = await mapBoxes(page);
    // before: the matrix's rows set the row's height (~3,000 px) and the map was drawn ~1,400 px down, off the screen
    assert.ok(boxes.drawn.cy + boxes.drawn.height / 2 <= height, `${width}×${height}: the map ends ${Math.round(boxes.drawn.cy + boxes.drawn.height / 2)} px down`);
    assertMapFills(boxes, `${width}×${height} with the matrix`);
    assert.ok(await page.evaluate(() => { const s = document.querySelector('.matrix-scroll'); return s.scrollHeight > s.clientHeight; }), `${width}×${height}: the matrix scrolls inside its box`);
    const matrix = await pageHeight();
    assert.ok(matrix <= network + 1, `${width}×${height}: the page is ${matrix} px tall with the matrix, ${network} px with the network`);
  }
}, { timeout: 90_000 });
