import { act, screen, within } from '@testing-library/react';
import { loadCatalogue } from '../../i18n/catalogue';
import { render, seedAtlas } from '../../testing/dataset';
import { testAtlas } from '../../data/testAtlas';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { deckReady, useDeckStore } from '../../briefing/deckStore';
import { EMPTY_DECK } from '../../briefing/deck';
import { threeStepDeck, VIEW_B } from '../../briefing/testViews';
import { DeckDialog } from './DeckDialog';

// The worker's one atlas of the bundled dataset (its checks: openDataset.test, dataCheck.test): a fresh one per file
// also drew its own map geometry, for the slides, and ran the schema check again (~0.2–0.7 s of CPU a file).
const atlas = testAtlas();
const titles = () => useDeckStore.getState().deck.steps.map((s) => s.title);

describe('DeckDialog', () => {
  beforeEach(async () => {
    await deckReady;
    seedAtlas(atlas);
    useAppStore.getState().viewArrived();
    useAppStore.getState().viewRestored(VIEW_B);
    useDeckStore.getState().deckReplaced(EMPTY_DECK);
  });

  it('adds the current view as a step titled by its lens and edits its words', async () => {
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add current view as step' }));
    const step = useDeckStore.getState().deck.steps[0];
    expect(step.view).toEqual({ ...VIEW_B, step: null });
    expect(step.title).toBe('Vote on A/RES/74/247 (2019)');
    const caption = screen.getByLabelText(/Caption/);
    await userEvent.type(caption, 'Seventy-nine yes');
    expect(useDeckStore.getState().deck.steps[0].caption).toBe('Seventy-nine yes');
  });

  it('an unnamed deck\'s title field shows the page language\'s word, not the stored English default; a typed name is kept', async () => {
    await loadCatalogue('ru');
    act(() => useAppStore.setState({ lang: 'ru' }));
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    const field = screen.getByLabelText('Название презентации') as HTMLInputElement;
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('Брифинг');
    await userEvent.type(field, 'Совещание');
    expect(useDeckStore.getState().deck.title).toBe('Совещание');
    expect(field.value).toBe('Совещание');
    act(() => useAppStore.setState({ lang: 'en' }));
  });

  it('says the step was not saved when the storage is full, never "Added"', async () => {
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    await userEvent.click(screen.getByRole('button', { name: 'Add current view as step' }));
    spy.mockRestore();
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(/Not saved: the browser's storage for this page is full/);
    expect(screen.queryByText(/Added the current view/)).toBeNull();
  });

  it('reorders with the keyboard and keeps focus on the moved step', async () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    screen.getByRole('button', { name: 'Move step 3 up' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(titles()).toEqual(['Budapest today', 'The UN convention', 'Who voted for 74/247']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 2 up' }));
    await userEvent.keyboard('{Enter}');
    expect(titles()).toEqual(['The UN convention', 'Budapest today', 'Who voted for 74/247']);
    // At the top "up" is disabled, so focus falls back to another button of the same step.
    expect(document.activeElement?.closest('[data-step-id]')?.getAttribute('data-step-id')).toBe('c');
  });

  it('deletes a step after confirmation', async () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete step 2' }));
    expect(titles()).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Delete step 2' }));
    expect(titles()).toEqual(['Budapest today', 'The UN convention']);
  });

  /** The dialog over a three-step deck: the deck before any import, and the file input. */
  const openOnThreeSteps = () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    const before = useDeckStore.getState().deck;
    const { container } = render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    return { before, input: container.querySelector<HTMLInputElement>('input[type="file"]')! };
  };

  it('refuses a file that is not a deck, says why, and keeps the deck', async () => {
    const { before, input } = openOnThreeSteps();
    await userEvent.upload(input, new File(['{"type":"FeatureCollection"}'], 'map.geojson', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/map\.geojson: Refused: the file is not an atlas deck.*unchanged/);
    expect(useDeckStore.getState().deck).toBe(before);
  });

  it('asks before replacing, counting steps in words ("1 step"), and a "no" leaves no earlier refusal in sight', async () => {
    const { before, input } = openOnThreeSteps();
    await userEvent.upload(input, new File(['[]'], 'list.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/list\.json: Refused/);
    const one = { format: 'cybercrime-atlas-deck', ...threeStepDeck(), title: 'One', steps: threeStepDeck().steps.slice(0, 1) };
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    confirm.mockClear();
    await userEvent.upload(input, new File([JSON.stringify(one)], 'one.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(confirm.mock.calls[0][0]).toBe('Replace your deck of 3 steps with “\u2068One\u2069” (1 step)?');
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(useDeckStore.getState().deck).toBe(before);
    confirm.mockReturnValue(true);
    await userEvent.upload(input, new File([JSON.stringify(one)], 'one.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported “\u2068One\u2069” (1 step).');
    confirm.mockRestore();
  });

  it('goes to a step without starting a presentation', async () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    useAppStore.getState().viewRestored(DEFAULT_VIEW);
    render(<DeckDialog onClose={() => {}} onStatus={() => {}} />);
    const row = screen.getByText('2').closest('li')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Go to' }));
    const s = useAppStore.getState();
    expect([s.lens, s.sel, s.step]).toEqual([VIEW_B.lens, VIEW_B.sel, null]);
  });
});
