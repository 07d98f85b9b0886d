// Bad input found by the QA sweep of session 16: each journey failed before its fix (a crash page, an uncaught error).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '../lib/harness.mjs';
import { MAP, chunkUrl, marks } from '../lib/app.mjs';
import { present } from '../lib/briefing.mjs';

const view = (v) => ({ lens: 'budapest', filters: {}, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null, ...v });
const step = (i, v) => ({ id: `s${i}`, title: `Step ${i}`, caption: '', notes: '', view: view(v) });
/** A deck file that passes the format's checks but names classes, blocs and nodes after Object.prototype members. */
const HOSTILE_DECK = {
  format: 'cybercrime-atlas-deck', version: 1, title: 'Hostile ids',
  steps: [
    step(1, { filters: { budapest: ['__proto__', 'party'], bloc: ['constructor'], region: ['toString'] } }),
    step(2, { lens: 'unga-74-247', filters: { 'unga-74-247': ['valueOf'], network: ['__proto__'] }, sel: '__proto__', cmp: ['constructor', 'KOR'] }),
    step(3, { sel: 'bloc:__proto__', outline: 'constructor', grouping: '__proto__', focus: { id: 'toString', depth: 1 } }),
  ],
};

test('a deck file with classes named "__proto__" and "constructor" is imported, listed and presented, not a crash page', async ({ open }) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-deck-')), 'hostile.json');
  fs.writeFileSync(file, JSON.stringify(HOSTILE_DECK));
  const page = await open('/');
  await marks(page);
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  await page.getByRole('dialog').locator('input[type="file"]').setInputFiles(file);
  await page.getByText('Imported “\u2068Hostile ids\u2069” (3 steps).').waitFor();
  // the step list says the odd class as itself
  const listed = await page.getByRole('dialog').innerText();
  assert.match(listed, /__proto__/);
  assert.doesNotMatch(listed, /\[object Object\]|function Object|undefined/, 'no object or function said as a name');
  await page.getByRole('button', { name: 'Close the deck' }).click();
  await present(page);
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.getByText('The atlas could not be shown').count(), 0, 'no crash page');
  await page.locator(`${MAP} [data-iso3]`).first().waitFor();
});

test('a language chosen in the switch whose messages cannot load: English with a notice, no uncaught error', async ({ open }) => {
  const page = await open('/?sel=KOR', {
    // the browser's own line for each aborted request; an uncaught rejection would be a page error and fail the test
    allow: /^console error: Failed to load resource/,
    before: (ctx) => ctx.route(chunkUrl('fr'), (route) => route.abort()),
  });
  await marks(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  const notices = page.locator('.notices');
  await notices.waitFor({ timeout: 10_000 });
  assert.match(await notices.innerText(), /Some messages in Français could not be loaded/);
  await page.getByRole('region', { name: 'Country details' }).waitFor();
});

test('offline, a language chosen in the switch: the page stays in its language, says so without "reload", and switches once back online', async ({ open }) => {
  const page = await open('/?sel=KOR', { allow: /^console error: Failed to load resource/ });
  await marks(page);
  // everything the page loads by itself is here: the sources' texts follow the first paint
  await page.getByRole('region', { name: 'Country details' }).getByRole('link').first().waitFor();
  await page.waitForFunction(() => !document.body.textContent.includes('Loading the sources…'));
  await page.waitForLoadState('networkidle');
  await page.context().setOffline(true);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  const notices = page.locator('.notices');
  await notices.waitFor({ timeout: 10_000 });
  const said = await notices.innerText();
  assert.match(said, /Français could not be loaded: this device is offline\. The page stays in English/);
  assert.doesNotMatch(said, /reload/i);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
  await page.context().setOffline(false);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('region', { name: 'Détails du pays' }).waitFor();
});

test('offline, a dialog whose code cannot load says so beside its button; the toolbar and "About the data" stay', async ({ open }) => {
  // the browser's line per failed request only: a part the page says it could not load is not also logged as an
  // error (app/rootErrors.ts)
  const page = await open('/?sel=KOR', { allow: /^console error: Failed to load resource/ });
  await marks(page);
  await page.getByRole('button', { name: /^Deck \(/ }).waitFor();
  // the connection drops after the page has loaded: the dialogs' chunks are not fetched yet
  await page.context().setOffline(true);
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  await page.getByRole('alert').filter({ hasText: 'This part of the page could not be loaded' }).first().waitFor();
  await page.getByRole('button', { name: 'About the data' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[role="alert"]')].filter((e) => e.textContent.includes('could not be loaded')).length === 2);
  for (const name of ['Copy link', 'Present', 'About the data']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, `"${name}" is still there`);
  }
  await page.locator('.briefing-toolbar summary', { hasText: 'Export' }).waitFor();
  // back online, "Try again" opens the deck
  await page.context().setOffline(false);
  await page.locator('.briefing-toolbar').getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Add current view as step' }).waitFor();
});

test('a dialog whose shared code failed to arrive: back online, a retry that fails again offers "Reload the page", which keeps the view and the deck, and the dialog opens', async ({ open }) => {
  // csv (About's and the table's) is cut off while About's own chunk arrives: a browser that keeps failed module
  // fetches (Chromium 150) fails About's retry, whose address is new but whose import of csv is not
  const link = { cut: false };
  const url = '/?lens=unga-74-247&sel=KOR';
  const page = await open(url, {
    allow: /^console error: Failed to load resource/,
    before: (ctx) => ctx.route(chunkUrl('csv'), (route) => (link.cut ? route.abort('internetdisconnected') : route.fallback())),
  });
  await marks(page);
  const deckButton = page.getByRole('button', { name: /^Deck \(/ });
  await deckButton.click();
  await page.getByRole('button', { name: 'Add current view as step' }).click();
  await page.getByRole('button', { name: 'Close the deck' }).click();
  await page.getByRole('button', { name: 'Deck (1)' }).waitFor();
  link.cut = true;
  await page.getByRole('button', { name: 'About the data' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await alert.getByRole('button', { name: 'Try again' }).waitFor();
  link.cut = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  // the connection is back, but About's retry still fails on csv: the page says only a reload loads it
  const stale = page.getByRole('alert').filter({ hasText: 'still could not be loaded' });
  await stale.waitFor();
  assert.match(await stale.innerText(), /Reloading keeps the view \(it is in the address\) and the deck saved in this browser/);
  assert.equal(await stale.getByRole('button', { name: 'Try again' }).count(), 0);
  const before = page.url();
  await Promise.all([page.waitForEvent('load'), stale.getByRole('button', { name: 'Reload the page' }).click()]);
  assert.equal(page.url(), before, 'the same view');
  await marks(page);
  assert.equal(new URL(page.url()).searchParams.get('lens'), 'unga-74-247');
  await page.getByRole('button', { name: 'Deck (1)' }).waitFor();
  await page.getByRole('button', { name: 'About the data' }).click();
  await page.getByRole('dialog').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('a deck link opened at a step (?deck=…&step=2) offers its deck over the stage; imported, it shows that step', async ({ open }) => {
  const { default: { compressToEncodedURIComponent } } = await import('lz-string');
  const deck = {
    format: 'cybercrime-atlas-deck', version: 1, title: 'Two steps',
    steps: [{ ...step(1, { sel: 'KOR' }), title: 'Korea' }, { ...step(2, { lens: 'unga-74-247', sel: 'BIH' }), title: 'Bosnia and the vote' }],
  };
  const page = await open(`/?deck=${compressToEncodedURIComponent(JSON.stringify(deck))}&step=2`);
  await marks(page);
  const offer = page.getByRole('region', { name: 'Deck from link' });
  await offer.getByRole('button', { name: 'Import deck' }).click(); // clickable: not under the stage
  await page.getByRole('heading', { name: '\u2068Bosnia and the vote\u2069 (2 / 2)' }).waitFor();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lens') === 'unga-74-247');
  assert.equal(new URL(page.url()).searchParams.get('sel'), 'BIH', 'the step\'s own view');
});

/** While `link.cut`, the sources' texts chunk (it names itself: data/sourceTexts.ts SOURCE_TEXTS) fails as a dropped
 *  connection does; the rest of the app loads. */
const cutSourceTexts = (link) => (ctx) => ctx.route(chunkUrl('atlas'), async (route) => {
  const res = await route.fetch();
  const body = await res.text();
  if (link.cut && body.includes('Cybercrime Cooperation Atlas source texts')) return route.abort('internetdisconnected');
  return route.fulfill({ response: res, body });
});

test("the sources' texts cannot arrive (offline after the page opened): the page stays, says why, and the titles follow once back online", async ({ open }) => {
  const link = { cut: true };
  const page = await open('/?sel=KOR', {
    allow: /^console error: Failed to load resource|Failed to fetch dynamically imported module/,
    before: cutSourceTexts(link),
  });
  await marks(page);
  const notices = page.locator('.notices');
  await notices.waitFor({ timeout: 10_000 });
  assert.match(await notices.innerText(), /The sources' titles and links could not be loaded/);
  // the page and its record stay: every fact with its source ids, and the note says they are not loaded, not "loading"
  const record = page.getByRole('region', { name: 'Country details' });
  await record.getByText('Titles and links of the sources not loaded').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no error page');
  assert.equal(await record.getByText('Loading the sources…').count(), 0);
  assert.equal(await record.getByRole('link').count(), 0);
  // the facts' notes come with the texts (data/notes.ts): each "Note" is there and says it could not be loaded
  const notes = record.locator('.fact-note');
  await notes.locator('summary').first().click();
  assert.match(await notes.first().innerText(), /^Note\s+The note could not be loaded; it will load with the sources' titles and links\.$/);
  const unavailable = await record.locator('[data-note-pending="unavailable"]').count();
  assert.ok(unavailable > 0 && unavailable === await notes.count(), 'every note says it could not be loaded');
  // back online: the texts are asked for again and the links appear
  link.cut = false;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await record.getByRole('link').first().waitFor();
  assert.equal(await record.getByText('Titles and links of the sources not loaded').count(), 0);
  // and the notes, in place of their notice
  assert.equal(await record.locator('[data-note-pending]').count(), 0);
  assert.equal(await record.locator('.fact-note > p[lang="en"]').count(), unavailable);
});

test("the presenter view opened while the sources' texts cannot arrive: its slides and notes, a notice, no error page; the titles follow once back online", async ({ open }) => {
  const link = { cut: true };
  const page = await open('/', {
    allow: /^console error: Failed to load resource|Failed to fetch dynamically imported module/,
    // the route is the context's: the texts fail for both windows
    before: cutSourceTexts(link),
  });
  await marks(page);
  const deck = { format: 'cybercrime-atlas-deck', version: 1, title: 'Offline talk', steps: [{ ...step(1, { sel: 'KOR' }), notes: 'Korea first' }, step(2, { lens: 'unga-74-247' })] };
  await page.evaluate((d) => localStorage.setItem('atlas-deck', JSON.stringify({ state: { deck: d }, version: 1 })), deck);
  await page.reload();
  await marks(page);
  await present(page);
  const [pv] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await pv.getByText('Step 1 of 2').waitFor({ timeout: 20_000 });
  assert.equal(await pv.getByRole('alert').count(), 0, 'no error page');
  assert.equal(await pv.getByTestId('presenter-notes').innerText(), 'Korea first');
  assert.equal(await pv.locator('.presenter-slide > svg').count(), 1, 'the current slide is drawn');
  const notice = pv.locator('.presenter-notice');
  assert.match(await notice.innerText(), /^The sources' titles and links could not be loaded/);
  // back online: asked for again; the notice goes and the slide names its sources
  link.cut = false;
  await pv.evaluate(() => window.dispatchEvent(new Event('online')));
  await notice.waitFor({ state: 'detached' });
  await pv.locator('.presenter-slide text[data-role="sources"]', { hasText: /Council of Europe/ }).first().waitFor();
});

test("a deck presented while the sources' texts cannot arrive: each slide says the titles could not be loaded and lists the cited ids, in English and Arabic, no error page", async ({ open }) => {
  const page = await open('/', {
    allow: /^console error: Failed to load resource|Failed to fetch dynamically imported module/,
    before: cutSourceTexts({ cut: true }),
  });
  await marks(page);
  const deck = { format: 'cybercrime-atlas-deck', version: 1, title: 'Offline talk', steps: [step(1, { sel: 'KOR' }), step(2, { lens: 'unga-74-247', lang: 'ar' })] };
  await page.evaluate((d) => localStorage.setItem('atlas-deck', JSON.stringify({ state: { deck: d }, version: 1 })), deck);
  await page.reload();
  await marks(page);
  await present(page);
  // the sources line of the slide on the stage, its lines joined (the cited ids are the dataset's, e.g. coe:S12)
  const sourcesOf = async (said) => {
    await page.locator('.slide-stage text[data-role="sources"]', { hasText: said }).first().waitFor({ timeout: 20_000 });
    return (await page.locator('.slide-stage text[data-role="sources"]').allTextContents()).join(' ').replace(/[\u2066-\u2069]/g, '');
  };
  const en = await sourcesOf("the sources' titles could not be loaded");
  assert.match(en, /^Sources: the sources' titles could not be loaded; their ids: [a-z0-9-]+:S\d+/, en);
  assert.doesNotMatch(en, /no source applies/i);
  assert.equal(await page.getByRole('alert').count(), 0, 'no error page');
  await page.keyboard.press('ArrowRight');
  const ar = await sourcesOf('تعذّر تحميل عناوين المصادر');
  assert.match(ar, /تعذّر تحميل عناوين المصادر؛ معرّفاتها: [a-z0-9-]+:S\d+/, ar);
  assert.equal(await page.locator('.slide-stage > svg').getAttribute('lang'), 'ar');
  assert.equal(await page.getByRole('alert').count(), 0, 'no error page');
});
