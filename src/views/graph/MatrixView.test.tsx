import { act, fireEvent, screen } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../i18n/catalogue';
import ru from '../../i18n/messages/ru.json';
import { testAtlas } from '../../data/testAtlas';
import { parseFilters } from '../../data/filters';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { DEFAULT_VIEW, pickView, useAppStore } from '../../store/appStore';
import { searchFromView } from '../../store/url';
import { MatrixView } from './MatrixView';

const atlas = testAtlas();
beforeEach(() => {
  // the Council of Europe's members: rows in several UN groups, few enough for jsdom
  seedView(atlas, { ...DEFAULT_VIEW, graphView: 'matrix', filters: parseFilters(atlas, 'bloc:coe').filters, hover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, notices: [] });
});

describe('the matrix\'s row order is part of the view', () => {
  it('choosing "UN regional group" groups the rows by UN group and puts rows=region in the link', () => {
    render(<MatrixView />);
    const select = screen.getByRole('combobox', { name: /Rows by/ });
    expect(select).toHaveProperty('value', 'lens');
    fireEvent.change(select, { target: { value: 'region' } });
    expect(useAppStore.getState().rowsBy).toBe('region');
    expect(searchFromView(pickView(useAppStore.getState()), 'en')).toBe('?f=bloc:coe&graph=matrix&rows=region');
    // each group's rows share one UN regional group
    const groups = [...screen.getByRole('table').querySelectorAll('tbody[data-group]')];
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      const regions = new Set([...g.querySelectorAll('tr[data-row]')].map((r) => atlas.countryById.get(r.getAttribute('data-row')!)!.regions[0]));
      expect(regions.size).toBe(1);
    }
  });

  it('opens with the order the link names', () => {
    useAppStore.setState({ rowsBy: 'bloc' });
    render(<MatrixView />);
    expect(screen.getByRole('combobox', { name: /Rows by/ })).toHaveProperty('value', 'bloc');
  });
});

describe('a group row says its size as the record\'s relation groups do', () => {
  it('a count mark after the name, never "(n)" (many names end in their own parentheses)', () => {
    useAppStore.setState({ rowsBy: 'region' });
    render(<MatrixView />);
    const groups = [...screen.getByRole('table').querySelectorAll('tbody[data-group]')];
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      const head = g.querySelector('tr.matrix-group th')!;
      const mark = head.querySelector('.count')!;
      const rows = g.querySelectorAll('tr[data-row]').length;
      expect(mark.getAttribute('data-count')).toBe(String(rows));
      expect(mark.textContent).toBe(String(rows));
      expect(head.textContent).not.toMatch(/[(（]/);
    }
  });
});

describe('"Rows by" reads as one phrase in each language', () => {
  afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));
  it('Russian: "Строки по" takes its three choices in the dative ("региональной группе ООН", not the title "Региональная группа ООН")', async () => {
    await loadCatalogue('ru');
    act(() => useAppStore.setState({ lang: 'ru' }));
    render(<MatrixView />);
    const select = screen.getByRole('combobox', { name: new RegExp(ru['matrix.rowsBy']) });
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([ru['matrix.byLens'], 'региональной группе ООН', ru['matrix.byBloc']]);
    // each continues the label's sentence: it starts with a small letter, as "статусу…" and "объединению" do
    for (const o of options) expect(o![0]).toBe(o![0].toLowerCase());
  });
});
