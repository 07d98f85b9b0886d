// The page with only the catalogues' first-view parts (i18n/messageParts.ts): a French page with a country selected
// draws every word of its first view, and the lazy features that use later messages (here the briefing toolbar and
// the presentation layer, asked for at once) wait for them rather than show a message key or English.
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../i18n/messages/en.json';
import fr from '../i18n/messages/fr.json';

const keys = Object.keys(en);

/** Catalogue keys shown as words: in a text or in an attribute a person or a screen reader meets. */
function keysShown(): string[] {
  const words = [...document.body.querySelectorAll('*')].flatMap((e) => [
    ...[...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
    ...['aria-label', 'title', 'placeholder', 'alt', 'aria-description'].map((a) => e.getAttribute(a) ?? ''),
  ]);
  // one string searched once per key, not each text and attribute of the page's ~2,000 elements per key (~740 keys);
  // no key holds a line break, so none is found across two words
  const all = words.join('\n');
  return keys.filter((k) => all.includes(k));
}

describe('the first view with only the first part of the messages', () => {
  // the next file starts from fresh modules too, as this one does
  afterEach(() => { vi.restoreAllMocks(); vi.resetModules(); });

  it('draws no message key; the briefing toolbar waits for the later messages, then speaks French', async () => {
    // a fresh page: no catalogue and no lazy chunk already in (the other test files share this worker's modules)
    vi.resetModules();
    const { loadCatalogue, loadFirstMessages, loaders, useCatalogues } = await import('../i18n/catalogue');
    const { render, seedView } = await import('../testing/dataset');
    const { testAtlas } = await import('../data/testAtlas');
    const { DEFAULT_VIEW } = await import('../store/appStore');
    const { Layout } = await import('./Layout');
    const { FirstFramePainted } = await import('./useAfterFirstFrame');
    await Promise.all([loadFirstMessages('fr'), loadFirstMessages('en')]);
    // the later parts are held back until the test lets them go
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => { release = r; });
    for (const lang of ['fr', 'en'] as const) {
      const real = loaders.later[lang];
      vi.spyOn(loaders.later, lang).mockImplementation(() => gate.then(real));
    }
    seedView(testAtlas(), { ...DEFAULT_VIEW, lang: 'fr', sel: 'KOR', notices: [] });

    render(<FirstFramePainted.Provider value={true}><Layout /></FirstFramePainted.Provider>);
    // the lazy chunks arrive while the later messages are held back
    await act(async () => { await Promise.all([import('../views/briefing/BriefingToolbar'), import('../views/briefing/PresentationLayer')]); });
    // the record and the toolbar found by their class, then their role and name checked (a role query walks the page's
    // ~2,000 elements, a second or more in jsdom)
    const record = document.querySelector('section.record');
    expect(record).toHaveAttribute('role', 'region');
    expect(record).toHaveAccessibleName(fr['record.region']);
    expect(keysShown()).toEqual([]);
    expect(document.querySelector('.briefing-toolbar[aria-hidden="true"]'), 'only the toolbar\'s room').not.toBeNull();
    expect(useCatalogues.getState().later.fr).toBeUndefined();

    // let them go and wait for them (the toolbar asked for them already: the same pending load), so that what is left
    // to wait for is the toolbar's own render, not the catalogues' import, slow on a loaded machine
    await act(async () => { release(); await loadCatalogue('fr'); });
    await waitFor(() => expect(document.querySelector('.briefing-toolbar[aria-hidden="true"]')).toBeNull());
    expect(useCatalogues.getState().later.fr).toBeDefined();
    const toolbar = document.querySelector('.briefing-toolbar');
    expect(toolbar).toHaveAttribute('role', 'toolbar');
    expect(toolbar).toHaveAccessibleName(fr['brief.aria']);
    expect(toolbar).toHaveTextContent(fr['brief.pptx']);
    expect(keysShown()).toEqual([]);
  });
});
