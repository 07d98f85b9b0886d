// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DECK_FORMAT, MAX_DECK_CHARS, parseDeck, serialiseDeck } from './deckSchema';
import { importDeckJson, useDeckStore } from './deckStore';
import { threeStepDeck } from './testViews';

const fileOf = (deck: unknown) => JSON.stringify(deck);
const good = () => JSON.parse(serialiseDeck(threeStepDeck()));

describe('deck file', () => {
  it('round-trips export → import to an identical deck', () => {
    const r = parseDeck(serialiseDeck(threeStepDeck()));
    expect(r).toEqual({ ok: true, deck: threeStepDeck() });
  });

  it.each([
    ['not JSON', '{ "format": ', /not JSON/],
    ['JSON that is not a deck', fileOf({ type: 'FeatureCollection', features: [] }), /not an atlas deck/],
    ['a JSON array', '[1,2,3]', /not an atlas deck/],
    ['unknown lens', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, lens: 'nato' } }] }), /steps\.0\.view\.lens: unknown lens/],
    ['missing steps', fileOf({ format: DECK_FORMAT, version: 1, title: 'x' }), /at steps/],
    ['wrong version', fileOf({ ...good(), version: 7 }), /unsupported deck version/],
    ['bad date', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, t: '31/12/2019' } }] }), /yyyy-mm-dd/],
    ['duplicate step ids', fileOf({ ...good(), steps: [good().steps[0], good().steps[0]] }), /same id/],
    ['too big', fileOf({ ...good(), title: 'x'.repeat(MAX_DECK_CHARS) }), /too big/],
  ])('refuses %s with a message', (_name, text, message) => {
    const r = parseDeck(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('keeps the current deck untouched when a file is refused', async () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    const before = useDeckStore.getState().deck;
    const r = await importDeckJson('{"format":"cybercrime-atlas-deck","version":1,"title":"x","steps":[{"id":1}]}', () => true);
    expect(r.ok).toBe(false);
    expect(useDeckStore.getState().deck).toBe(before);
  });

  it('asks before replacing a deck and keeps it when the user declines', async () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    const before = useDeckStore.getState().deck;
    const incoming = { ...threeStepDeck(), title: 'Other', steps: threeStepDeck().steps.slice(0, 1) };
    expect(await importDeckJson(serialiseDeck(incoming), () => false)).toMatchObject({ ok: true, replaced: false });
    expect(useDeckStore.getState().deck).toBe(before);
    expect(await importDeckJson(serialiseDeck(incoming), () => true)).toMatchObject({ ok: true, replaced: true });
    expect(useDeckStore.getState().deck).toEqual(incoming);
  });

  it('persists the deck in localStorage under a versioned key', () => {
    useDeckStore.getState().deckReplaced(threeStepDeck());
    const saved = JSON.parse(localStorage.getItem('atlas-deck')!);
    expect(saved.version).toBe(1);
    expect(saved.state.deck).toEqual(threeStepDeck());
  });
});
