// Truthful history (issue #13): every example of the first list, in real Chromium. No status is shown before
// its evidence; relations light only when in force; a typed date is applied on Enter, not mid-typing.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { MAP, RECORD, byId, legendCounts, mapMarks, marks, param, waitAttr } from '../lib/app.mjs';

const statusOf = async (page) => byId(await mapMarks(page));

test('2010-01-01: Papua New Guinea, Mozambique and Timor-Leste are not yet invited (invited 2022 or later)', async ({ open }) => {
  const page = await open('/?lens=budapest&t=2010-01-01');
  await marks(page);
  const m = await statusOf(page);
  for (const iso of ['PNG', 'MOZ', 'TLS']) assert.equal(m.get(iso).status, 'none', `${iso} in 2010`);
});

test('2005-01-01: the United Kingdom, Spain, Sweden and Switzerland are signatories; Ecuador and Paraguay are not Parties', async ({ open }) => {
  const page = await open('/?lens=budapest&t=2005-01-01');
  await marks(page);
  const m = await statusOf(page);
  for (const iso of ['GBR', 'ESP', 'SWE', 'CHE']) assert.equal(m.get(iso).status, 'signatory', `${iso} in 2005`);
  for (const iso of ['ECU', 'PRY']) assert.notEqual(m.get(iso).status, 'party', `${iso} in 2005`);
  const page2 = await open('/?lens=budapest&t=2010-01-01');
  await marks(page2);
  const m2 = await statusOf(page2);
  for (const iso of ['ECU', 'PRY']) assert.notEqual(m2.get(iso).status, 'party', `${iso} in 2010`);
});

test('2001-11-23, the day the treaty opened: no Party, 30 signatories, legend and map agree', async ({ open }) => {
  const page = await open('/?lens=budapest&t=2001-11-23');
  await marks(page);
  const list = [...(await statusOf(page)).values()];
  const count = (cls) => list.filter((x) => x.status === cls).length;
  const legend = await legendCounts(page);
  assert.equal(count('party'), 0);
  assert.equal(legend.party, 0);
  assert.equal(legend.signatory, count('signatory'));
  assert.equal(legend.unknown, count('unknown'));
});

test('no CLOUD Act agreement of Australia in 2010; in 2022 it is signed, shown apart from the relations in force', async ({ open }) => {
  const page = await open('/?sel=AUS&t=2010-01-01');
  await marks(page);
  await page.locator(RECORD).waitFor();
  assert.doesNotMatch(await page.locator(RECORD).innerText(), /CLOUD Act/);
  const page2 = await open('/?sel=AUS&t=2022-01-01');
  await marks(page2);
  const apart = page2.locator(`${RECORD} [data-relations-apart="true"]`, { hasText: 'CLOUD Act' });
  await apart.waitFor({ timeout: 5000 });
  assert.match(await apart.innerText(), /not in force at this date[\s\S]*signed/i);
});

test('sel=europol does not light the Russian Federation (suspended since 2022); it is outlined apart; Brazil\'s 2025 agreement is listed as signed', async ({ open }) => {
  const page = await open('/?sel=europol');
  await marks(page);
  await waitAttr(page, `${MAP} [data-iso3]`, 'data-highlighted');
  const rus = page.locator(`${MAP} [data-iso3="RUS"]`).first();
  assert.equal(await rus.getAttribute('data-highlighted'), null);
  assert.equal(await rus.getAttribute('data-related-apart'), 'true');
  const apart = page.locator(`${RECORD} [data-relations-apart="true"]`);
  await apart.first().waitFor({ timeout: 5000 });
  const text = (await apart.allInnerTexts()).join('\n');
  assert.match(text, /Russian Federation[^\n]*\n?[^\n]*suspended/i);
  assert.match(text, /Brazil[^\n]*\n?[^\n]*signed/i);
  // in 2010 the Russian Federation was a partner in force
  const page2 = await open('/?sel=europol&t=2010-01-01');
  await marks(page2);
  await waitAttr(page2, `${MAP} [data-iso3="RUS"]`, 'data-highlighted');
});

test('what changed since 2010-01-01: Spain, the UK, Switzerland, Sweden and Poland are Signatory → Party; Malta (signature day not recorded) is listed apart; none is Not party → Party', async ({ open }) => {
  const page = await open('/?lens=budapest');
  await marks(page);
  await page.getByRole('button', { name: /what changed/ }).click();
  const since = page.getByLabel('Since date');
  await since.waitFor({ timeout: 10_000 });
  await since.fill('2010-01-01');
  await since.press('Enter');
  for (const iso of ['ESP', 'GBR', 'CHE', 'SWE', 'POL']) {
    const item = page.locator(`[data-change-id="${iso}"]`);
    await item.waitFor({ timeout: 5000 });
    assert.match(await item.innerText(), /Signatory → Party/, iso);
  }
  // Malta: its signature day is not recorded (a signatory by 2011-06-01 at the latest): listed apart, never as Not party → Party
  const mlt = page.locator('[data-changes-undated="true"] [data-change-id="MLT"]');
  await mlt.waitFor({ timeout: 5000 });
  assert.doesNotMatch(await mlt.innerText(), /Not party → Party/);
});

test('typing a date into the as-of field applies it on Enter, not mid-typing; an out-of-range year is refused with a message', async ({ open }) => {
  const page = await open('/?lens=budapest&t=2015-06-01');
  await marks(page);
  const field = page.getByLabel('As-of date (dd/mm/yyyy)');
  await field.selectText();
  await page.keyboard.type('1/1/2010', { delay: 30 });
  assert.equal(param(page, 't'), '2015-06-01', 'nothing applied while typing');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2010-01-01', null, { timeout: 5000 });
  await field.selectText();
  await page.keyboard.type('1/1/1999', { delay: 30 });
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Choose a date' });
  await alert.waitFor({ timeout: 5000 });
  assert.equal(param(page, 't'), '2010-01-01', 'the previous date is kept');
  // the slider's arrow keys still step by a day
  await page.getByRole('slider', { name: 'As-of date' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2010-01-02', null, { timeout: 5000 });
});
