// @vitest-environment jsdom
// The deck saved in this browser is never lost (issue 19). Each case first reproduces what the report found: a deck
// dropped on reload, an unreadable deck overwritten by the next edit, a full storage reported as "Added", two tabs
// overwriting each other. A "reload" is a fresh copy of the module reading the same localStorage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addStep, DECK_LIMITS, editStep, EMPTY_DECK, type Deck } from './deck';
import { threeStepDeck, VIEW_A, VIEW_B } from './testViews';

const KEY = 'atlas-deck';
type Store = typeof import('./deckStore');

async function reload(): Promise<Store> {
  vi.resetModules();
  await (await import('../i18n/catalogue')).loadCatalogue('en'); // the fresh copy's messages, as on the page
  const m = await import('./deckStore');
  await m.deckReady;
  return m;
}
const saved = (deck: Deck) => JSON.stringify({ state: { deck }, version: 1 });
const savedDeck = () => JSON.parse(localStorage.getItem(KEY)!).state.deck as Deck;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('a deck built in the editor comes back after a reload', () => {
  it('at the limits: 100 steps, 10,000-character notes', async () => {
    const a = await reload();
    // 99 steps at the limits in one write (each edit writes the whole deck: 200 writes of ~2 M characters took ~5 s
    // here), then the last step added and edited in the editor
    let d = EMPTY_DECK;
    const full = (i: number) => ({ caption: 'c'.repeat(DECK_LIMITS.caption), notes: `${i}`.padEnd(DECK_LIMITS.notes, '"') });
    for (let i = 0; i < DECK_LIMITS.steps - 1; i++) {
      d = addStep(d, VIEW_B, `Step ${i}`);
      d = editStep(d, d.steps[i].id, full(i));
    }
    expect(a.useDeckStore.getState().deckReplaced(d)).toEqual({ ok: true });
    const last = DECK_LIMITS.steps - 1;
    expect(a.useDeckStore.getState().stepAdded(VIEW_B, `Step ${last}`)).toEqual({ ok: true });
    expect(a.useDeckStore.getState().stepEdited(a.useDeckStore.getState().deck.steps[last].id, full(last))).toEqual({ ok: true });
    expect(a.useDeckStore.getState().stepAdded(VIEW_A, 'one more')).toEqual({ ok: false, error: expect.stringMatching(/at most 100 steps/) });
    const built = a.useDeckStore.getState().deck;
    const b = await reload();
    expect(b.useDeckStore.getState().deck).toEqual(built);
    expect(b.useDeckStore.getState().notice).toBeNull();
  });
});

describe('a saved deck that cannot be read', () => {
  const damaged = () => {
    const d = threeStepDeck();
    return saved({ ...d, steps: [...d.steps, { ...d.steps[0], id: 'bad', view: { ...d.steps[0].view, lens: 'nato' as never } }] });
  };

  it('is kept aside untouched, its valid steps recovered, the user told; the next edit does not overwrite it', async () => {
    const raw = damaged();
    localStorage.setItem(KEY, raw);
    const m = await reload();
    const s = m.useDeckStore.getState();
    expect(s.deck.steps.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(s.notice?.kind).toBe('unreadable');
    expect(s.notice?.text).toMatch(/could not be read \(it is not a valid deck at steps\.3\.view\.lens: unknown lens\); 3 of its 4 steps were recovered\. The saved copy is kept aside unchanged/);
    expect(s.kept).toHaveLength(1);
    expect(s.kept[0].text).toBe(raw);
    expect(localStorage.getItem(s.kept[0].key!)).toBe(raw);

    expect(s.stepAdded(VIEW_B, 'after')).toEqual({ ok: true });
    expect(savedDeck().steps.map((x) => x.title)).toEqual(['Budapest today', 'Who voted for 74/247', 'The UN convention', 'after']);
    expect(localStorage.getItem(s.kept[0].key!)).toBe(raw);

    // a second reload finds a readable deck and the same kept copy, not a second one
    const again = await reload();
    expect(again.useDeckStore.getState().notice).toBeNull();
    expect(again.useDeckStore.getState().kept.map((c) => c.text)).toEqual([raw]);
  });

  it.each([
    ['bad JSON', '{"state":{"deck":', 0],
    ['an over-long caption', saved({ ...threeStepDeck(), steps: threeStepDeck().steps.map((x, i) => (i ? x : { ...x, caption: 'x'.repeat(2001) })) }), 2],
    ['no deck at all', '"hello"', 0],
  ])('%s: reported, kept, recovered', async (_name, raw, steps) => {
    localStorage.setItem(KEY, raw);
    const m = await reload();
    expect(m.useDeckStore.getState().deck.steps).toHaveLength(steps);
    expect(m.useDeckStore.getState().notice?.kind).toBe('unreadable');
    expect(m.useDeckStore.getState().kept.map((c) => c.text)).toEqual([raw]);
  });

  it('when even the copy cannot be stored, edits wait until the user has downloaded it', async () => {
    const raw = damaged();
    localStorage.setItem(KEY, raw);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw quotaError(); });
    const m = await reload();
    const s = m.useDeckStore.getState();
    expect(s.notice?.text).toMatch(/could not be kept aside/);
    expect(s.kept[0].key).toBeNull();
    vi.restoreAllMocks();
    expect(s.stepAdded(VIEW_B, 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/download it from the deck first/) });
    expect(localStorage.getItem(KEY)).toBe(raw);
    m.useDeckStore.getState().keptDownloaded(m.useDeckStore.getState().kept[0]);
    expect(savedDeck().steps).toHaveLength(4);
  });
});

describe('storage failures are reported at the edit', () => {
  it('a full storage: the edit says so, the step stays in this tab, and the next good save clears the notice', async () => {
    const m = await reload();
    m.useDeckStore.getState().deckReplaced(threeStepDeck());
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw quotaError(); });
    const r = m.useDeckStore.getState().stepAdded(VIEW_B, 'Four');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not saved: the browser's storage for this page is full\. .*Export JSON/) });
    expect(m.useDeckStore.getState().deck.steps).toHaveLength(4);
    expect(m.useDeckStore.getState().notice).toEqual({ kind: 'unsaved', text: r.ok ? '' : r.error });
    expect(savedDeck().steps).toHaveLength(3);
    spy.mockRestore();
    expect(m.useDeckStore.getState().deckRenamed('Renamed')).toEqual({ ok: true });
    expect(savedDeck().steps).toHaveLength(4);
    expect(m.useDeckStore.getState().notice).toBeNull();
  });

  it('blocked storage is said in words', async () => {
    const m = await reload();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); });
    expect(m.useDeckStore.getState().stepAdded(VIEW_A, 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/does not let this page store anything/) });
  });
});

describe('two tabs', () => {
  it('a change made in another tab arrives through the storage event', async () => {
    const m = await reload();
    m.useDeckStore.getState().deckReplaced(threeStepDeck());
    const other = { ...threeStepDeck(), title: 'From the other tab' };
    localStorage.setItem(KEY, saved(other));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: saved(other), storageArea: localStorage }));
    expect(m.useDeckStore.getState().deck.title).toBe('From the other tab');
  });

  it('an edit starts from what the other tab saved, even before its event arrives', async () => {
    const m = await reload();
    m.useDeckStore.getState().deckReplaced(threeStepDeck());
    const d = threeStepDeck();
    localStorage.setItem(KEY, saved({ ...d, steps: [...d.steps, { ...d.steps[0], id: 'other', title: 'Added in the other tab' }] }));
    m.useDeckStore.getState().stepAdded(VIEW_B, 'Added here');
    expect(savedDeck().steps.map((s) => s.title).slice(-2)).toEqual(['Added in the other tab', 'Added here']);
  });
});
