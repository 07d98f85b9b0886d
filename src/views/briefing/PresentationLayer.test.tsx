import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { render, seedAtlas } from '../../testing/dataset';
import { testAtlas } from '../../data/testAtlas';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { useDeckStore } from '../../briefing/deckStore';
import { threeStepDeck, VIEW_B } from '../../briefing/testViews';
import { PresentationLayer } from './PresentationLayer';
import { startPresentation } from './presenting';
import { loadCatalogue, useCatalogues } from '../../i18n/catalogue';

// The worker's one atlas of the bundled dataset (its checks: openDataset.test, dataCheck.test): a fresh one per file
// also drew its own map geometry, for the slides, and ran the schema check again (~0.2–0.7 s of CPU a file).
const atlas = testAtlas();
const press = (key: string, target: Element | Window = window) => act(() => { fireEvent.keyDown(target, { key }); });
const step = () => useAppStore.getState().step;

describe('PresentationLayer', () => {
  // the stage is its own chunk: load it once, so the tests wait for a render, not for a module to compile
  beforeAll(async () => { await import('./SlideStage'); });

  beforeEach(() => {
    seedAtlas(atlas);
    useAppStore.getState().viewArrived();
    useAppStore.getState().viewRestored(DEFAULT_VIEW);
    useDeckStore.getState().deckReplaced(threeStepDeck());
  });

  it('a link opened at ?step=N shows that step\'s own view, not only its caption (issue #13)', () => {
    // what the URL restores: the default view with only the step set
    useAppStore.getState().viewRestored({ ...DEFAULT_VIEW, step: 2 });
    render(<PresentationLayer />);
    expect(step()).toBe(2);
    const view = useDeckStore.getState().deck.steps[1].view;
    expect(useAppStore.getState().lens).toBe(view.lens);
    expect(useAppStore.getState().sel).toBe(view.sel);
  });

  it('a link with ?step=N opened where there is no deck says so in sight, with the controls shown', async () => {
    useDeckStore.getState().deckReplaced({ ...threeStepDeck(), steps: [] });
    useAppStore.getState().viewRestored({ ...DEFAULT_VIEW, step: 3 });
    render(<PresentationLayer />);
    expect(step()).toBe(3);
    expect(screen.getByText('No deck in this browser', { selector: 'p' })).toBeVisible();
    expect(document.querySelector('.presentation-nav')).toHaveClass('presentation-nav-shown');
    // the link's view is still drawn, titled by its lens
    expect(await screen.findByText('Budapest Convention (CETS 185)', { selector: 'text[data-role="title"]' })).toBeInTheDocument();
  });

  it('shows nothing and sets no theme while not presenting', () => {
    const { container } = render(<PresentationLayer />);
    expect(container.querySelector('.presentation-layer')).toBeNull();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('presents step 1 on the slide stage, titled, with the projector theme', async () => {
    render(<PresentationLayer />);
    act(() => startPresentation(atlas, 1));
    expect(step()).toBe(1);
    expect(screen.getByRole('heading', { name: '\u2068Budapest today\u2069 (1 / 3)' })).toBeInTheDocument();
    // the stage draws the step from the store's view: its title and step number are slide text
    expect(await screen.findByText('Budapest today', { selector: 'text' })).toBeInTheDocument();
    expect(screen.getByText('1 / 3', { selector: 'text' })).toBeInTheDocument();
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
  });

  it('moves with clicker keys, stays inside the deck, and applies each step\'s view', async () => {
    render(<PresentationLayer />);
    act(() => startPresentation(atlas, 1));
    press('ArrowRight');
    expect(step()).toBe(2);
    const s = useAppStore.getState();
    expect([s.lens, s.sel, s.t, s.filters]).toEqual([VIEW_B.lens, VIEW_B.sel, VIEW_B.t, VIEW_B.filters]);
    expect(await screen.findByText(/Yes votes on A\/RES\/74\/247 & what followed/, { selector: 'text' })).toBeInTheDocument();
    press('PageDown');
    expect(step()).toBe(3);
    press(' ');
    expect(step()).toBe(3);
    press('Home');
    expect(step()).toBe(1);
    press('End');
    expect(step()).toBe(3);
    press('PageUp');
    press('ArrowLeft');
    expect(step()).toBe(1);
    press('ArrowLeft');
    expect(step()).toBe(1);
  });

  it('loads the languages of the deck\'s steps as the presentation starts, before a step in another language', async () => {
    const deck = threeStepDeck();
    deck.steps[2] = { ...deck.steps[2], view: { ...deck.steps[2].view, lang: 'es' } };
    useDeckStore.getState().deckReplaced(deck);
    // its chunks built once first (a cold build of a catalogue can outlast waitFor on a busy machine); then the store
    // forgets them, as a page that never loaded Spanish
    await loadCatalogue('es');
    const saved = useCatalogues.getState();
    useCatalogues.setState((s) => ({ loaded: { ...s.loaded, es: undefined }, later: { ...s.later, es: undefined } }));
    try {
      render(<PresentationLayer />);
      expect(useCatalogues.getState().later.es).toBeUndefined();
      act(() => startPresentation(atlas, 1));
      await waitFor(() => expect(useCatalogues.getState().later.es).toBeDefined());
      expect(useCatalogues.getState().loaded.es).toBeDefined();
      expect(step()).toBe(1);
    } finally { useCatalogues.setState(saved); }
  });

  it('ignores keys typed into a field and leaves on Escape', () => {
    render(<><input aria-label="field" /><PresentationLayer /></>);
    act(() => startPresentation(atlas, 2));
    press('ArrowRight', screen.getByLabelText('field'));
    expect(step()).toBe(2);
    press('Escape');
    expect(step()).toBeNull();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });
});
