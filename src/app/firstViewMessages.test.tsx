// The page with only the catalogues' first-view parts (i18n/messageParts.ts): a French page with a country selected
// draws every word of its first view, and the lazy features that use later messages (here the briefing toolbar and
// the presentation layer, asked for at once) wait for them rather than show a message key or English.
// Two tests, each on a fresh page: the whole first view while the later parts are held back; then the two slots that
// wait for them (app/BriefingSlots.tsx, as the page draws them) until they arrive. In one test the page was drawn in
// jsdom and its French catalogue let in while it was there: 4–7 s on a loaded machine, against vitest's 5 s.
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../i18n/messages/en.json';
import fr from '../i18n/messages/fr.json';

const keys = Object.keys(en);
const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** Catalogue keys shown as words: in a text or in an attribute a person or a screen reader meets. */
function keysShown(): string[] {
  const words: string[] = [];
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) words.push(n.textContent ?? '');
  // only the elements that carry one of the attributes (a few hundred of the page's ~2,000)
  for (const e of document.body.querySelectorAll(SHOWN_ATTRIBUTES.map((a) => `[${a}]`).join(',')))
    for (const a of SHOWN_ATTRIBUTES) words.push(e.getAttribute(a) ?? '');
  // one string searched once per key (~740 keys); no key holds a line break, so none is found across two words
  const all = words.join('\n');
  return keys.filter((k) => all.includes(k));
}

/** A fresh page: no catalogue and no lazy chunk already in (the other test files share this worker's modules), the
 *  French and English first parts loaded, their later parts held back until `release()`. Its modules (the page's
 *  whole first view, imported again after the reset) and the lazy chunks are in before a test starts, as setup: what a
 *  test times is drawing the page and what it checks. */
async function freshPage() {
  vi.resetModules();
  const catalogue = await import('../i18n/catalogue');
  const [{ render, seedView }, { testAtlas }, { DEFAULT_VIEW }, { FirstFramePainted }, { Layout }, slots] = await Promise.all([
    import('../testing/dataset'), import('../data/testAtlas'), import('../store/appStore'), import('./useAfterFirstFrame'),
    import('./Layout'), import('./BriefingSlots'),
    // the lazy chunks, here before the page asks for them; the later messages are what they wait for
    import('../views/briefing/BriefingToolbar'), import('../views/briefing/PresentationLayer'),
  ]);
  await Promise.all([catalogue.loadFirstMessages('fr'), catalogue.loadFirstMessages('en')]);
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => { release = r; });
  for (const lang of ['fr', 'en'] as const) {
    const real = catalogue.loaders.later[lang];
    vi.spyOn(catalogue.loaders.later, lang).mockImplementation(() => gate.then(real));
  }
  seedView(testAtlas(), { ...DEFAULT_VIEW, lang: 'fr', sel: 'KOR', notices: [] });
  return { catalogue, render, FirstFramePainted, Layout, ...slots, release: () => release() };
}

/** The page's loaders of the lazy chunks resolve, while the later messages are held back. */
const lazyChunksIn = () => act(async () => { await Promise.all([import('../views/briefing/BriefingToolbar'), import('../views/briefing/PresentationLayer')]); });

describe('the first view with only the first part of the messages', () => {
  let page: Awaited<ReturnType<typeof freshPage>>;
  beforeEach(async () => { page = await freshPage(); });
  // the next file starts from fresh modules too, as these do
  afterEach(() => { vi.restoreAllMocks(); vi.resetModules(); });

  it('draws no message key on the whole first view while the later parts are held back', async () => {
    const { catalogue, render, FirstFramePainted, Layout } = page;
    render(<FirstFramePainted.Provider value={true}><Layout /></FirstFramePainted.Provider>);
    await lazyChunksIn();
    // the record and the toolbar found by their class, then their role and name checked (a role query walks the page's
    // ~2,000 elements, a second or more in jsdom)
    const record = document.querySelector('section.record');
    expect(record).toHaveAttribute('role', 'region');
    expect(record).toHaveAccessibleName(fr['record.region']);
    expect(keysShown()).toEqual([]);
    expect(document.querySelector('.briefing-toolbar[aria-hidden="true"]'), 'only the toolbar\'s room').not.toBeNull();
    expect(catalogue.useCatalogues.getState().later.fr).toBeUndefined();
  });

  it('the briefing toolbar and the presentation layer wait for the later messages, then speak French', async () => {
    const { catalogue, render, FirstFramePainted, BriefingTools, Presentation, release } = page;
    render(<FirstFramePainted.Provider value={true}><BriefingTools /><Presentation /></FirstFramePainted.Provider>);
    await lazyChunksIn();
    expect(document.querySelector('.briefing-toolbar[aria-hidden="true"]'), 'only the toolbar\'s room').not.toBeNull();
    expect(keysShown()).toEqual([]);
    expect(catalogue.useCatalogues.getState().later.fr).toBeUndefined();

    // let them go and wait for them (the toolbar asked for them already: the same pending load), so that what is left
    // to wait for is the toolbar's own render, not the catalogues' import, slow on a loaded machine
    await act(async () => { release(); await catalogue.loadCatalogue('fr'); });
    await waitFor(() => expect(document.querySelector('.briefing-toolbar[aria-hidden="true"]')).toBeNull());
    expect(catalogue.useCatalogues.getState().later.fr).toBeDefined();
    const toolbar = document.querySelector('.briefing-toolbar');
    expect(toolbar).toHaveAttribute('role', 'toolbar');
    expect(toolbar).toHaveAccessibleName(fr['brief.aria']);
    expect(toolbar).toHaveTextContent(fr['brief.pptx']);
    // the view's address printed with the page says so in French too ("View:" on every page before)
    await waitFor(() => expect(toolbar!.querySelector('.print-link')?.textContent).toMatch(/^Vue\u00a0: http/));
    expect(keysShown()).toEqual([]);
  });
});
