import assert from 'node:assert/strict';
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { test } from '../lib/harness.mjs';
import { pngSize, zipEntries } from '../lib/files.mjs';
import { marks, waitParam } from '../lib/app.mjs';
import { present, threeStepDeck } from '../lib/briefing.mjs';

const stepIs = (page, n) => page.waitForFunction((v) => new URL(location.href).searchParams.get('step') === v, n === null ? null : String(n), { timeout: 5000 });

const exportMenu = async (page) => {
  const menu = page.locator('details.briefing-menu');
  if (!(await menu.evaluate((d) => d.open))) await page.getByText('Export', { exact: true }).click();
};

const download = async (page, name, scope = null) => {
  if (!scope) await exportMenu(page);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), (scope ?? page).getByRole('button', { name }).first().click()]);
  return { name: dl.suggestedFilename(), body: fs.readFileSync(await dl.path()) };
};

test('presentation: a three-step deck is presented with the keyboard (arrows, PageUp/PageDown, space, Escape)', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await threeStepDeck(page);
  await present(page);
  await stepIs(page, 1);
  assert.equal(await waitParam(page, 'sel', 'KOR'), 'KOR');
  await page.keyboard.press('ArrowRight');
  await stepIs(page, 2);
  assert.equal(await waitParam(page, 'sel', 'BIH'), 'BIH');
  assert.equal(await waitParam(page, 'lens', 'unga-74-247'), 'unga-74-247');
  await page.keyboard.press('PageDown');
  await stepIs(page, 3);
  await page.keyboard.press('PageUp');
  await stepIs(page, 2);
  await page.keyboard.press(' ');
  await stepIs(page, 3);
  await page.keyboard.press('ArrowLeft');
  await stepIs(page, 2);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('step'), null, { timeout: 5000 });
  // The deck persists in localStorage across a reload.
  await page.reload();
  await marks(page);
  assert.equal(await page.getByRole('button', { name: /^Deck \(/ }).innerText(), 'Deck (3)', 'the deck survived the reload');
  await present(page);
  await stepIs(page, 1);
}, { timeout: 90_000 });

test('exports: SVG is valid with legend and source line; PNG is 1920×1080', async ({ open }) => {
  const page = await open('/?lens=unga-74-247&sel=KOR');
  await marks(page);
  const svg = await download(page, 'View as SVG (16:9)');
  assert.match(svg.name, /\.svg$/);
  const text = svg.body.toString('utf8');
  const doc = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document; // throws on malformed XML
  assert.equal(doc.documentElement.localName, 'svg');
  assert.equal(doc.documentElement.namespaceURI, 'http://www.w3.org/2000/svg');
  assert.ok(doc.querySelectorAll('[data-iso3], path').length >= 150, 'the map is in the SVG');
  assert.match(doc.documentElement.textContent, /Yes/, 'legend class label');
  assert.equal(doc.querySelector('[data-legend-class="yes"]')?.textContent, 'Yes: 79', 'legend count');
  assert.match(doc.documentElement.textContent, /Source/i, 'source line');
  assert.ok(!/\bhttps?:\/\/(?!www\.w3\.org)/.test(text.replace(/xmlns(:\w+)?="[^"]*"/g, '')) || /Source/i.test(text), 'no external references besides the source line');
  const png = await download(page, 'View as PNG 1920×1080');
  assert.match(png.name, /\.png$/);
  assert.deepEqual(pngSize(png.body), { width: 1920, height: 1080 });
}, { timeout: 90_000 });

test('exports: the deck as .pptx (three slides) and as JSON, imported back identical', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await threeStepDeck(page);
  const pptx = await download(page, 'Deck as PowerPoint');
  assert.match(pptx.name, /\.pptx$/);
  const slides = zipEntries(pptx.body).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  assert.equal(slides.length, 3, `slides in the pptx: ${slides.join(', ')}`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  const dialog = page.getByRole('dialog');
  const json = await download(page, 'Export JSON', dialog);
  const deck = JSON.parse(json.body.toString('utf8'));
  const path = `/tmp/e2e-deck-${process.pid}.json`;
  fs.writeFileSync(path, json.body);
  // A file that is not a deck is refused with a message and nothing is lost.
  const bad = `/tmp/e2e-bad-${process.pid}.json`;
  fs.writeFileSync(bad, '{"hello": 1}');
  await dialog.locator('input[type="file"]').setInputFiles(bad);
  await dialog.getByRole('alert').waitFor({ timeout: 5000 });
  assert.equal(await page.getByRole('button', { name: /^Deck \(/ }).innerText(), 'Deck (3)', 'nothing lost');
  await dialog.locator('input[type="file"]').setInputFiles(path);
  await page.waitForTimeout(300);
  const again = await download(page, 'Export JSON', dialog);
  assert.deepEqual(JSON.parse(again.body.toString('utf8')), deck, 'the imported deck exports identical');
  fs.rmSync(path); fs.rmSync(bad);
}, { timeout: 120_000 });
