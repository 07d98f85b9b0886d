// Briefing-grade slides (issue 15): the stage at projector sizes, the words on it, the presenter view, the exports.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { test } from '../lib/harness.mjs';
import { ROOT } from '../lib/build.mjs';
import { marks } from '../lib/app.mjs';
import { present } from '../lib/briefing.mjs';

const JSZip = createRequire(path.join(ROOT, 'package.json'))('jszip');

const VIEW = { lens: 'budapest', filters: {}, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null };
const FILTERED = { ...VIEW, lens: 'unga-74-247', filters: { budapest: ['party'], 'unga-74-247': ['yes'] } };
const step = (id, title, view, extra = {}) => ({ id, title, caption: '', notes: '', view, ...extra });
/** One step per layout, the filtered one first. */
export const LAYOUT_DECK = {
  version: 1, title: 'Slides journey',
  steps: [
    step('f', 'Who voted for 74/247', FILTERED, { caption: 'Eight Budapest Parties voted Yes.', notes: 'Notes of step one' }),
    step('r', 'Republic of Korea', { ...VIEW, sel: 'KOR' }, { notes: 'Notes of step two' }),
    step('n', 'Europol', { ...VIEW, sel: 'europol' }, { notes: 'Notes of step three' }),
    step('mn', 'Bosnia and Herzegovina', { ...VIEW, lens: 'un-convention', sel: 'BIH', focus: { id: 'BIH', depth: 1 } }),
    step('c', 'Three States', { ...VIEW, cmp: ['KOR', 'USA', 'BIH'] }),
    step('t', 'The eight, listed', FILTERED, { layout: 'table', callout: { id: 'SRB', text: 'Pinned to Serbia' } }),
  ],
};

/** Puts a deck in the browser's storage (as the deck editor would) and waits until the app has read it. */
export async function seedDeck(page, deck = LAYOUT_DECK) {
  await page.evaluate((d) => localStorage.setItem('atlas-deck', JSON.stringify({ state: { deck: d }, version: 1 })), deck);
  await page.reload();
  await marks(page);
  await page.getByRole('button', { name: `Deck (${deck.steps.length})` }).waitFor();
}

const stageText = (page) => page.evaluate(() => [...document.querySelectorAll('.slide-stage text')].map((t) => t.textContent).join('\n'));

/** Visible elements (and SVG texts) outside the window, clipped by a scrolling or clipping ancestor, or covered:
 *  a text whose centre hits another element, or two texts whose boxes overlap. */
const layoutProblems = (page) => page.evaluate(() => {
  const W = innerWidth, H = innerHeight;
  const shown = (e) => {
    const cs = getComputedStyle(e);
    if (cs.visibility !== 'visible' || cs.display === 'none') return false;
    for (let a = e; a && a !== document.documentElement; a = a.parentElement) if (Number(getComputedStyle(a).opacity) === 0) return false;
    const r = e.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const name = (e) => `${e.localName}${e.className?.baseVal ?? (e.className ? `.${e.className}` : '')} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
  const out = [];
  const els = [...document.body.querySelectorAll('*')].filter(shown);
  for (const e of els) {
    const r = e.getBoundingClientRect();
    if (r.left < -0.5 || r.top < -0.5 || r.right > W + 0.5 || r.bottom > H + 0.5) out.push(`outside the window: ${name(e)} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflow === 'visible' && cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      if (r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5) { out.push(`clipped by ${name(a)}: ${name(e)}`); break; }
    }
    // an element clipped by an SVG's viewport
    const svg = e.ownerSVGElement && e.closest('svg:not(svg svg)');
    if (svg) {
      const b = svg.getBoundingClientRect();
      if (e.localName === 'text' && (r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5)) out.push(`outside its slide: ${name(e)}`);
    }
  }
  const texts = els.filter((e) => e.localName === 'text' || (!e.ownerSVGElement && e.children.length === 0 && e.textContent.trim()));
  for (const t of texts) {
    const r = t.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (hit && hit !== t && !t.contains(hit) && !hit.contains(t)) out.push(`covered: ${name(t)} under ${name(hit)}`);
  }
  const svgTexts = texts.filter((t) => t.localName === 'text').map((t) => ({ t, r: t.getBoundingClientRect() }));
  for (let i = 0; i < svgTexts.length; i++) for (let j = i + 1; j < svgTexts.length; j++) {
    const a = svgTexts[i].r, b = svgTexts[j].r;
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`texts overlap: ${name(svgTexts[i].t)} / ${name(svgTexts[j].t)}`);
  }
  return out;
});

test('slides: a filtered step at 1024×768, 1280×720 and 1920×1080: nothing outside, clipped or covered; it states the filter and its count', async ({ open }) => {
  for (const [width, height] of [[1024, 768], [1280, 720], [1920, 1080]]) {
    const page = await open('/', { viewport: { width, height } });
    await marks(page);
    await seedDeck(page);
    await present(page);
    await page.locator('.slide-stage text[data-role="statement"]').first().waitFor();
    const text = await stageText(page);
    assert.match(text, /8 of \d+: Budapest Parties that voted Yes on A\/RES\/74\/247/, `${width}×${height}: the filter and its count`);
    assert.match(text, /Yes: 8 shown of 79/, `${width}×${height}: the legend counts what is shown`);
    assert.doesNotMatch(text, /Select a country|press '\/'/, 'no hint text');
    assert.deepEqual(await layoutProblems(page), [], `${width}×${height}`);
    // the stage is the whole 16:9 picture, scaled to fit and centred
    const box = await page.locator('.slide-stage > svg').evaluate((s) => { const r = s.getBoundingClientRect(); const k = Math.min(r.width / 1600, r.height / 900); return { w: 1600 * k, h: 900 * k, W: innerWidth, H: innerHeight }; });
    assert.ok(Math.abs(box.w - box.W) < 1 || Math.abs(box.h - box.H) < 1, `${width}×${height}: the slide fills one dimension`);
  }
}, { timeout: 120_000 });

test('slides: every layout presents without anything outside, clipped or covered (1024×768)', async ({ open }) => {
  const page = await open('/', { viewport: { width: 1024, height: 768 } });
  await marks(page);
  await seedDeck(page);
  await present(page);
  for (let n = 1; n <= LAYOUT_DECK.steps.length; n++) {
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('step') === String(v), n);
    await page.locator('.slide-stage text[data-role="step"]', { hasText: `${n} / ${LAYOUT_DECK.steps.length}` }).waitFor();
    assert.deepEqual(await layoutProblems(page), [], `step ${n} (${LAYOUT_DECK.steps[n - 1].title})`);
    await page.keyboard.press('ArrowRight');
  }
}, { timeout: 120_000 });

test('presenter view: steps forward in it move the audience window, and back; notes, next slide and clock shown', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await seedDeck(page);
  await present(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
  const [pv] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  const problems = [];
  pv.on('pageerror', (e) => problems.push(e.message));
  pv.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await pv.getByText('Step 1 of 6').waitFor({ timeout: 20_000 });
  assert.equal(await pv.getByTestId('presenter-notes').innerText(), 'Notes of step one');
  assert.match(await pv.locator('.presenter-clock').innerText(), /^Elapsed \d\d:\d\d$/);
  assert.equal(await pv.locator('.presenter-next > svg').count(), 1, 'the next step is previewed');
  // forward in the presenter view (clicker keys), the audience follows
  await pv.keyboard.press('PageDown');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
  await pv.getByText('Step 2 of 6').waitFor();
  assert.equal(await pv.getByTestId('presenter-notes').innerText(), 'Notes of step two');
  await pv.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3');
  await pv.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
  // and back from the audience window: the presenter view follows
  await page.keyboard.press('PageUp');
  await pv.getByText('Step 1 of 6').waitFor();
  assert.deepEqual(problems, [], 'no errors in the presenter view');
}, { timeout: 90_000 });

test('exports: the SVG of a filtered vote view says "8 of …" and cites the UN Digital Library voting record, no domain list', async ({ open }) => {
  const page = await open('/?lens=unga-74-247&f=budapest:party;unga-74-247:yes');
  await marks(page);
  await page.getByText('Export', { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'View as SVG (16:9)' }).click()]);
  const svg = fs.readFileSync(await dl.path(), 'utf8');
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  const role = (r) => [...doc.querySelectorAll(`[data-role="${r}"]`)].map((t) => t.textContent).join(' ');
  assert.match(role('statement'), /^8 of \d+: /);
  assert.match(role('sources'), /^Sources: UN Digital Library voting record/);
  assert.doesNotMatch(role('sources'), /\b[\w-]+\.(com|org|net|ru)\b/, 'the sources line names records, not domains');
  assert.equal(doc.querySelectorAll('[data-role="map-label"]').length, 8, 'the eight states are named');
}, { timeout: 60_000 });

test('exports: a 10-step .pptx from slide models: native text, alt text, notes; the view never moves', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  const steps = Array.from({ length: 10 }, (_, i) => ({ ...LAYOUT_DECK.steps[i % LAYOUT_DECK.steps.length], id: `s${i}` }));
  await seedDeck(page, { ...LAYOUT_DECK, steps });
  const before = await page.evaluate(() => location.href);
  await page.getByText('Export', { exact: true }).click();
  const started = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).click()]);
  const ms = Date.now() - started;
  console.log(`          10-step .pptx built in ${ms} ms`);
  assert.equal(await page.evaluate(() => location.href), before, 'the address did not move');
  const zip = await JSZip.loadAsync(fs.readFileSync(await dl.path()));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  assert.equal(slides.length, 10);
  const s1 = await zip.file('ppt/slides/slide1.xml').async('string');
  const runs = [...s1.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
  assert.equal(runs.filter((t) => t === 'Who voted for 74/247').length, 1, 'the title once');
  assert.ok(runs.some((t) => /^8 of \d+: Budapest Parties/.test(t)), 'the subtitle');
  assert.ok(runs.includes('Eight Budapest Parties voted Yes.'), 'the caption');
  assert.ok(runs.includes('Yes: 8 shown of 79'), 'the legend');
  assert.ok(runs.some((t) => /^UN Digital Library voting record/.test(t)), 'the sources');
  assert.match(s1, /descr="World map coloured by Vote on A\/RES\/74\/247/, 'the picture has alt text');
  const notes = await Promise.all(Object.keys(zip.files).filter((f) => /notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f).async('string')));
  assert.ok(notes.join('').includes('Notes of step one'), 'speaker notes');
}, { timeout: 90_000 });

/** The presenter view's boxes, in px: the current slide, the next one, the notes' column (heading, notes, shortened),
 *  the body and the page's scroll width. */
const presenterBoxes = (pv) => pv.evaluate(() => {
  const box = (s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return r && { x: r.x, y: r.y, w: r.width, h: r.height, right: r.right, bottom: r.bottom }; };
  return { slide: box('.presenter-slide'), next: box('.presenter-next'), notes: box('.presenter-side'), body: box('.presenter-body'), scrollW: document.documentElement.scrollWidth };
});
const meets = (a, b) => a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;

test('presenter view uses the screen: the slide as large as 16:9 allows beside the notes (1920×1080, 1440×900, 1024×768, a phone; English and Arabic)', async ({ open }) => {
  const notes = 'Korea joined the Budapest Convention in 2023. Say the date and the source, then move on to the network and ask the room.';
  // an English step, then Arabic ones
  const deck = { ...LAYOUT_DECK, steps: LAYOUT_DECK.steps.slice(0, 3).map((s, i) => ({ ...s, notes, view: i ? { ...s.view, lang: 'ar' } : s.view })) };
  const page = await open('/');
  await marks(page);
  await seedDeck(page, deck);
  await present(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '1');
  const [pv] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await pv.getByText('Step 1 of 3').waitFor({ timeout: 20_000 });
  for (const rtl of [false, true]) {
    if (rtl) {
      await pv.keyboard.press('ArrowRight');
      await pv.waitForFunction(() => document.documentElement.dir === 'rtl');
    }
    for (const [W, H] of [[1920, 1080], [1440, 900], [1024, 768], [390, 844]]) {
      await pv.setViewportSize({ width: W, height: H });
      await pv.waitForFunction(([w]) => innerWidth === w, [W]);
      await pv.waitForTimeout(200);
      const b = await presenterBoxes(pv);
      const at = `${W}×${H}${rtl ? ' (ar)' : ''}: slide ${Math.round(b.slide.w)}×${Math.round(b.slide.h)}, next ${Math.round(b.next.w)}, notes ${Math.round(b.notes.w)}`;
      assert.ok(b.scrollW <= W, `${at}: nothing wider than the window (${b.scrollW} px)`);
      assert.ok(Math.abs(b.slide.w / b.slide.h - 16 / 9) < 0.02, `${at}: the slide keeps 16:9`);
      if (W < 600) {
        // a phone: stacked, the slide as wide as the window less its margins
        assert.ok(b.slide.w >= W - 2 * 18 - 1, at);
        continue;
      }
      // the room inside the body's 18-px margins, and a notes column of a quarter of the width (340–520 px) beside
      const roomW = b.body.w - 36, roomH = b.body.h - 36;
      const best = Math.min(roomH * 16 / 9, roomW - 18 - Math.min(Math.max(340, roomW / 4), 520));
      assert.ok(b.slide.w >= best - 2, `${at}: the slide could be ${Math.round(best)} px wide`);
      assert.ok(b.notes.w >= 330, `${at}: the notes' column is readable`);
      assert.ok(b.next.w >= 300, `${at}: the next slide is previewed large enough to read its title`);
      for (const [n, x] of Object.entries({ slide: b.slide, next: b.next, notes: b.notes })) {
        assert.ok(x.x >= -0.5 && x.right <= W + 0.5 && x.bottom <= H + 0.5, `${at}: the ${n} inside the window`);
      }
      assert.ok(!meets(b.slide, b.next) && !meets(b.slide, b.notes) && !meets(b.next, b.notes), `${at}: no box over another`);
      assert.ok(rtl ? b.slide.x > b.notes.x : b.slide.x < b.notes.x, `${at}: the slide at the ${rtl ? 'right' : 'left'}, the notes beside it`);
    }
  }
}, { timeout: 90_000 });

test('presenter view without BroadcastChannel (as some browsers on file://): postMessage between the two windows, both ways', async ({ open }) => {
  const page = await open('/');
  await page.context().addInitScript(() => { delete window.BroadcastChannel; });
  await marks(page);
  await seedDeck(page);
  assert.equal(await page.evaluate(() => typeof window.BroadcastChannel), 'undefined');
  await present(page);
  const [pv] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await pv.getByText('Step 1 of 6').waitFor({ timeout: 20_000 });
  await pv.keyboard.press(' ');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
  await page.keyboard.press('ArrowLeft');
  await pv.getByText('Step 1 of 6').waitFor();
}, { timeout: 90_000 });

/** Issue 16 on slides: a selected bloc, bloc outlines, the network grouped by bloc, matrix steps (English, Arabic). */
const BLOC_DECK = {
  version: 1, title: 'Blocs and the matrix',
  steps: [
    step('b1', 'The EU on 1 May 2004', { ...VIEW, sel: 'bloc:eu', t: '2004-05-01' }, { layout: 'network' }),
    step('b2', 'The EU outlined', { ...VIEW, sel: 'bloc:eu', t: '2004-05-01', outline: 'eu' }, { layout: 'map-network' }),
    step('b3', 'By bloc, the AU outlined', { ...VIEW, grouping: 'bloc', outline: 'au', sel: 'NGA' }, { layout: 'network' }),
    step('b4', 'The EU as a matrix', { ...VIEW, graphView: 'matrix', filters: { bloc: ['eu'] }, sel: 'DEU' }),
    step('b5', 'مصفوفة', { ...VIEW, graphView: 'matrix', filters: { bloc: ['eu'] }, lang: 'ar' }),
  ],
};

/** Network labels whose drawn box meets another node's glyph (real layout boxes in Chromium). */
const labelsOverGlyphs = (page) => page.evaluate(() => {
  const out = [];
  const glyphs = [...document.querySelectorAll('.slide-stage path[data-node-id]')].map((p) => ({ id: p.getAttribute('data-node-id'), r: p.getBoundingClientRect() }));
  for (const g of document.querySelectorAll('.slide-stage [data-role="network-label"]')) {
    const id = g.getAttribute('data-label-for');
    const r = g.querySelector('text').getBoundingClientRect();
    for (const o of glyphs) if (o.id !== id && r.left < o.r.right && o.r.left < r.right && r.top < o.r.bottom && o.r.top < r.bottom) out.push(`${id} over ${o.id}`);
  }
  return out;
});

/** A network slide as shown: the families its links are drawn in and those its key names, the key's smallest type and
 *  the links' strokes (width and opacity) in screen pixels. */
const networkOnScreen = (page) => page.evaluate(() => {
  const svg = document.querySelector('.slide-stage > svg');
  const k = svg.getScreenCTM().a;
  const lines = [...svg.querySelectorAll('[data-role="network"] line[data-edge-family]')];
  return {
    drawn: [...new Set(lines.map((l) => l.getAttribute('data-edge-family')))].sort(),
    keyed: [...svg.querySelectorAll('[data-role="link-key"] [data-link-family]')].map((e) => e.getAttribute('data-link-family')).sort(),
    minType: Math.min(...[...svg.querySelectorAll('[data-role="link-key"] text')].map((t) => Number(t.getAttribute('font-size')) * k)),
    strokes: lines.map((l) => ({ px: Number(l.getAttribute('stroke-width')) * k, opacity: Number(l.getAttribute('stroke-opacity')) })),
  };
});

test('slides: a selected bloc, bloc outlines, grouping by bloc and matrix steps present legibly (1024×768, 1920×1080)', async ({ open }) => {
  for (const [width, height] of [[1024, 768], [1920, 1080]]) {
    const page = await open('/', { viewport: { width, height } });
    await marks(page);
    await seedDeck(page, BLOC_DECK);
    await present(page);
    for (let n = 1; n <= BLOC_DECK.steps.length; n++) {
      await page.waitForFunction((v) => new URL(location.href).searchParams.get('step') === String(v), n);
      await page.locator('.slide-stage text[data-role="step"]', { hasText: new RegExp(`^${n} (/|من) 5$`) }).waitFor(); // step 5 is Arabic: "5 من 5"
      const at = `${width}×${height} step ${n}`;
      assert.deepEqual(await layoutProblems(page), [], at);
      assert.deepEqual(await labelsOverGlyphs(page), [], at);
      const text = await stageText(page);
      if (n === 1) assert.match(text, /the dots ringed in orange are its 25 members on\s+1 May 2004/, at);
      if (n <= 3) {
        // the key names the families drawn, at the slide's smallest type (18 units: 11.5 px at 1024×768) or larger
        const net = await networkOnScreen(page);
        assert.ok(net.drawn.length > 0, at);
        assert.deepEqual(net.keyed, net.drawn, `${at}: the key's families`);
        assert.ok(net.minType >= 11.5 * (width / 1024) - 0.01, `${at}: key type ${net.minType} px`);
        // the EU in 2004 has no story: every link is plain, at least 1.6 px and 0.6 opaque on a 1024 projector
        if (n === 1) for (const s of net.strokes) assert.ok(s.px >= 1.6 * (width / 1024) - 0.01 && s.opacity >= 0.6, `${at}: a link ${JSON.stringify(s)}`);
      }
      if (n === 2) {
        // selected and outlined: one sentence for both marks, the bloc named once
        assert.match(text.replace(/\s+/g, ' '), /Selected and outlined in purple: European Union; outlined in orange on the map and ringed in orange in the network: its 25 members on 1 May 2004/, at);
        assert.doesNotMatch(text, /Outlined in purple/, at);
        assert.equal(await page.locator('.slide-stage g.map-bloc-outline[data-members="25"]').count(), 1, `${at}: the map outline`);
        assert.equal(await page.locator('.slide-stage [data-role="network-outline"][data-bloc="eu"]').count(), 1, `${at}: the network hull`);
      }
      if (n >= 4) {
        assert.equal(await page.locator('.slide-stage [data-role="network"]').count(), 0, `${at}: no network`);
        assert.ok(await page.locator('.slide-stage [data-role="matrix"] [data-row]').count() >= 8, `${at}: matrix rows`);
        assert.match(text, n === 4 ? /States shown; filter the step to choose which/ : /عُرضت/, `${at}: what was left out`);
      }
      if (n === 4) assert.equal(await page.locator('.slide-stage [data-row="DEU"][data-selected="true"]').count(), 1);
      await page.keyboard.press('ArrowRight');
    }
  }
}, { timeout: 150_000 });

test('exports: a matrix view as SVG and PNG, a bloc and matrix deck as .pptx with the matrix as a native table', async ({ open }) => {
  const page = await open('/?graph=matrix&f=bloc:eu&sel=DEU');
  await marks(page);
  const exportMenu = async () => {
    if (!(await page.locator('details.briefing-menu').evaluate((d) => d.open))) await page.getByText('Export', { exact: true }).click();
  };
  await exportMenu();
  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'View as SVG (16:9)' }).click()]);
  const doc = new JSDOM(fs.readFileSync(await svgDl.path(), 'utf8'), { contentType: 'image/svg+xml' }).window.document;
  assert.ok(doc.querySelectorAll('[data-role="matrix"] [data-row]').length >= 8, 'the matrix is in the SVG');
  assert.equal(doc.querySelector('[data-row="DEU"]').getAttribute('data-selected'), 'true');
  await exportMenu();
  const [pngDl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'View as PNG 1920×1080' }).click()]);
  const png = fs.readFileSync(await pngDl.path());
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1920, 1080]);
  await seedDeck(page, BLOC_DECK);
  await exportMenu();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).click()]);
  const zip = await JSZip.loadAsync(fs.readFileSync(await dl.path()));
  const s4 = await zip.file('ppt/slides/slide4.xml').async('string');
  // the matrix step is a native table (heading row first), not a picture
  assert.ok(s4.includes('<a:tbl>') && !s4.includes('<p:pic>'), 'the matrix is a table');
  assert.match(s4.slice(s4.indexOf('<a:tbl>')), /<a:t>Country<\/a:t>/);
  const s2 = await zip.file('ppt/slides/slide2.xml').async('string');
  assert.match(s2, /Selected and outlined in purple: European Union; outlined in orange on the map and ringed in orange in the network: its 25 members on 1 May 2004/);
}, { timeout: 90_000 });
