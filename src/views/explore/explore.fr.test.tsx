// The Compare and Table panels in French: headings, row and column names, statuses and counts in French, names
// as the UN writes them, bloc names as the catalogue gives them in French.
import { act, screen, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { loadCatalogue } from '../../i18n/catalogue';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { ComparePanel } from './ComparePanel';
import { CrossTabPanel } from './CrossTabPanel';
import { TablePanel } from './TablePanel';
import { SidePanel } from './SidePanel';
import fr from '../../i18n/messages/fr.json';

const atlas = testAtlas();
beforeEach(async () => {
  await loadCatalogue('fr');
  act(() => seedView(atlas, { ...DEFAULT_VIEW, notices: [], lang: 'fr' }));
});
afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));

describe('the side panel in French', () => {
  // its tablist was named in English ("Details and analysis") on every page
  it('names its tablist and its tabs in French', () => {
    render(<SidePanel />);
    expect(document.querySelector('[role="tablist"]')).toHaveAttribute('aria-label', fr['app.sideRegion']);
    expect(screen.getAllByRole('tab').map((x) => x.textContent)).toEqual([fr['tab.record'], fr['tab.compare'], fr['tab.crosstab'], fr['tab.table']]);
  });
});

describe('Compare in French', () => {
  it('names the countries as the UN does in French and says every row in French', () => {
    act(() => useAppStore.setState({ cmp: ['KOR', 'USA'] }));
    render(<ComparePanel />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('button', { name: 'République de Corée' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Retirer République de Corée de la comparaison' })).toBeInTheDocument();
    expect(table.querySelector('caption')).toHaveTextContent(/^2 pays au .*lignes sur \d+ diffèrent/);
    for (const group of ['Identité', 'Statut à la date', 'Convention de Budapest (STCE 185)', 'ONU', 'Relations (nombre)'])
      expect(within(table).getByRole('columnheader', { name: group })).toBeInTheDocument();
    const row = (label: string) => within(table).getByRole('rowheader', { name: new RegExp(label) }).closest('tr')!;
    expect(row('Convention sur la cybercriminalité')).toHaveTextContent(/Non partie.*État partie depuis/);
    expect(row('Groupe régional de l’ONU')).toHaveTextContent('Groupe des États d’Asie et du Pacifique');
    expect(row('Type')).toHaveTextContent('État Membre de l’ONU');
    // the bloc's French name; its membership status is said in French
    expect(row('OTAN')).toHaveTextContent(/membre depuis 1949/);
    for (const english of ['Identity', 'Status at the date', 'Signed', 'Sponsored', 'Relations (count)', 'countries as of', 'Party since'])
      expect(table).not.toHaveTextContent(english);
  });
});

describe('Table and Cross-tab in French', () => {
  it('the table: column names, the count, UN names, class words and UN group names in French', () => {
    // one UN group, so the test renders a few dozen rows rather than all 209
    act(() => useAppStore.setState({ filters: { region: ['un-asia-pacific'] } }));
    render(<TablePanel />);
    expect(screen.getByRole('button', { name: 'Télécharger le CSV' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^\\d+ sur ${atlas.countries.length} \\(.*Groupe des États d’Asie et du Pacifique\\)$`))).toBeInTheDocument();
    const table = screen.getByRole('table');
    for (const col of ['Nom', 'ISO3', 'Groupe régional de l’ONU', 'Budapest']) expect(within(table).getByRole('columnheader', { name: new RegExp(`^${col}`) })).toBeInTheDocument();
    const kor = within(table).getByRole('button', { name: 'République de Corée' }).closest('tr')!;
    expect(kor).toHaveTextContent('Asie-Pacifique');
    expect(kor).toHaveTextContent('Non partie');
    expect(table).not.toHaveTextContent(/Not party|Asia-Pacific|Did not vote/);
  });

  it('the cross-tab: pickers, caption and totals in French', () => {
    render(<CrossTabPanel />);
    expect(screen.getByRole('combobox', { name: 'Lignes' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Colonnes' })).toBeInTheDocument();
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('pays et territoires au');
    expect(screen.getAllByRole('rowheader', { name: 'Total' })).toHaveLength(1);
  });
});
