// The date field on a French page writes and reads days as French does (27/12/2019), whatever the browser's own
// locale: an <input type="date"> showed 12/27/2019 in an en-US browser.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
