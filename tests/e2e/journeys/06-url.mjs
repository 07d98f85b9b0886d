import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { byId, clickCountry, dataset, mapMarks, marks, param } from '../lib/app.mjs';

test('URL is the view: back and forward move between views', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  const seen = [];
  // The app folds changes less than 600 ms apart into one history entry (a drag or a replay is one step): pause
  // between steps as a person would.
  const pause = () => page.waitForTimeout(700);
  const at = async (what, pred, arg) => {
    await page.waitForFunction(pred, arg, { timeout: 5000 }).catch(() => {});
    seen.push(`${what}: ${new URL(page.url()).search || '(none)'}`);
    assert.ok(await page.evaluate(pred, arg), `after ${what} the view is wrong; steps so far:\n  ${seen.join('\n  ')}`);
  };
  await clickCountry(page, 'KOR');
  await at('click KOR', () => new URL(location.href).searchParams.get('sel') === 'KOR');
  await pause();
  await page.getByLabel('Colour the map by').selectOption('unga-74-247');
  await at('lens 74/247', () => new URL(location.href).searchParams.get('lens') === 'unga-74-247');
  const kor74 = dataset().status['unga-74-247'].KOR;
  await at('map recoloured', (s) => document.querySelector('.view-map [data-iso3="KOR"]')?.getAttribute('data-status') === s, kor74);
  await pause();
  await page.goBack();
  await at('back (to KOR under Budapest)', () => { const q = new URL(location.href).searchParams; return !q.get('lens') && q.get('sel') === 'KOR'; });
  await at('map restored', () => document.querySelector('.view-map [data-iso3="USA"]')?.getAttribute('data-status') === 'party');
  await pause();
  await page.goBack();
  await at('back (to the start)', () => !location.search && !document.querySelector('.view-map [data-selected="true"]'));
  await pause();
  await page.goForward();
  await at('forward (to KOR)', () => new URL(location.href).searchParams.get('sel') === 'KOR' && !!document.querySelector('.view-map [data-iso3="KOR"][data-selected="true"]'));
  await pause();
  await page.goForward();
  await at('forward (to 74/247)', () => new URL(location.href).searchParams.get('lens') === 'unga-74-247');
});

test('a link with lens, filter, selection and date survives reload and opens the same in a fresh browser', async ({ open }) => {
  const link = '?lens=unga-74-247&sel=BIH&f=budapest:party&t=2021-06-30';
  const page = await open(`/${link}`);
  await marks(page);
  const before = await mapMarks(page);
  await page.reload();
  await marks(page);
  const url = page.url();
  for (const p of ['lens', 'sel', 'f', 't']) assert.equal(param(page, p), new URLSearchParams(link).get(p), `param ${p} kept`);
  const after = await mapMarks(page);
  assert.deepEqual(after, before, 'same marks after reload');
  const fresh = await open(url); // a new browser context: no shared storage
  await marks(fresh);
  assert.deepEqual(await mapMarks(fresh), before, 'same marks in a fresh browser');
  assert.equal(byId(after).get('BIH').selected, true);
  assert.ok(after.some((m) => m.dimmed), 'filter applied');
});

test('a parameter given twice: the first value is used, the notice names the other, the address keeps one', async ({ open }) => {
  const page = await open('/?lens=unga-74-247&lens=budapest&t=2019-12-27&t=2020-01-01');
  await marks(page);
  const notices = page.locator('[role="region"][aria-label="Notices"]');
  await notices.waitFor({ timeout: 5000 });
  const text = await notices.innerText();
  // each value in English quotation marks, isolated for bidi (lib/notices.ts)
  const q = (v) => `“\u2068${v}\u2069”`;
  assert.ok(text.includes(`${q('lens')} is given more than once in the link: used the first, ${q('unga-74-247')}; ignored ${q('budapest')}`), text);
  assert.ok(text.includes(`${q('t')} is given more than once in the link: used the first, ${q('2019-12-27')}; ignored ${q('2020-01-01')}`), text);
  assert.equal(new URL(page.url()).search, '?lens=unga-74-247&t=2019-12-27', 'the address is rewritten with the values used');
  const kor = dataset().status['unga-74-247'].KOR;
  assert.equal(await page.locator('.view-map [data-iso3="KOR"]').first().getAttribute('data-status'), kor, 'the map shows the lens used');
});
