// Issue 19, in real Chromium: crafted links cannot trap or freeze the page, no deck is lost, every export is
// well-formed, a damaged build says what happened. Each journey reproduces a failure of the adversarial report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import JSZip from 'jszip';
import { tsImport } from 'tsx/esm/api';
import { test } from '../lib/harness.mjs';
import { MAP, GRAPH, chunkUrl, marks, param } from '../lib/app.mjs';

const noticesText = (page) => page.locator('[role="region"][aria-label="Notices"]').innerText().catch(() => '');
/** How much of an element is inside the viewport, in px of height. */
const visibleHeight = (page, sel) => page.evaluate((s) => {
  const r = document.querySelector(s).getBoundingClientRect();
  return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
}, sel);

test('crafted link: 30 unknown bloc classes give one short notice and leave the map and graph on the first screen', async ({ open }) => {
  const classes = Array.from({ length: 30 }, (_, i) => `x${i}`).join(',');
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
    const page = await open(`/?f=bloc:${classes}`, { viewport });
    await marks(page);
    const text = await noticesText(page);
    assert.match(text, /30 unknown filter classes ignored in “\u2068bloc\u2069”: “\u2068x0\u2069”, “\u2068x1\u2069”, “\u2068x2\u2069” … \(27 more\)/);
    const height = await page.locator('[role="region"][aria-label="Notices"]').evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(height < 90, `notices ${height} px tall`);
    // below 1100 px the views stack (map first, graph under it), as without any notice
    for (const sel of viewport.width > 1100 ? [MAP, GRAPH] : [MAP]) {
      const seen = await visibleHeight(page, sel);
      assert.ok(seen > 250, `${sel}: only ${seen} px on the first screen at ${viewport.width}×${viewport.height}`);
    }
  }
});

test('crafted link: 10,000 bad classes and a 300-character lens neither flood nor widen the page; dismiss all', async ({ open }) => {
  const many = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
  const page = await open(`/?lens=${'L'.repeat(300)}&f=bloc:${many};budapest:${many};nope:1&sel=${'S'.repeat(500)}&step=${'9'.repeat(400)}`);
  await marks(page);
  const items = await page.locator('[role="region"][aria-label="Notices"] li').count();
  assert.ok(items <= 6, `${items} notices`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(width <= 0, `the page is ${width} px wider than the window`);
  assert.equal(param(page, 'step'), null, 'a 400-digit step never reaches the address');
  assert.ok(!page.url().includes('Infinity'));
  assert.ok(await visibleHeight(page, MAP) > 250, 'map on the first screen');
  await page.getByRole('button', { name: 'Dismiss all' }).click();
  assert.equal(await page.locator('[role="region"][aria-label="Notices"]').count(), 0);
});

for (const z of ['2,10.25,5', '2.0001,0,0', '1,0,0']) {
  test(`loading ?sel=KOR&z=${z} adds no history entry: Back leaves the page`, async ({ open, baseURL }) => {
    const page = await open('/');
    await marks(page);
    await page.goto(new URL(`/?sel=KOR&z=${z}`, baseURL).href);
    await marks(page);
    await page.waitForTimeout(1500); // the map settles a zoom 300 ms after its transition: let every timer run
    const length = await page.evaluate(() => history.length);
    await page.goBack();
    await page.waitForFunction(() => !location.search, null, { timeout: 5000 }).catch(() => {});
    assert.equal(new URL(page.url()).search, '', `Back stayed on ${page.url()} (history had ${length} entries)`);
  });
}

test('zoom links are brought within what the map can show, with a notice and no console error', async ({ open }) => {
  let page = await open('/?z=40,1e308,1e308');
  await marks(page);
  await page.waitForTimeout(800);
  assert.equal(param(page, 'z'), '40,0,0');
  assert.match(await noticesText(page), /brought within what the map can show/);
  page = await open('/?z=40,-99999999,-99999999');
  await marks(page);
  await page.waitForTimeout(800);
  assert.equal(param(page, 'z'), '40,-37440,-19500');
  assert.match(await noticesText(page), /brought within what the map can show/);
});

test('a deck link that would unpack to hundreds of megabytes is refused at once, and says "link"', async ({ open }) => {
  // the report's bomb: 25,000 codes each naming the next dictionary entry (see src/lib/fuzz.ts bombLink)
  const { bombLink } = await tsImport('../../../src/lib/fuzz.ts', import.meta.url);
  const link = bombLink(25_000);
  assert.ok(link.length < 64_000);
  const page = await open(`/?deck=${link}`);
  await marks(page);
  const offer = page.getByRole('alert').filter({ hasText: "The link's deck could not be opened" });
  await offer.waitFor();
  const text = await offer.innerText();
  assert.match(text, /the link unpacks to more than 512 KB/);
  assert.doesNotMatch(text, /file/);
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  assert.ok(heap < 100e6, `heap ${Math.round(heap / 1e6)} MB`);
});

test('a dataset chunk cut short: the message names the dataset and its version and says what to do', async ({ open }) => {
  const { title, version } = JSON.parse(fs.readFileSync('data/atlas.json', 'utf8'));
  const page = await open('/', {
    allow: /Unexpected end of input|Failed to fetch dynamically imported module|SyntaxError/,
    before: (ctx) => ctx.route(chunkUrl('atlas'), async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      // the dataset chunk is the big one (the other is src/data/atlas.ts)
      await route.fulfill({ response: res, body: body.length > 100_000 ? body.slice(0, body.length / 2) : body });
    }),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const text = await alert.innerText();
  assert.match(text, new RegExp(`${title} \\(version ${version.replace(/\./g, '\\.')}\\) could not be read`));
  assert.match(text, /Reload the page\. If you opened the offline copy/);
});

test('a dataset chunk changed after the build, with a wrong value: not the checked one, so the shape guard runs and says no, zod (loaded only then) names the field', async ({ open }) => {
  const page = await open('/', {
    before: (ctx) => ctx.route(chunkUrl('atlas'), async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      // the dataset chunk is the big one (the core's JSON text); its as-of date becomes text that is not a date
      await route.fulfill({ response: res, body: body.length > 100_000 ? body.replace(/"asOf":"\d{4}-\d\d-\d\d"/, '"asOf":"Feb 2026"') : body });
    }),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const text = await alert.innerText();
  assert.match(text, /failed validation/);
  assert.match(text, /field "asOf" = "Feb 2026": expected yyyy, yyyy-mm or yyyy-mm-dd/);
  // not the core the build checked (data/openDataset.ts): the page checked it itself
  assert.equal(await page.evaluate(() => performance.getEntriesByName('data:checked-by-build', 'mark').length), 0);
});

test('a dataset chunk changed after the build whose validator cannot load: the message says the data could not be read, not a crash', async ({ open }) => {
  const { title, version } = JSON.parse(fs.readFileSync('data/atlas.json', 'utf8'));
  const page = await open('/', {
    allow: /Failed to fetch dynamically imported module|404|Failed to load resource/,
    before: async (ctx) => {
      await ctx.route(chunkUrl('atlas'), async (route) => {
        const res = await route.fetch();
        const body = await res.text();
        // a valid change: not the core the build checked, so the page must check it
        await route.fulfill({ response: res, body: body.length > 100_000 ? body.replace(/"asOf":"\d{4}-\d\d-\d\d"/, '"asOf":"2026-01-01"') : body });
      });
      await ctx.route(chunkUrl('loadDataset'), (route) => route.fulfill({ status: 404, body: 'not found' }));
    },
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const text = await alert.innerText();
  assert.match(text, new RegExp(`${title} \\(version ${version.replace(/\./g, '\\.')}\\) could not be read`));
});

test('English messages that cannot load: the error page says so in words, not a page of message keys', async ({ open }) => {
  const page = await open('/', {
    allow: /Failed to fetch dynamically imported module|404|Failed to load resource/,
    before: (ctx) => ctx.route(chunkUrl('en'), (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const text = await alert.innerText();
  assert.match(text, /The atlas could not be shown/);
  assert.match(text, /messages \(en\) could not be loaded/);
});

test('a map layout chunk that cannot load: the map draws the same shapes from the computed geometry, no error', async ({ open }) => {
  const drawn = (page) => page.evaluate((map) => [...document.querySelectorAll(`${map} .map-svg [data-iso3]`)]
    .map((e) => `${e.getAttribute('data-iso3')} ${e.querySelector('.map-shape')?.getAttribute('d') ?? e.tagName}`), MAP);
  const shipped = await open('/?outline=eu');
  await marks(shipped);
  const requested = [];
  const page = await open('/?outline=eu', {
    allow: /404|Failed to load resource/,
    before: (ctx) => {
      ctx.on('request', (r) => requested.push(new URL(r.url()).pathname));
      return ctx.route(chunkUrl('mapLayout\\.generated'), (route) => route.fulfill({ status: 404, body: 'not found' }));
    },
  });
  await marks(page);
  assert.ok(requested.some((f) => /\/assets\/ComputedMap-[^/]+\.js$/.test(f)), 'the computed map chunk was requested');
  assert.deepEqual(await drawn(page), await drawn(shipped));
  assert.ok((await drawn(page)).length >= 195);
  // the bloc outline too, as from the shipped layout
  for (const p of [shipped, page]) await p.locator(`${MAP} .map-bloc-outline[data-bloc="eu"] .bloc-line`).waitFor({ state: 'attached' });
  const line = (p) => p.locator(`${MAP} .map-bloc-outline .bloc-line`).getAttribute('d');
  assert.equal(await line(page), await line(shipped));
});

test('a record-facts chunk that cannot load: the page stays up while no record is open, a record opened says so in its place, and "Try again" loads it', async ({ open }) => {
  const FACTS = chunkUrl('RecordFacts');
  let context;
  const page = await open('/', {
    allow: /404|Failed to load resource|dynamically imported module|Importing a module script failed/,
    before: (ctx) => { context = ctx; return ctx.route(FACTS, (route) => route.fulfill({ status: 404, body: 'not found' })); },
  });
  await marks(page);
  // the chunk is requested after the first frame; its failure is quiet while no record needs it
  await page.waitForTimeout(800);
  assert.equal(await page.getByRole('alert').count(), 0, 'an error page with no record open');
  assert.ok(await page.locator(`${MAP} .map-svg [data-iso3="FRA"]`).count(), 'the map is gone');
  // a record that needs it: a clear error, never a record without its facts or a blank page
  await page.locator(`${MAP} .map-svg [data-iso3="FRA"]`).first().click();
  const alert = page.locator('.side').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /This part of the page could not be loaded/);
  // only the side panel: the map, the network and the selection stay
  assert.equal(await page.getByRole('alert').count(), 1);
  assert.equal(await page.locator(`${MAP} .map-svg [data-iso3="FRA"][data-selected="true"]`).count(), 1);
  assert.ok(await page.locator('.view-graph [data-node-id="FRA"]').count());
  // the connection back: asked for again, the record is drawn with its facts
  await context.unroute(FACTS);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('[role="region"][aria-label="Country details"] .record-facts [data-source-id], [role="region"][aria-label="Country details"] .record-facts a[href^="http"]').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('a bloc outline whose code cannot load: a notice names the bloc once, the rest of the page works', async ({ open }) => {
  const page = await open('/?outline=eu', {
    allow: /404|Failed to load resource|dynamically imported module|Importing a module script failed|bloc outline could not be drawn/,
    before: (ctx) => ctx.route(chunkUrl('blocOutline'), (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  await marks(page);
  const notice = page.getByText(/outline of European Union could not be drawn/);
  await notice.waitFor();
  // asked for again with the next change of the view: still one notice
  await page.locator(`${MAP} .map-svg [data-iso3="FRA"]`).first().click();
  await page.waitForTimeout(400);
  assert.equal(await notice.count(), 1);
  assert.equal(await page.locator(`${MAP} .map-bloc-outline`).count(), 0);
  assert.equal(await page.getByRole('alert').count(), 0, 'no error page');
});

test('a main script that never runs leaves a short static message, not a blank page', async ({ open }) => {
  const page = await open('/', {
    // whichever syntax error the cut makes: where the 5,000th character falls moves with the bundle (main at 2f560d6
    // cuts inside React's scheduler: "Unexpected token '!'")
    allow: /SyntaxError|Unexpected end of input|Unexpected token/,
    before: (ctx) => ctx.route(chunkUrl('index'), async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      await route.fulfill({ response: res, body: body.slice(0, 5000) });
    }),
  });
  await page.locator('.boot-late').waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await page.locator('#root').innerText(), /script may be missing or damaged.*Reload the page; if you opened the offline copy/s);
});

const DAMAGED = JSON.stringify({
  state: {
    deck: {
      version: 1, title: 'Kept deck',
      steps: ['one', 'two', 'three', 'four'].map((t, i) => ({
        id: `s${i}`, title: t, caption: '', notes: '',
        view: { lens: i === 3 ? 'nato' : 'budapest', filters: {}, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null },
      })),
    },
  },
  version: 1,
});

test('a damaged saved deck is reported, its valid steps recovered, and still downloadable after the next edit', async ({ open }) => {
  const page = await open('/', {
    // damaged once, as a previous build or a hand edit would leave it; not again on reload
    before: (ctx) => ctx.addInitScript((raw) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem('atlas-deck', raw); sessionStorage.setItem('seeded', '1'); }
    }, DAMAGED),
  });
  await marks(page);
  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /3 of its 4 steps were recovered\. The saved copy is kept aside unchanged/);
  assert.equal(await page.getByRole('button', { name: /^Deck \(/ }).innerText(), 'Deck (3)');

  await page.getByRole('button', { name: /^Deck \(/ }).click();
  await page.getByRole('button', { name: 'Add current view as step' }).click();
  await page.getByText('Added the current view as a step.').waitFor();
  await page.getByRole('button', { name: 'Close the deck' }).click();

  await page.reload();
  await marks(page);
  await page.waitForFunction(() => document.querySelector('.briefing-toolbar')?.textContent?.includes('Deck (4)'));
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  const kept = page.getByRole('region', { name: 'Kept aside' });
  const [dl] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Download' }).click()]);
  assert.equal(fs.readFileSync(await dl.path(), 'utf8'), DAMAGED, 'the kept copy is the saved text, unchanged');
});

test('a full storage is reported at the edit, never as "Added"', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  // fill the origin's quota the way other data would, to the last character
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i++) {
      try { localStorage.setItem(`filler-${i}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  await page.getByRole('button', { name: 'Add current view as step' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Not saved: the browser's storage for this page is full/).first().waitFor();
  assert.equal(await dialog.getByText('Added the current view as a step.').count(), 0);
});

test('a deck at the limits (100 steps, 10,000-character notes) is saved and comes back after a reload', async ({ open }) => {
  const page = await open('/');
  await marks(page);
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  // resolved once: a role query re-reads the accessible name of every field of every step (seconds per click at
  // 100 steps in the test runner, while the page itself answers in milliseconds)
  const add = await page.getByRole('button', { name: 'Add current view as step' }).elementHandle();
  for (let i = 0; i < 100; i++) await add.click();
  assert.equal(await add.isDisabled(), true, 'the editor stops at 100 steps');
  // notes at their limit, as a paste arrives in each editor field (one input event; Playwright's fill() takes a
  // second per 10,000 characters, the page 2 ms)
  await page.evaluate(() => {
    const text = 'Line "one" \\ and a break\n'.repeat(400).slice(0, 10_000);
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    for (const ta of document.querySelectorAll('.deck-step textarea[maxlength="10000"]')) {
      setValue.call(ta, text);
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  assert.equal(await page.getByRole('alert').count(), 0, 'nothing failed to save');
  await page.reload();
  await marks(page);
  await page.waitForFunction(() => document.querySelector('.briefing-toolbar')?.textContent?.includes('Deck (100)'));
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('atlas-deck')).state.deck.steps.map((s) => s.notes.length));
  assert.deepEqual([...new Set(saved)], [10_000]);
}, { timeout: 120_000 });

test('two tabs: a step added in one appears in the other, and the other\'s next step keeps it', async ({ open, baseURL }) => {
  const a = await open('/');
  await marks(a);
  const b = await a.context().newPage();
  await b.goto(baseURL);
  await marks(b);
  const addIn = async (page) => {
    await page.getByRole('button', { name: /^Deck \(/ }).click();
    await page.getByRole('button', { name: 'Add current view as step' }).click();
    await page.getByRole('button', { name: 'Close the deck' }).click();
  };
  await addIn(a);
  await b.waitForFunction(() => document.querySelector('.briefing-toolbar')?.textContent?.includes('Deck (1)'));
  await addIn(b);
  await a.waitForFunction(() => document.querySelector('.briefing-toolbar')?.textContent?.includes('Deck (2)'));
  const steps = await a.evaluate(() => JSON.parse(localStorage.getItem('atlas-deck')).state.deck.steps.length);
  assert.equal(steps, 2);
});

test('a .pptx from a deck with control characters has only well-formed XML parts (Chromium\'s XML parser)', async ({ open }) => {
  const nasty = 'Soft\u000Bbreak \u0000nul \u0007bell \u001Bescape & <tag> "quotes" \uFFFE';
  const deck = {
    format: 'cybercrime-atlas-deck', version: 1, title: `Deck ${nasty}`,
    steps: [0, 1].map((i) => ({
      id: `c${i}`, title: `Step ${i} ${nasty}`, caption: `Caption ${nasty}`, notes: `Notes\u000B${nasty}`,
      view: { lens: 'budapest', filters: {}, sel: i ? 'KOR' : null, t: null, cmp: [], focus: null, zoom: null, step: null },
    })),
  };
  const page = await open('/');
  await marks(page);
  await page.getByRole('button', { name: /^Deck \(/ }).click();
  await page.locator('.deck-import input[type="file"]').setInputFiles({ name: 'nasty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
  await page.getByText(/Imported “\u2068Deck/).waitFor();
  await page.getByRole('button', { name: 'Close the deck' }).click();
  await page.getByText('Export', { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Deck as PowerPoint' }).click()]);
  const zip = await JSZip.loadAsync(fs.readFileSync(await dl.path()));
  const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
  assert.ok(parts.length > 10);
  const texts = await Promise.all(parts.map((f) => zip.file(f).async('string')));
  const bad = await page.evaluate((docs) => docs.filter(([, xml]) =>
    new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length > 0).map(([n]) => n),
  parts.map((p, i) => [p, texts[i]]));
  assert.deepEqual(bad, []);
  const slide = texts[parts.indexOf('ppt/slides/slide1.xml')];
  assert.match(slide, /Step 0 Soft/);
}, { timeout: 120_000 });

test('a damaged deck link is refused in the page language (French, Arabic), naming the link', async ({ open }) => {
  for (const [lang, says] of [['fr', /Refusé\u00a0: le lien/], ['ar', /مرفوض: الرابط/]]) {
    const page = await open(`/?lang=${lang}&deck=not-a-deck%25%25`);
    await marks(page);
    const offer = page.getByRole('alert').first();
    await offer.waitFor();
    const text = await offer.innerText();
    assert.match(text, says, `${lang}: ${text}`);
    assert.doesNotMatch(text, /Refused|the link/, `${lang}: English left in "${text}"`);
  }
});

test('a language whose messages cannot load: the page is drawn in English and the notices say so (?lang=fr, its files cut off)', async ({ open }) => {
  const page = await open('/?lang=fr&sel=KOR', {
    allow: /Failed to load resource|Failed to fetch dynamically imported module/,
    // the French catalogue's two parts (assets/fr-<hash>.js); nothing else is French-only
    before: (ctx) => ctx.route(chunkUrl('fr'), (route) => route.abort()),
  });
  await marks(page);
  const notices = page.locator('.notices');
  await notices.waitFor({ timeout: 10_000 });
  assert.match(await notices.innerText(), /Some messages in Français could not be loaded \(their file is missing or damaged\): they are shown in English/);
  // drawn, not a crash page: the record of Korea is there
  await page.getByRole('region', { name: 'Country details' }).waitFor();
});
