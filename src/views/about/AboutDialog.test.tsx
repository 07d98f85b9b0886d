import { StrictMode } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { testAtlas } from '../../data/testAtlas';
import { useAppStore, DEFAULT_VIEW } from '../../store/appStore';
import { AboutButton } from './AboutButton';
import { AboutDialog } from './AboutDialog';
import { filterSources } from './SourceList';
import { datasetCount } from '../../data/officialTotals';
import { loadCatalogue } from '../../i18n/catalogue';

const atlas = testAtlas();
beforeEach(() => seedView(atlas, { ...DEFAULT_VIEW, notices: [] }));

describe('About the data', () => {
  it('opens from the header button and closes with Escape (cancel) or Close', async () => {
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
  }, 30_000);

  it('opens under StrictMode double mounting, where showModal on an open dialog throws', () => {
    const proto = HTMLDialogElement.prototype;
    const saved = { showModal: proto.showModal, close: proto.close };
    // jsdom has no showModal: stand in for the browser, which refuses to open a dialog that is already open
    proto.showModal = function (this: HTMLDialogElement) {
      if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) { this.removeAttribute('open'); };
    try {
      const onClose = vi.fn();
      render(<StrictMode><AboutDialog onClose={onClose} /></StrictMode>);
      expect(screen.getByRole('dialog')).toHaveAttribute('open');
      fireEvent.click(screen.getByRole('button', { name: 'Close About the data' }));
      expect(onClose).toHaveBeenCalledOnce();
    } finally {
      Object.assign(proto, saved);
    }
  }, 30_000);

  it('shows each official total beside the dataset count; every difference has an explanation', async () => {
    const { container } = render(<AboutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('dialog', { hidden: true });
    const rows = container.querySelectorAll('[data-total-id]');
    expect(rows).toHaveLength(atlas.dataset.officialTotals.length);
    for (const o of atlas.dataset.officialTotals) {
      const row = container.querySelector(`[data-total-id="${o.id}"]`)!;
      expect(row.querySelector('[data-official]')).toHaveTextContent(String(o.official));
      expect(row.querySelector('[data-ours]')).toHaveTextContent(String(datasetCount(atlas, o)));
      expect(row.getAttribute('data-agrees')).toBe(String(o.agrees));
    }
    for (const r of container.querySelectorAll('[data-agrees="false"]')) expect(r.children[4].textContent!.length).toBeGreaterThan(20);
  });

  it('lists every source, filterable by family and text, links only http(s) with noopener', async () => {
    const { container } = render(<AboutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('dialog', { hidden: true });
    expect(container.querySelectorAll('[data-source-id]')).toHaveLength([...atlas.sourceById.values()].length);
    fireEvent.change(screen.getByRole('combobox', { name: 'Family', hidden: true }), { target: { value: 'un' } });
    const shown = container.querySelectorAll('[data-source-id]');
    expect(shown.length).toBe([...atlas.sourceById.values()].filter((s) => s.id.startsWith('un:')).length);
    for (const a of within(container.querySelector('.source-list') as HTMLElement).getAllByRole('link', { hidden: true })) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(filterSources([...atlas.sourceById.values()], 'coe', '2022-05-12').map((s) => s.id)).toContain('coe:S108');
    expect(filterSources([...atlas.sourceById.values()], 'un', 'Budapest T-CY page')).toEqual([]);
  });

  it('says how far the UN convention is from entry into force, counted from the data (0 of 40 deposited)', async () => {
    const { container } = render(<AboutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('dialog', { hidden: true });
    const line = container.querySelector('[data-un-deposits]')!;
    const deposited = atlas.dataset.unConvention.filter((f) => f.country !== 'eu' && f.ratified).length;
    expect(line.getAttribute('data-un-deposits')).toBe(String(deposited));
    expect(line).toHaveTextContent(`${deposited} of the 40 ratifications needed`);
    expect(line).toHaveTextContent('not in force');
  });

  it('lists each data family with its own as-of date', async () => {
    const { container } = render(<AboutButton />);
    fireEvent.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('dialog', { hidden: true });
    for (const f of atlas.dataset.families) expect(container.querySelector('.about-table')).toHaveTextContent(f.asOf);
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
    expect(within(dialog).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent('À propos des données');
    for (const h of ['Jeu de données', 'Lacunes connues', 'Comment citer', 'Téléchargement', 'Mettre à jour les données'])
      expect(within(dialog).getByRole('heading', { name: h, hidden: true })).toBeInTheDocument();
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
