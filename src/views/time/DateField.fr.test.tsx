// The date field on a French page writes and reads days as French does (27/12/2019), whatever the browser's own
// locale: an <input type="date"> showed 12/27/2019 in an en-US browser.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { TIME_START } from '../../data/timeline';
import { render, seedView } from '../../testing/dataset';
import { testAtlas } from '../../data/testAtlas';
import { loadCatalogue } from '../../i18n/catalogue';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { TimeControl } from './TimeControl';

const atlas = testAtlas();
beforeEach(async () => {
  await loadCatalogue('fr');
  act(() => seedView(atlas, { ...DEFAULT_VIEW, notices: [], lang: 'fr', t: '2019-12-27' }));
});
afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));

describe('the date field in French', () => {
  it('shows the day in French order, named with its pattern; a typed day applies on Enter, arrows move a day', () => {
    render(<TimeControl />);
    const field = screen.getByRole('textbox', { name: 'Date de référence (jj/mm/aaaa)' });
    expect(field).toHaveValue('27/12/2019');
    expect(field).toHaveAttribute('data-date', '2019-12-27');
    fireEvent.change(field, { target: { value: '1/2/2005' } });
    expect(useAppStore.getState().t).toBe('2019-12-27'); // not applied while typing
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(useAppStore.getState().t).toBe('2005-02-01');
    expect(field).toHaveValue('01/02/2005');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(useAppStore.getState().t).toBe('2005-01-31');
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(useAppStore.getState().t).toBe('2005-02-02');
  });

  it('a day the page cannot read is said in French and the atlas keeps its date', () => {
    render(<TimeControl />);
    const field = screen.getByRole('textbox', { name: /Date de référence/ });
    fireEvent.change(field, { target: { value: '12/27/2019' } });
    fireEvent.blur(field);
    expect(useAppStore.getState().t).toBe('2019-12-27');
    expect(screen.getByRole('alert')).toHaveTextContent('Cette date n’existe pas');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveValue('27/12/2019');
  });

  it('a calendar button, named in French and reached by Tab, opens the browser\'s picker between the same days; a day picked applies', async () => {
    // jsdom has no picker: the call is what the browser would answer with its calendar
    const shown: HTMLInputElement[] = [];
    const showPicker = vi.fn(function (this: HTMLInputElement) { shown.push(this); });
    Object.defineProperty(HTMLInputElement.prototype, 'showPicker', { value: showPicker, configurable: true });
    try {
      render(<TimeControl />);
      const field = screen.getByRole('textbox', { name: /Date de référence/ });
      const button = screen.getByRole('button', { name: 'Choisir la date dans un calendrier' });
      // no date input until the picker is asked for (Chromium takes ~20–35 ms to set one up)
      expect(document.querySelector('input[type="date"]')).toBeNull();
      // the next stop after the field, opened by the keyboard
      field.focus();
      await userEvent.tab();
      expect(button).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(showPicker).toHaveBeenCalledTimes(1);
      const picker = shown[0];
      expect(picker.type).toBe('date');
      expect(picker).toHaveAttribute('min', TIME_START);
      expect(picker).toHaveAttribute('max', atlas.asOf);
      expect(picker).toHaveValue('2019-12-27');
      expect(picker).toHaveAttribute('tabindex', '-1');
      // what is picked goes where a typed day goes, shown in French
      fireEvent.change(picker, { target: { value: '2010-01-10' } });
      expect(useAppStore.getState().t).toBe('2010-01-10');
      expect(field).toHaveValue('10/01/2010');
      // Alt+Arrow Down in the field opens it too, and does not move the date
      fireEvent.keyDown(field, { key: 'ArrowDown', altKey: true });
      expect(showPicker).toHaveBeenCalledTimes(2);
      expect(useAppStore.getState().t).toBe('2010-01-10');
    } finally {
      delete (HTMLInputElement.prototype as { showPicker?: unknown }).showPicker;
    }
  });
});
