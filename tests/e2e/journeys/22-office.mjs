// The deck's .pptx as another office suite reads it: LibreOffice Impress opens the file the app exported, draws every
// slide, and its text layer holds each slide's title and the official tally of 74/247. An oracle outside our code
// (pptx.test checks the XML we write; this checks that an office suite accepts it). Needs `soffice` and poppler's
// `pdftotext` (Debian: libreoffice-impress, poppler-utils); without them the journey is reported as skipped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '../lib/harness.mjs';
import { marks } from '../lib/app.mjs';

const NAME = 'office: the exported .pptx opens in LibreOffice Impress, every slide with its title and the official tally';
const has = (cmd) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }); return true; } catch { return false; } };

const view = (v) => ({ lens: 'budapest', filters: {}, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null, lang: 'en', graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens', ...v });
const STEPS = [
  { title: 'Brazil and the Budapest Convention', view: view({ sel: 'BRA' }), layout: 'map-record' },
  { title: 'Who voted for 74/247', view: view({ lens: 'unga-74-247' }), layout: 'map' },
  { title: 'Марокко и конвенция ООН', view: view({ lens: 'un-convention', sel: 'MAR', lang: 'ru' }), layout: 'map-record' },
  { title: 'Europol partners', view: view({ sel: 'europol' }), layout: 'network' },
  { title: 'مصر والقرار 74/247', view: view({ lens: 'unga-74-247', sel: 'EGY', lang: 'ar' }), layout: 'map-record' },
  { title: 'La France et la Convention de Budapest', view: view({ sel: 'FRA', lang: 'fr' }), layout: 'map-record' },
];
const DECK = JSON.stringify({ format: 'cybercrime-atlas-deck', version: 1, title: 'Office check',
  steps: STEPS.map((s, i) => ({ id: `office-${i}`, caption: '', notes: 'First line.\nSecond line.', ...s })) });

if (!has('soffice') || !has('pdftotext')) test.skip(NAME, 'needs soffice (libreoffice-impress) and pdftotext (poppler-utils)');
else test(NAME, async ({ open }) => {
  const page = await open('/', { before: (ctx) => ctx.addInitScript((d) => { if (!localStorage.getItem('atlas-deck')) localStorage.setItem('atlas-deck', d); }, DECK) });
  await marks(page);
  assert.equal(await page.getByRole('button', { name: /^Deck \(/ }).innerText(), `Deck (${STEPS.length})`);
  const menu = page.locator('details.briefing-menu');
  if (!(await menu.evaluate((d) => d.open))) await page.getByText('Export', { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).first().click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-office-'));
  try {
    const pptx = path.join(dir, 'deck.pptx');
    fs.copyFileSync(await dl.path(), pptx);
    // a profile of its own: a second soffice (another run, a desktop session) would otherwise hand the file over
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { stdio: 'ignore', timeout: 90_000 });
    const pdf = path.join(dir, 'deck.pdf');
    assert.ok(fs.existsSync(pdf), 'LibreOffice wrote no PDF: it could not open the .pptx');
    const pages = STEPS.map((_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    assert.equal(pageCount, STEPS.length, 'one page per slide');
    const flat = (s) => s.replace(/\s+/g, ' ');
    STEPS.forEach((s, i) => {
      if (s.view.lang !== 'ar') assert.ok(flat(pages[i]).includes(s.title), `slide ${i + 1} shows its title "${s.title}"`);
      else assert.match(pages[i], /[\u0600-\u06FF]{3,}/, `slide ${i + 1} has Arabic text`);
    });
    // A/RES/74/247: 79 in favour, 60 against, 33 abstentions (UN Digital Library voting record)
    for (const row of ['Yes: 79', 'No: 60', 'Abstained: 33']) assert.ok(flat(pages[1]).includes(row), `the 74/247 slide's key says "${row}"`);
    assert.ok(flat(pages[0]).includes('Brazil'), 'the record card names Brazil');
    assert.ok(/Sources/.test(pages[0]), 'the sources line is text');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 150_000 });
