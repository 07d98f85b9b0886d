import { act, screen, waitFor, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loaders, useCatalogues } from '../../i18n/catalogue';
import { testAtlas } from '../../data/testAtlas';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { useDocumentLang } from '../../app/useDocumentLang';
import { EntityRecord } from '../record/EntityRecord';
import { LanguageSwitch } from './LanguageSwitch';

const atlas = testAtlas();

function Page() {
  useDocumentLang(useAppStore((s) => s.lang));
  return <><LanguageSwitch /><EntityRecord /></>;
}

describe('language switch', () => {
  beforeEach(() => act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: 'KOR', notices: [] })));

  it('switches messages, the UN name, <html lang> and, for Arabic, the direction', async () => {
    render(<Page />);
    expect(screen.getByRole('region', { name: 'Country details' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    const fr = await screen.findByRole('region', { name: 'Détails du pays' });
    expect(within(fr).getByRole('heading', { level: 2 })).toHaveTextContent('République de Corée');
    expect(useAppStore.getState().lang).toBe('fr');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(document.documentElement.dir).toBe('ltr');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'ar');
    const ar = await screen.findByRole('region', { name: 'تفاصيل البلد' });
    expect(within(ar).getByRole('heading', { level: 2 })).toHaveTextContent('جمهورية كوريا');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
  });

  it('names each language in itself', () => {
    render(<Page />);
    const options = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
  });

  describe('offline, a language whose messages cannot load', () => {
    const saved = useCatalogues.getState();
    afterEach(() => {
      vi.restoreAllMocks();
      act(() => useCatalogues.setState(saved, true));
    });

    it('keeps the page in its language and says to choose it again once online, not to reload', async () => {
      // French not loaded yet, and the connection gone
      useCatalogues.setState({ loaded: { en: saved.loaded.en }, later: { en: saved.later.en }, failed: {} }, true);
      vi.spyOn(loaders.first, 'fr').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
      vi.spyOn(loaders.later, 'fr').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      render(<Page />);
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
      await waitFor(() => expect(useAppStore.getState().notices).toHaveLength(1));
      const [notice] = useAppStore.getState().notices;
      expect(notice).toBe('Français could not be loaded: this device is offline. The page stays in English; choose Français again once you are back online.');
      expect(notice).not.toMatch(/reload/i);
      expect(useAppStore.getState().lang).toBe('en');
      expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
      expect(within(screen.getByRole('region', { name: 'Country details' })).getByRole('heading', { level: 2 })).toHaveTextContent('Republic of Korea');

      // back online, choosing it again switches
      vi.mocked(loaders.first.fr).mockRestore();
      vi.mocked(loaders.later.fr).mockRestore();
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
      await screen.findByRole('region', { name: 'Détails du pays' });
    });

    it('a language the page already shows (a link, a deck step): English for now, loaded once back online', () => {
      useAppStore.getState().languageFailed('Français', true);
      expect(useAppStore.getState().notices).toEqual(['Some messages in Français could not be loaded: this device is offline. They are shown in English for now and will load by themselves once you are back online.']);
    });
  });
});
