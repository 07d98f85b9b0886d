// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, loadFirstMessages, loaders, useCatalogues } from './catalogue';
import { withLaterMessages } from './laterMessages';
import { useAppStore } from '../store/appStore';

describe("a catalogue's later part that cannot load", () => {
  const saved = useCatalogues.getState();
  const frenchPage = async () => {
    await loadFirstMessages('fr');
    // a French page after its first paint: English's first part only, nothing of either later part
    useCatalogues.setState({ loaded: { en: saved.loaded.en, fr: useCatalogues.getState().loaded.fr }, later: {}, failed: {} }, true);
    useAppStore.getState().langChosen('fr');
  };
  afterEach(() => {
    vi.restoreAllMocks();
    useCatalogues.setState(saved, true);
    useAppStore.getState().langChosen('en');
  });

  it("French's: English's whole catalogue stands in before the feature is drawn, so no message key shows", async () => {
    await frenchPage();
    vi.spyOn(loaders.later, 'fr').mockRejectedValue(new Error('404'));
    await expect(withLaterMessages(Promise.resolve('the feature'))).resolves.toBe('the feature');
    expect(useCatalogues.getState().later.en).toBeDefined();
    expect(formatMessage('fr', 'about.title')).toBe(formatMessage('en', 'about.title'));
    expect(formatMessage('fr', 'about.title')).not.toBe('about.title');
  });

  it("French's and English's: the feature fails (its error), rather than being drawn with message keys", async () => {
    await frenchPage();
    vi.spyOn(loaders.later, 'fr').mockRejectedValue(new Error('404 fr'));
    vi.spyOn(loaders.later, 'en').mockRejectedValue(new Error('404 en'));
    await expect(withLaterMessages(Promise.resolve('the feature'))).rejects.toThrow(/404 en/);
  });
});
