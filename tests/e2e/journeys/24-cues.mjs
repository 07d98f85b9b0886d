// Session 22 (ui10): what a person must be able to see or reach at a projector's 1024×768 and on a phone, checked where
// only a real browser lays it out and paints it.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const PHONE = { width: 390, height: 844 };
const PROJECTOR = { width: 1024, height: 768 };

/** Mean lightness (0–255) of columns [x0, x1) of a PNG, over its whole height, decoded by the page's own canvas. */
const lightness = (page, png, spans) => page.evaluate(async ([b64, spans]) => {
  const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
  const c = new OffscreenCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return spans.map(([x0, x1]) => {
    const d = g.getImageData(x0, 0, x1 - x0, img.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
    return sum / (d.length / 4);
  });
}, [png.toString('base64'), spans]);

/** Problems with the shade on the edge that cuts a sideways-scrolling box (tab = the side panel's tab index, box = the
 *  scrolling element, hide = what to hide so only the box's own backgrounds are measured; a case may name the
 *  cross-tab's rows and columns, for a table wider than the phone). */
async function edgeShade(open, { tab, box: boxSel, hide, cases }) {
  const problems = [];
  for (const [lang, viewport, pair] of cases) {
    const page = await open(`/?lang=${lang}&sel=BRA`, { viewport });
    await marks(page);
    await page.locator('[role="tab"]').nth(tab).click();
    await page.locator(`${boxSel} table`).waitFor();
    if (pair) for (const [i, dim] of pair.entries()) await page.locator('.crosstab-pickers select').nth(i).selectOption(dim);
    const box = page.locator(boxSel);
    await box.scrollIntoViewIfNeeded();
    const { w, scrolls } = await box.evaluate((b) => ({ w: b.clientWidth, scrolls: b.scrollWidth > b.clientWidth + 1 }));
    if (!scrolls) { problems.push(`${lang} ${viewport.width}: the table fits (nothing to show)`); continue; }
    // what the box paints itself, without the table's text over it (the table keeps its size, so the box still scrolls)
    await page.addStyleTag({ content: `${hide} { visibility: hidden }` });
    const edges = async () => {
      const png = await box.screenshot();
      const [left, right] = await lightness(page, png, [[0, 6], [w - 6, w]]);
      return { left, right };
    };
    const rtl = lang === 'ar';
    const atStart = await edges();
    await box.evaluate((b, rtl) => { b.scrollLeft = rtl ? -b.scrollWidth : b.scrollWidth; }, rtl);
    const atEnd = await edges();
    // at the start the cut edge is the far one (right, or left in Arabic); at the end the near one
    const [startCut, startOpen] = rtl ? [atStart.left, atStart.right] : [atStart.right, atStart.left];
    const [endCut, endOpen] = rtl ? [atEnd.right, atEnd.left] : [atEnd.left, atEnd.right];
    if (!(startCut < startOpen - 8)) problems.push(`${lang} ${viewport.width}: scrolled to its start, no shade on the cut edge (${startCut.toFixed(1)} vs ${startOpen.toFixed(1)})`);
    if (!(endCut < endOpen - 8)) problems.push(`${lang} ${viewport.width}: scrolled to its end, no shade on the cut edge (${endCut.toFixed(1)} vs ${endOpen.toFixed(1)})`);
    await page.context().close();
  }
  return problems;
}

test('cues: the cross-tab shows which edge cuts its table (a shadow there, none where the table ends), mirrored in Arabic, at 1024×768 and on a phone', async ({ open }) => {
  assert.deepEqual(await edgeShade(open, { tab: 2, box: '.crosstab-scroll', hide: '.crosstab-scroll table', cases: [['en', PROJECTOR], ['ar', PROJECTOR], ['ru', PHONE, ['budapest-p1', 'budapest']]] }), []);
});

test('cues: the table tab shades the edge that cuts its table too (session 23), on a phone in Russian and Arabic', async ({ open }) => {
  assert.deepEqual(await edgeShade(open, { tab: 3, box: '.table-view', hide: '.table-view > *', cases: [['ru', PHONE], ['ar', PHONE]] }), []);
});

test('cues: the play step ("by year" / "by event") can be chosen at 1024×768 and on a phone, inside the screen, over no other control; one row at 1024', async ({ open }) => {
  const problems = [];
  for (const [lang, viewport] of [['en', PROJECTOR], ['ru', PROJECTOR], ['es', PROJECTOR], ['ar', PROJECTOR], ['en', PHONE], ['ru', PHONE]]) {
    const page = await open(`/?lang=${lang}`, { viewport });
    await marks(page);
    const r = await page.evaluate(() => {
      const mode = document.querySelector('.time-mode');
      const m = mode.getBoundingClientRect();
      const others = [...document.querySelector('.time-row').children].filter((e) => e !== mode).map((e) => e.getBoundingClientRect());
      const overlaps = others.filter((o) => o.left < m.right - 0.5 && m.left < o.right - 0.5 && o.top < m.bottom - 0.5 && m.top < o.bottom - 0.5).length;
      const tops = [...document.querySelector('.time-row').children].map((e) => e.getBoundingClientRect().top);
      return { w: m.width, inside: m.left >= 0 && m.right <= innerWidth, overlaps, spread: Math.max(...tops) - Math.min(...tops), track: document.querySelector('.time-track').getBoundingClientRect().width };
    });
    const where = `${lang} ${viewport.width}×${viewport.height}`;
    if (!(r.w > 40)) problems.push(`${where}: the play step choice is not shown`);
    else {
      if (!r.inside) problems.push(`${where}: the play step choice runs out of the screen`);
      if (r.overlaps) problems.push(`${where}: the play step choice lies over another control`);
      if (viewport === PROJECTOR && r.spread > 10) problems.push(`${where}: the time bar breaks into rows`);
      if (viewport === PROJECTOR && r.track < 240) problems.push(`${where}: the slider keeps only ${Math.round(r.track)} px`);
    }
    if (!r.w) { await page.context().close(); continue; }
    await page.locator('.time-mode').selectOption('event');
    assert.equal(await page.locator('.time-mode').inputValue(), 'event');
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test('cues: in the compare header a name that wraps ("Republic of Korea") keeps its × beside it, at 1024×768 and on a phone, in English, Russian and Arabic', async ({ open }) => {
  const problems = [];
  for (const [lang, viewport] of [['en', PROJECTOR], ['en', PHONE], ['fr', PROJECTOR], ['es', PROJECTOR], ['ru', PROJECTOR], ['ar', PHONE], ['ar', PROJECTOR]]) {
    const page = await open(`/?lang=${lang}&sel=KOR&cmp=KOR,USA,BIH`, { viewport });
    await marks(page);
    await page.locator('[role="tab"]').nth(1).click();
    await page.locator('.compare thead .remove').first().waitFor();
    const heads = await page.evaluate(() => [...document.querySelectorAll('.compare thead th')].map((th) => {
      const name = th.querySelector('.entity-link');
      const n = name.getBoundingClientRect();
      const x = th.querySelector('.remove').getBoundingClientRect();
      const head = name.parentElement;
      // each word's boxes (a word after a hyphen is a word: "Bosnie-|Herzégovine"): a word cut between two lines has two
      const text = name.firstChild;
      const words = [...text.data.matchAll(/[^\s-]+-?/g)].map((m) => {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        return { word: m[0], boxes: [...r.getClientRects()].filter((b) => b.width > 0).length, width: r.getBoundingClientRect().width };
      });
      const widest = Math.max(...words.map((w) => (w.boxes > 1 ? Infinity : w.width)));
      const room = head.clientWidth - x.width - 4;
      return { name: name.textContent, lines: Math.round(n.height / 14), cut: words.filter((w) => w.boxes > 1).map((w) => w.word), fitsBeside: widest <= room,
        n: [n.top, n.bottom], x: [x.top, x.bottom] };
    }));
    let wrapped = 0;
    for (const h of heads) {
      if (h.lines > 1) wrapped++;
      if (h.cut.length) problems.push(`${lang} ${viewport.width}: "${h.name}" is cut inside ${h.cut.join(', ')}`);
      // the × starts on the name's first line, not under it, wherever the name's words fit beside it
      if (h.fitsBeside && !(h.x[0] < h.n[0] + 12)) problems.push(`${lang} ${viewport.width}: "${h.name}"'s × is on a line of its own`);
    }
    if (lang === 'en' && !wrapped) problems.push(`${lang} ${viewport.width}: no name wraps here (the journey checks nothing)`);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});
