// Issue 17: slides and exports in the step's language. A deck whose steps are in French and Arabic presents each in
// its own language with no English catalogue word on the stage, Arabic text right to left inside the slide; the SVG
// export of an Arabic view and the .pptx of a mixed deck are in those languages; a step in another language puts
// the map's status words in it too (they were English until the lens or date changed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { test } from '../lib/harness.mjs';
import { ROOT } from '../lib/build.mjs';
import { marks } from '../lib/app.mjs';
import { present } from '../lib/briefing.mjs';

const JSZip = createRequire(path.join(ROOT, 'package.json'))('jszip');
const read = (p) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const atlas = read('data/atlas.json');

/** The literal words of a catalogue (placeholders and select keys left out). */
function wordsOf(lang) {
  const out = new Set();
  const walk = (els) => {
    for (const e of els) {
      if (e.type === TYPE.literal) for (const w of e.value.match(/\p{L}+/gu) ?? []) out.add(w);
      if ('options' in e) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  for (const m of Object.values(read(`src/i18n/messages/${lang}.json`))) walk(parse(m));
  return out;
}
const EN = wordsOf('en');
/** English catalogue words in `text` that the language's own catalogue does not also use ("Total", "Budapest"). */
function english(text, lang) {
  const own = wordsOf(lang);
  return [...new Set((text.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1 && EN.has(w) && !own.has(w)))];
}
/** Names the dataset gives in English (UN groups, blocs, organisations): data, not interface words. */
const DATA_NAMES = [...atlas.blocs.map((b) => b.name), ...atlas.nodes.filter((n) => n.kind !== 'country').map((n) => n.label)];
/** A slide's words without its sources (record titles, data) and lines that are (the start of) a data name. */
const wordsOnSlide = (texts) => texts
  .filter((t) => t.role !== 'sources' && !/^(Sources|المصادر)/.test(t.text))
  .filter((t) => !DATA_NAMES.some((n) => n.startsWith(t.text.replace(/…$/, '')) || t.text.includes(n)))
  .map((t) => t.text).join('\n');

const VIEW = { lens: 'budapest', filters: {}, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null };
const FILTERED = { ...VIEW, lens: 'unga-74-247', filters: { budapest: ['party'], 'unga-74-247': ['yes'] } };
const step = (id, view, extra = {}) => ({ id, title: '', caption: '', notes: '', view, ...extra });
/** Every layout once in French and once in Arabic (titles left empty: the slide names its lens in its language). */
const LAYOUTS = [
  ['f', FILTERED, {}], ['r', { ...VIEW, sel: 'KOR' }, {}], ['n', { ...VIEW, sel: 'europol' }, {}],
  ['mn', { ...VIEW, lens: 'un-convention', sel: 'BIH', focus: { id: 'BIH', depth: 1 } }, {}], ['c', { ...VIEW, cmp: ['KOR', 'USA', 'BIH'] }, {}],
  ['t', FILTERED, { layout: 'table' }], ['x', { ...VIEW, lens: 'un-convention' }, { layout: 'table' }],
];
const DECK = {
  version: 1, title: 'Langues',
  steps: ['fr', 'ar'].flatMap((lang) => LAYOUTS.map(([id, v, extra]) => step(`${lang}-${id}`, { ...v, lang }, extra))),
};

async function seedDeck(page, deck) {
  await page.evaluate((d) => localStorage.setItem('atlas-deck', JSON.stringify({ state: { deck: d }, version: 1 })), deck);
  await page.reload();
  await marks(page);
  await page.getByRole('button', { name: `Deck (${deck.steps.length})` }).waitFor();
}

/** The stage's texts with their role, direction and box; and whether any two overlap or one leaves the slide. */
const stage = (page) => page.evaluate(() => {
  const svg = document.querySelector('.slide-stage > svg');
  const frame = svg.getBoundingClientRect();
  const k = Math.min(frame.width / 1600, frame.height / 900);
  const slide = { left: frame.left + (frame.width - 1600 * k) / 2, top: frame.top + (frame.height - 900 * k) / 2 };
  const texts = [...svg.querySelectorAll('text')].filter((t) => !t.closest('[data-role="map"], [data-role="network"]')).map((t) => {
    const r = t.getBoundingClientRect();
    // Arabic and Chinese fallback fonts have tall ascents and descents: the glyphs sit in the middle of the box
    const pad = r.height * 0.2;
    // a record card's source (the dataset's English title, as in the sources line) counts as the sources
    return { text: t.textContent, role: t.closest('[data-source]') ? 'sources' : t.getAttribute('data-role'), dir: t.getAttribute('direction'), l: r.left, t: r.top + pad, r: r.right, b: r.bottom - pad };
  });
  const problems = [];
  for (const a of texts) {
    if (a.l < slide.left - 1 || a.r > slide.left + 1600 * k + 1 || a.b > slide.top + 900 * k + 1) problems.push(`outside the slide: "${a.text}"`);
    for (const b of texts) if (a !== b && a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) problems.push(`"${a.text}" over "${b.text}"`);
  }
  return { texts, problems: [...new Set(problems)] };
});

test('languages: a deck in French and Arabic presents each step in its language, no English word, nothing overflowing (1024×768)', async ({ open }) => {
  const page = await open('/', { viewport: { width: 1024, height: 768 } });
  await marks(page);
  await seedDeck(page, DECK);
  await present(page);
  for (let n = 1; n <= DECK.steps.length; n++) {
    const lang = DECK.steps[n - 1].view.lang;
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('step') === String(v), n);
    await page.locator('.slide-stage text[data-role="step"]').filter({ hasText: new RegExp(`^${n} ${lang === 'ar' ? 'من' : '/'} ${DECK.steps.length}$`) }).waitFor(); // Arabic: "2 من 3" ("2 of 3"), as its statements count
    await page.waitForFunction((l) => document.querySelector('.slide-stage > svg')?.getAttribute('lang') === l, lang);
    const { texts, problems } = await stage(page);
    const words = wordsOnSlide(texts);
    assert.ok(words.length > 40, `step ${n}: the slide has words`);
    assert.deepEqual(english(words, lang), [], `step ${n} (${lang}, ${DECK.steps[n - 1].id}): English words on the slide:\n${words}`);
    assert.deepEqual(problems, [], `step ${n} (${lang}, ${DECK.steps[n - 1].id})`);
    if (lang === 'ar') {
      assert.ok(texts.every((t) => t.dir === 'rtl' || !/[\u0600-\u06ff]/.test(t.text)), `step ${n}: Arabic lines are right to left`);
      // the title starts at the right margin: its right edge is where the footer's is
      const title = texts.find((t) => t.role === 'title');
      const footer = texts.find((t) => t.role === 'footer');
      assert.ok(Math.abs(title.r - footer.r) < 2, `step ${n}: title and footer end at the right margin`);
    }
    // the audience controls follow the step's language
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.keyboard.press('ArrowRight');
  }
}, { timeout: 180_000 });

test('languages: a step in another language puts the map\'s status words in it (not English until the lens changes)', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await seedDeck(page, { version: 1, title: 'ru', steps: [step('ru', { ...VIEW, lang: 'ru' })] });
  await present(page);
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.waitForFunction(() => /Государство-участник/.test(document.querySelector('.view-map [data-iso3="USA"]')?.getAttribute('aria-label') ?? ''));
  assert.doesNotMatch(await page.getAttribute('.view-map [data-iso3="USA"]', 'aria-label'), /\bParty\b/);
});

test('languages: the SVG export of an Arabic view is Arabic, right to left, with no English word', async ({ open }) => {
  const page = await open('/?lang=ar&lens=unga-74-247&f=budapest:party;unga-74-247:yes');
  await marks(page);
  const ar = read('src/i18n/messages/ar.json');
  await page.getByText(ar['brief.export'], { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ar['brief.svg'] }).click()]);
  const doc = new JSDOM(fs.readFileSync(await dl.path(), 'utf8'), { contentType: 'image/svg+xml' }).window.document;
  assert.equal(doc.documentElement.getAttribute('lang'), 'ar');
  const texts = [...doc.querySelectorAll('text')].map((t) => ({ text: t.textContent, role: t.getAttribute('data-role') }));
  const words = wordsOnSlide(texts);
  assert.match(words, /الدول الأطراف في اتفاقية بودابست/);
  assert.deepEqual(english(words, 'ar'), [], words);
  assert.equal(doc.querySelector('[data-role="statement"]').getAttribute('direction'), 'rtl');
}, { timeout: 60_000 });

test('languages: the .pptx of a French and Arabic deck: each slide\'s runs in its language (the dataset\'s English titles in English), Arabic right to left', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await seedDeck(page, { version: 1, title: 'Mixed', steps: [step('a', { ...FILTERED, lang: 'fr' }), step('b', { ...VIEW, sel: 'KOR', lang: 'ar' })] });
  await page.getByText('Export', { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).click()]);
  const zip = await JSZip.loadAsync(fs.readFileSync(await dl.path()));
  const [fr, ar] = await Promise.all([1, 2].map((n) => zip.file(`ppt/slides/slide${n}.xml`).async('string')));
  const langs = (xml) => [...new Set([...xml.matchAll(/<a:rPr [^>]*lang="([^"]+)"/g)].map((m) => m[1]))];
  // French, but for the dataset's English source titles (each a linked run of its own, tagged English)
  assert.deepEqual(langs(fr).sort(), ['en-US', 'fr-FR']);
  for (const [, lang, props, text] of fr.matchAll(/<a:r><a:rPr [^>]*lang="([^"]+)"([\s\S]*?)<a:t>([^<]*)<\/a:t><\/a:r>/g)) {
    assert.equal(lang, props.includes('<a:hlinkClick') ? 'en-US' : 'fr-FR', text);
  }
  // Arabic, but for the English source titles and ids isolated in it, each a run of its own tagged English
  assert.deepEqual(langs(ar).sort(), ['ar-SA', 'en-US']);
  for (const [, lang, text] of ar.matchAll(/<a:r><a:rPr [^>]*lang="([^"]+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)) {
    assert.equal(lang, /^\u2066[^\u2066-\u2069]*\u2069$/.test(text) ? 'en-US' : 'ar-SA', text);
  }
  assert.match(ar, /<a:pPr [^>]*rtl="1"/);
  assert.doesNotMatch(fr, /rtl="1"/);
  const runs = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
  assert.match(runs(fr), /États parties \(Convention de Budapest\) qui ont voté pour la résolution A\/RES\/74\/247/);
  assert.match(runs(ar), /جمهورية كوريا/);
}, { timeout: 60_000 });
