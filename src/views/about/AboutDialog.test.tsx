import { StrictMode } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { render, seedSources, seedView } from '../../testing/dataset';
import { testAtlas, testSources } from '../../data/testAtlas';
import { useAppStore, DEFAULT_VIEW } from '../../store/appStore';
import { AboutButton } from './AboutButton';
import { AboutDialog } from './AboutDialog';
import { filterSources } from './SourceList';
import { datasetCount } from '../../data/officialTotals';
import { loadCatalogue } from '../../i18n/catalogue';

const atlas = testAtlas();
const sources = testSources();
beforeEach(() => seedView(atlas, { ...DEFAULT_VIEW, notices: [] }));

describe('About the data', () => {
  it('opens from the header button and closes with Escape (cancel) or Close', async () => {
    // the sources' texts still on their way: the 600-odd sources' list, which the tests below check, is not drawn
    seedSources(atlas, null);
    render(<AboutButton />);
    // the dialog is loaded on first opening: act waits for the lazy chunk and the render, however slow the machine
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'About the data' })); await import('./AboutDialog'); });
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent(`version ${atlas.version}`);
    fireEvent(dialog, new Event('cancel'));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Close About the data', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
  });

  it('opens under StrictMode double mounting, where showModal on an open dialog throws', () => {
    const proto = HTMLDialogElement.prototype;
    const saved = { showModal: proto.showModal, close: proto.close };
    // jsdom has no showModal: stand in for the browser, which refuses to open a dialog that is already open
    proto.showModal = function (this: HTMLDialogElement) {
      if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) { this.removeAttribute('open'); };
    seedSources(atlas, null); // as above: the opening is under test, not the sources' list
    try {
      const onClose = vi.fn();
      render(<StrictMode><AboutDialog onClose={onClose} /></StrictMode>);
      expect(screen.getByRole('dialog')).toHaveAttribute('open');
      fireEvent.click(screen.getByRole('button', { name: 'Close About the data' }));
      expect(onClose).toHaveBeenCalledOnce();
    } finally {
      Object.assign(proto, saved);
    }
  });

  // One opened dialog for what it shows (each render draws its ~590 sources: about a second in jsdom).
  it('shows the official totals, the UN convention line, each family\'s as-of date, and every source, filterable', async () => {
    const { container } = render(<AboutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('dialog', { hidden: true });

    // each official total beside the dataset count; every difference has an explanation
    const rows = container.querySelectorAll('[data-total-id]');
    expect(rows).toHaveLength(atlas.dataset.officialTotals.length);
    for (const o of atlas.dataset.officialTotals) {
      const row = container.querySelector(`[data-total-id="${o.id}"]`)!;
      expect(row.querySelector('[data-official]')).toHaveTextContent(String(o.official));
      expect(row.querySelector('[data-ours]')).toHaveTextContent(String(datasetCount(atlas, o)));
      expect(row.getAttribute('data-agrees')).toBe(String(o.agrees));
    }
    for (const r of container.querySelectorAll('[data-agrees="false"]')) expect(r.children[4].textContent!.length).toBeGreaterThan(20);

    // how far the UN convention is from entry into force, counted from the data (0 of 40 deposited)
    const line = container.querySelector('[data-un-deposits]')!;
    const deposited = atlas.dataset.unConvention.filter((f) => f.country !== 'eu' && f.ratified).length;
    expect(line.getAttribute('data-un-deposits')).toBe(String(deposited));
    expect(line).toHaveTextContent(`${deposited} of the 40 ratifications needed`);
    expect(line).toHaveTextContent('not in force');

    // each data family with its own as-of date
    for (const f of atlas.dataset.families) expect(container.querySelector('.about-table')).toHaveTextContent(f.asOf);

    // every source, filterable by family and text, links only http(s) with noopener (last: the filter changes the list)
    expect(container.querySelectorAll('[data-source-id]')).toHaveLength([...sources.byId.values()].length);
    fireEvent.change(screen.getByRole('combobox', { name: 'Family', hidden: true }), { target: { value: 'un' } });
    const shown = container.querySelectorAll('[data-source-id]');
    expect(shown.length).toBe([...sources.byId.values()].filter((s) => s.id.startsWith('un:')).length);
    for (const a of within(container.querySelector('.source-list') as HTMLElement).getAllByRole('link', { hidden: true })) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(filterSources([...sources.byId.values()], 'coe', '2022-05-12').map((s) => s.id)).toContain('coe:S108');
    expect(filterSources([...sources.byId.values()], 'un', 'Budapest T-CY page')).toEqual([]);
  });
});

describe('About the data in French', () => {
  beforeEach(async () => {
    await loadCatalogue('fr');
    useAppStore.setState({ lang: 'fr' });
  });
  afterEach(() => useAppStore.setState({ lang: 'en' }));

  it('speaks French: headings, counts with the French class words, the UN convention line, source filters', () => {
    const { container } = render(<AboutDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    // the headings found once (each role query walks the dialog's ~3,000 elements), then told apart
    const headings = within(dialog).getAllByRole('heading', { hidden: true });
    const [title, ...others] = headings.filter((h) => h.matches('h2, [aria-level="2"]'));
    expect(others).toEqual([]);
    expect(title).toHaveTextContent('À propos des données');
    for (const h of ['Jeu de données', 'Lacunes connues', 'Comment citer', 'Téléchargement', 'Mettre à jour les données']) {
      const named = headings.filter((e) => e.textContent === h);
      expect(named, h).toHaveLength(1);
      expect(named[0]).toHaveAccessibleName(h);
    }
    expect(container.querySelector('[data-lens="budapest"]')).toHaveTextContent('État partie');
    expect(container.querySelector('[data-un-deposits]')).toHaveTextContent(/sur les 40 ratifications .* pas en vigueur/);
    expect(screen.getByRole('combobox', { name: 'Famille', hidden: true })).toHaveTextContent('Toutes les familles');
    expect(screen.getByRole('button', { name: 'Fermer À propos des données', hidden: true })).toBeInTheDocument();
    // no English message of the dialog is left outside the data's own words (marked lang="en")
    const copy = dialog.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"]').forEach((e) => e.remove());
    for (const english of ['About the data', 'Known gaps', 'How to cite', 'States and territories per class', 'Beside the official totals', 'Difference explained', 'All families', 'ratifications needed'])
      expect(copy.textContent).not.toContain(english);
  });
});
