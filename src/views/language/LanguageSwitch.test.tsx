import { act, screen, waitFor, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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
  beforeEach(() => act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: 'KOR' })));

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
});
