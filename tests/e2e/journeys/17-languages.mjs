// Issue 17: the six UN languages. Names as the UN writes them, <html lang dir>, search in every language, and no
// English left in the views translated so far (visible text checked against the English catalogue).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const KOR = { fr: 'République de Corée', es: 'República de Corea', ru: 'Республика Корея', zh: '大韩民国', ar: 'جمهورية كوريا' };
const catalogue = (lang) => JSON.parse(readFileSync(new URL(`../../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8'));

for (const [lang, name] of Object.entries(KOR)) {
  test(`languages: ?lang=${lang}&sel=KOR names Korea as the UN does in ${lang}`, async ({ open }) => {
    const page = await open(`/?lang=${lang}&sel=KOR`);
    await marks(page, ['data:ready', 'map:painted']);
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert.equal(html.lang, lang);
    assert.equal(html.dir, lang === 'ar' ? 'rtl' : 'ltr');
    const label = await page.getAttribute('.view-map [data-iso3="KOR"]', 'aria-label');
    assert.ok(label?.startsWith(name), `KOR map mark aria-label should begin with "${name}", is "${label}"`);
    const region = page.getByRole('region', { name: catalogue(lang)['record.region'] });
    assert.equal((await region.getByRole('heading', { level: 2 }).textContent())?.trim(), name);
    // The map and the network are not mirrored.
    assert.equal(await page.getAttribute('.view-map', 'dir'), 'ltr');
    assert.equal(await page.getAttribute('.view-graph', 'dir'), 'ltr');
  });
}

test('languages: the switch changes the language and the link carries it', async ({ open }) => {
  const page = await open('/?sel=KOR');
  await marks(page, ['data:ready', 'map:painted']);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh');
  await page.waitForURL(/[?&]lang=zh/);
  await page.waitForFunction(() => document.querySelector('.view-map [data-iso3="KOR"]')?.getAttribute('aria-label')?.startsWith('大韩民国'));
});

test('languages: search finds the Republic of Korea by its name in any language', async ({ open }) => {
  const page = await open('/?lang=fr');
  await marks(page, ['data:ready', 'map:painted']);
  const box = page.getByRole('combobox').filter({ has: page.locator('xpath=self::input') }).first();
  for (const q of ['Corée', 'Корея', '韩国', 'كوريا']) {
    await box.fill(q);
    const first = page.locator('.search-results [role="option"]').first();
    await first.waitFor();
    assert.match((await first.textContent()) ?? '', /République de Corée/, `"${q}" should find the Republic of Korea first`);
  }
});

// English messages that must not show in the translated parts of the main view: the header's title, lens
// picker and language switch, the map legend, the footer, the filter bar, the time bar and the record's heading,
// actions, kind line, section headings and its treaty and UN facts (messages the same in both languages are
// skipped), the briefing toolbar and the graph's toolbar, controls and legend. Source titles are data and are left
// out. Not translated yet: the record's relations and memberships (data words), the graph's family names.
/** The message as whole words: not preceded or followed by a letter. */
const wholeWords = (v) => new RegExp(`(?<!\\p{L})${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
const TRANSLATED = ['h1', '.lens-picker', '.language-switch', '.map-legend', '.app-footer', '.filter-bar', '.time-bar',
  '.record > h2', '.record-actions', '.record-kind', '.record-asof', '.record h3', 'section[aria-labelledby="rec-treaties"]',
  'section[aria-labelledby="rec-un"]', '.briefing-toolbar', '.graph-toolbar', '.families-label', '.graph-controls',
  '.graph-legend', '.how-to-read > summary', '.side-tabs', '.map-controls', '.about-button'].join(', ');
for (const lang of ['fr', 'ar']) {
  test(`languages: no English from the translated catalogue in the ${lang} main view`, async ({ open }) => {
    const page = await open(`/?lang=${lang}&sel=KOR`);
    await marks(page, ['data:ready', 'map:painted']);
    const en = catalogue('en');
    const own = catalogue(lang);
    const text = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('.sources, .fact-note').forEach((x) => x.remove());
      return copy.textContent;
    }).join('\n'), TRANSLATED);
    assert.ok(text.length > 100, 'the translated parts are on the page');
    const ownValues = new Set(Object.values(own)); // names and codes the language writes the same ("Budapest", "ETS 189")
    const leaks = Object.entries(en)
      .filter(([k, v]) => own[k] !== v && !ownValues.has(v) && !v.includes('{') && v.length > 3)
      .filter(([, v]) => wholeWords(v).test(text)) // "Compare" inside "Comparer" is not English
      .map(([k, v]) => `${k}: "${v}"`);
    assert.deepEqual(leaks, [], `English still visible in ${lang}`);
  });
}
