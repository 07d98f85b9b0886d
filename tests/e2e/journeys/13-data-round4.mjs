// Data round 4 (issue #18): the facts added reach the map and the record, with their source links.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { MAP, RECORD, mapMarks, marks, waitAttr } from '../lib/app.mjs';

test('sel=europol lights the partners added in round 4 that are in force (UAE, Chile, Egypt); Jordan (signed) is shown apart', async ({ open }) => {
  const page = await open('/?sel=europol');
  await marks(page, ['data:ready', 'map:painted']);
  await waitAttr(page, `${MAP} [data-iso3]`, 'data-highlighted');
  const lit = new Set((await mapMarks(page)).filter((m) => m.highlighted).map((m) => m.id));
  for (const iso of ['ARE', 'CHL', 'EGY']) assert.ok(lit.has(iso), `${iso} is highlighted as a Europol partner`);
  // Jordan's working arrangement is signed, not yet in force (issue #13): outlined apart, not lit
  assert.ok(!lit.has('JOR'), 'JOR is not lit: its arrangement is not in force');
  assert.equal(await page.locator(`${MAP} [data-iso3="JOR"]`).first().getAttribute('data-related-apart'), 'true');
});

// Each touched country's record cites the new fact's own source (a URL only that fact uses).
const newFacts = [
  ['ARE', 'wam.ae/en/article/bkd5im5'],
  ['CHL', 'eeas.europa.eu/delegations/chile/100527'],
  ['EGY', 'eurojust.europa.eu/news/eurojust-and-egypt'],
  ['JOR', 'defaiya.com/news/Security'],
];
for (const [iso, href] of newFacts) {
  test(`record of ${iso} shows its round-4 fact with a source link`, async ({ open }) => {
    const page = await open(`/?sel=${iso}`);
    await marks(page, ['data:ready', 'map:painted']);
    const link = page.locator(`${RECORD} a[href*="${href}"]`).first();
    await link.waitFor({ timeout: 5000 });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  });
}

test('header shows each data family with its own as-of; the record counts UN convention deposits towards 40', async ({ open }) => {
  const page = await open('/?sel=AZE');
  await marks(page, ['data:ready', 'map:painted']);
  const header = await page.locator('[data-as-of]').innerText();
  for (const part of ['UN votes 2018–2019', 'UN convention to Feb 2026', 'network to Jul 2025']) assert.ok(header.includes(part), `header shows "${part}": ${header}`);
  const entry = page.locator(`${RECORD} [data-un-deposits]`);
  await entry.waitFor({ timeout: 5000 });
  assert.match(await entry.innerText(), /0 of the 40 ratifications needed recorded as deposited; not in force/);
});

test('24/7 networks and capacity building: own edge families in the graph and a filter dimension', async ({ open }) => {
  const page = await open('/?f=network:glacy-e');
  await marks(page, ['data:ready', 'map:painted', 'graph:painted']);
  for (const f of ['contact-points', 'capacity']) {
    await page.locator(`.view-graph button[data-family="${f}"]`).waitFor({ timeout: 5000 });
    assert.ok(await page.locator(`.view-graph [data-edge-family="${f}"]`).count() > 0, `graph draws ${f} edges`);
  }
  // the filter keeps exactly the eight GLACY-e hub countries on the map
  const kept = (await mapMarks(page)).filter((m) => !m.dimmed).map((m) => m.id);
  assert.deepEqual([...new Set(kept)].sort(), ['CHL', 'DOM', 'GHA', 'LKA', 'MUS', 'PHL', 'SEN', 'TON']);
  assert.match(await page.locator('.filter-sentence').innerText(), /in network: GLACY-e/);
});


test("Korea's record shows its dated request to be invited (2022-10-11) with its source link, and not before that day", async ({ open }) => {
  const page = await open('/?sel=KOR');
  await marks(page, ['data:ready', 'map:painted']);
  const line = page.locator(`${RECORD} [data-request-date="2022-10-11"]`);
  await line.waitFor({ timeout: 5000 });
  assert.equal(await line.innerText(), 'Asked to be invited to accede, 11 October 2022');
  const link = page.locator(`${RECORD} li.fact:has([data-request-date]) a[href="http://m.newspim.com/news/view/20221011001127"]`);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  // the time bar marks it apart from the key dates while Korea is selected
  const marker = page.locator('.time-event-selection[data-event-date="2022-10-11"]');
  assert.match(await marker.getAttribute('title'), /Republic of Korea asks to be invited.*\n.*newspim/s);
  // before the request the record does not list it
  const before = await open('/?sel=KOR&t=2022-10-10');
  await marks(before, ['data:ready', 'map:painted']);
  await before.locator(`${RECORD} h2`).waitFor({ timeout: 5000 });
  assert.equal(await before.locator(`${RECORD} [data-request-date]`).count(), 0);
});

test('CyberSouth: the filter keeps its five priority countries from 2017 and the eight CyberSouth+ countries from 2024; records cite the CoE page', async ({ open }) => {
  const page = await open('/?f=network:cybersouth');
  await marks(page, ['data:ready', 'map:painted']);
  const kept = (await mapMarks(page)).filter((m) => !m.dimmed).map((m) => m.id);
  // independent oracle: the CoE CyberSouth+ page's project countries (net:S289)
  assert.deepEqual([...new Set(kept)].sort(), ['DZA', 'EGY', 'JOR', 'LBN', 'LBY', 'MAR', 'PSE', 'TUN']);
  const before = await open('/?f=network:cybersouth&t=2023-06-01');
  await marks(before, ['data:ready', 'map:painted']);
  const kept2023 = (await mapMarks(before)).filter((m) => !m.dimmed).map((m) => m.id);
  assert.deepEqual([...new Set(kept2023)].sort(), ['DZA', 'JOR', 'LBN', 'MAR', 'TUN']);
  for (const iso of ['LBY', 'MAR']) {
    const rec = await open(`/?sel=${iso}`);
    await marks(rec, ['data:ready', 'map:painted']);
    const link = rec.locator(`${RECORD} a[href="https://www.coe.int/fr/web/cybercrime/cybersouthplus"]`).first();
    await link.waitFor({ timeout: 5000 });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
});

test("a State's record cites the UN Digital Library voting record of each vote (74/247 and 73/187)", async ({ open }) => {
  const page = await open('/?sel=FRA&lens=unga-74-247');
  await marks(page, ['data:ready', 'map:painted']);
  for (const record of ['3841023', '1656199']) {
    const link = page.locator(`${RECORD} a[href="https://digitallibrary.un.org/record/${record}"]`).first();
    await link.waitFor({ timeout: 5000 });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
});
