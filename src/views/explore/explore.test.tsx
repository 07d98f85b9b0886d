import { act, fireEvent, screen, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { entityName } from '../../data/atlas';
import { matchingIds } from '../../data/filters';
import { statusAt } from '../../data/lenses';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { SearchBox } from './SearchBox';
import { useCatalogues } from '../../i18n/catalogue';
import { ComparePanel } from './ComparePanel';
import { CrossTabPanel } from './CrossTabPanel';
import { FilterBar } from './FilterBar';
import { SidePanel } from './SidePanel';
import { TablePanel } from './TablePanel';

const atlas = testAtlas();
const t = atlas.asOf;
beforeEach(() => act(() => seedView(atlas, { ...DEFAULT_VIEW, notices: [] })));

describe('SearchBox', () => {
  it('"/" focuses it; arrows and Enter select; Escape closes', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    await userEvent.type(box, 'South Korea');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Republic of Korea');
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().sel).toBe('KOR');
    await userEvent.clear(box);
    await userEvent.type(box, 'cote d');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await userEvent.clear(box);
    await userEvent.type(box, 'europ');
    await userEvent.keyboard('{ArrowDown}');
    const options = screen.getAllByRole('option');
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(active).toBe(options[1]);
    expect(active).toHaveAttribute('aria-selected', 'true');
    const label = active.querySelector('.hit-label')!.textContent;
    await userEvent.keyboard('{Enter}');
    expect(entityName(atlas, useAppStore.getState().sel!)).toBe(label);
    expect(useAppStore.getState().sel).not.toBe('KOR');
  });

  it('finds INTERPOL by its Russian name on an English page, without the Russian catalogue', async () => {
    // only English loaded, whatever other files in this worker have loaded
    const loaded = useCatalogues.getState().loaded;
    act(() => useCatalogues.setState({ loaded: { en: loaded.en } }));
    try {
      render(<SearchBox />);
      const box = screen.getByRole('combobox');
      await userEvent.type(box, 'Интерпол');
      const hit = await screen.findByRole('option', { name: /^INTERPOL/ });
      expect(hit).toHaveTextContent('“Интерпол”');
      await userEvent.keyboard('{Enter}');
      expect(useAppStore.getState().sel).toBe('interpol');
      expect(useCatalogues.getState().loaded.ru).toBeUndefined();
    } finally {
      act(() => useCatalogues.setState({ loaded }));
    }
  });

  it('finds Türkiye typed without diacritics and by ISO3', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'Turkiye{Enter}');
    expect(useAppStore.getState().sel).toBe('TUR');
    await userEvent.clear(box);
    await userEvent.type(box, 'BIH{Enter}');
    expect(useAppStore.getState().sel).toBe('BIH');
  });
});

describe('ComparePanel', () => {
  it('shows countries side by side, marks differing rows, removes', async () => {
    act(() => useAppStore.setState({ cmp: ['KOR', 'USA', 'BIH'] }));
    render(<ComparePanel />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Republic of Korea'), expect.stringContaining('Bosnia')]));
    const budapestRow = screen.getByRole('rowheader', { name: /Budapest Convention \(CETS 185\)/ }).closest('tr')!;
    expect(budapestRow).toHaveClass('differs');
    expect(budapestRow).toHaveTextContent('(differs)');
    const kindRow = screen.getByRole('rowheader', { name: /^Kind$/ }).closest('tr')!;
    expect(kindRow).not.toHaveClass('differs');
    await userEvent.click(screen.getByRole('button', { name: /Remove United States/ }));
    expect(useAppStore.getState().cmp).toEqual(['KOR', 'BIH']);
  });
});

describe('CrossTabPanel', () => {
  it('counts sum to the entities and a cell click sets that pair as the filter', async () => {
    render(<CrossTabPanel />);
    const table = screen.getByRole('table');
    const buttons = within(table).getAllByRole('button');
    const sum = buttons.reduce((n, b) => n + Number(b.textContent), 0);
    expect(sum).toBe(atlas.countries.length);
    const direct = atlas.countries.filter((c) =>
      statusAt(atlas, 'budapest', c.id, t).cls === 'party' && statusAt(atlas, 'unga-74-247', c.id, t).cls === 'no').length;
    const cell = within(table).getByRole('button', { name: /Budapest Party and 74\/247 No$/ });
    expect(Number(cell.textContent)).toBe(direct);
    await userEvent.click(cell);
    expect(useAppStore.getState().filters).toEqual({ budapest: ['party'], 'unga-74-247': ['no'] });
    expect(matchingIds(atlas, useAppStore.getState().filters, t).size).toBe(direct);
  });

  it('shows each picker\'s chosen dimension whole in a face that wraps (a native select cut a long Russian lens name); the select stays the control', () => {
    const { container } = render(<CrossTabPanel />);
    const faces = [...container.querySelectorAll('.crosstab-pickers .wrap-select-face')].map((f) => f.textContent);
    expect(faces).toEqual(['Budapest Convention (CETS 185)', 'Vote on A/RES/74/247 (2019)']);
    const rows = screen.getByRole('combobox', { name: /Rows/ });
    fireEvent.change(rows, { target: { value: 'budapest-p2' } });
    expect(container.querySelector('.crosstab-pickers .wrap-select-face')!.textContent).toBe('Second Protocol, e-evidence (CETS 224)');
  });
});

describe('TablePanel', () => {
  it('lists exactly the filtered entities and sorts with aria-sort', async () => {
    act(() => useAppStore.setState({ filters: { 'unga-74-247': ['no'] } }));
    render(<TablePanel />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBe(60);
    const nameHead = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHead).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(nameHead).getByRole('button'));
    expect(nameHead).toHaveAttribute('aria-sort', 'descending');
    const first = screen.getAllByRole('row')[1];
    const names = [...matchingIds(atlas, { 'unga-74-247': ['no'] }, t)].map((id) => atlas.countryById.get(id)!.name).sort((a, b) => b.localeCompare(a));
    expect(first).toHaveTextContent(names[0]);
  });
});

describe('FilterBar and SidePanel', () => {
  it('chips toggle classes; the sentence gives the live count; Clear empties', async () => {
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: /^Budapest/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Party/ }));
    await userEvent.click(screen.getByRole('button', { name: /^74\/247/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Yes/ }));
    const f = { budapest: ['party'], 'unga-74-247': ['yes'] };
    expect(useAppStore.getState().filters).toEqual(f);
    const n = matchingIds(atlas, f, t).size;
    expect(screen.getByText(new RegExp(`Budapest: Party AND 74/247: Yes — ${n} of`))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(useAppStore.getState().filters).toEqual({});
  });

  it('tabs follow the tablist pattern and a selection brings the record back', async () => {
    render(<SidePanel />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((x) => x.textContent)).toEqual(['Record', 'Compare', 'Cross-tab', 'Table']);
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
    act(() => useAppStore.getState().entitySelected('USA'));
    expect(screen.getByRole('tab', { name: 'Record' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: 'Country details' })).toHaveTextContent('United States');
  });
});
