// The deck's .pptx as another office suite reads it: LibreOffice Impress opens the file the app exported, draws every
// slide, and its text layer holds each slide's title and the official tally of 74/247. An oracle outside our code
// (pptx.test checks the XML we write; this checks that an office suite accepts it). The speaker notes as Impress reads
// them: the deck saved again as OpenDocument, each slide's notes page holds its notes, a paragraph a line, in a box of
// some size (pptxTidy strips the notes master's placeholders; without their place on the notes slides, Impress drew
// blank notes pages), the Arabic step's right to left. Needs `soffice` and poppler's `pdftotext` (Debian:
// libreoffice-impress, poppler-utils); without them the journey is reported as skipped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from '../lib/harness.mjs';
import { ROOT } from '../lib/build.mjs';
import { marks } from '../lib/app.mjs';

const JSZip = createRequire(path.join(ROOT, 'package.json'))('jszip');
const NAME = 'office: the exported .pptx opens in LibreOffice Impress, every slide with its title and the official tally, every notes page with its notes';
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

    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'odp', '--outdir', dir, pptx], { stdio: 'ignore', timeout: 90_000 });
    const content = await (await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'deck.odp')))).file('content.xml').async('string');
    const notes = [...content.matchAll(/<presentation:notes\b[^>]*>([\s\S]*?)<\/presentation:notes>/g)].map((m) => m[1]);
    assert.equal(notes.length, STEPS.length, 'a notes page per slide');
    notes.forEach((page, i) => {
      const frame = /<draw:frame\b([^>]*presentation:class="notes"[^>]*)>([\s\S]*?)<\/draw:frame>/.exec(page);
      assert.ok(frame, `slide ${i + 1}'s notes page has its notes`);
      const paras = [...frame[2].matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((p) => (p[1] ?? '').replace(/<[^>]+>/g, ''));
      assert.deepEqual(paras.slice(0, 2), ['First line.', 'Second line.'], `slide ${i + 1}'s notes: a paragraph a line`);
      const cm = (attr) => Number(new RegExp(`svg:${attr}="([\\d.]+)cm"`).exec(frame[1])?.[1] ?? 0);
      assert.ok(cm('width') > 10 && cm('height') > 5, `slide ${i + 1}'s notes are in a box of some size (${cm('width')} × ${cm('height')} cm)`);
      const style = /text:style-name="([^"]+)"/.exec(frame[2])?.[1];
      const rtl = new RegExp(`<style:style style:name="${style}"[^>]*>(?:(?!</style:style>)[\\s\\S])*style:writing-mode="rl-tb"`).test(content);
      assert.equal(rtl, STEPS[i].view.lang === 'ar', `slide ${i + 1}'s notes run ${STEPS[i].view.lang === 'ar' ? 'right to left' : 'left to right'}`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 150_000 });
