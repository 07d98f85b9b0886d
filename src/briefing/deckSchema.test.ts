// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DECK_FORMAT, MAX_DECK_CHARS, parseDeck, recoverDeck, serialiseDeck } from './deckSchema';
import { deckReady, importDeckJson, useDeckStore } from './deckStore';
import { addStep, DECK_LIMITS, editStep, EMPTY_DECK, type Deck } from './deck';
import { DEFAULT_VIEW, type View } from '../store/appStore';
import { classesOf, DIMENSIONS } from '../data/filters';
import { testAtlas } from '../data/testAtlas';
import { threeStepDeck, VIEW_B } from './testViews';
import { searchFromView, viewFromSearch } from '../store/url';
import { loadCatalogues } from '../i18n/catalogue';
import { LANGS } from '../i18n/langs';

const fileOf = (deck: unknown) => JSON.stringify(deck);
const good = () => JSON.parse(serialiseDeck(threeStepDeck()));

describe('deck file', () => {
  it('round-trips export → import to an identical deck', () => {
    const r = parseDeck(serialiseDeck(threeStepDeck()));
    expect(r).toEqual({ ok: true, deck: threeStepDeck() });
  });

  it.each([
    ['not JSON', '{ "format": ', /the file is not JSON/],
    ['JSON that is not a deck', fileOf({ type: 'FeatureCollection', features: [] }), /not an atlas deck/],
    ['a JSON array', '[1,2,3]', /not an atlas deck/],
    ['unknown lens', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, lens: 'nato' } }] }), /steps\.0\.view\.lens: unknown lens/],
    ['missing steps', fileOf({ format: DECK_FORMAT, version: 1, title: 'x' }), /at steps/],
    ['a version that never was', fileOf({ ...good(), version: 0 }), /at version: unsupported deck version/],
    ['bad date', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, t: '31/12/2019' } }] }), /yyyy-mm-dd/],
    ['no such day', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, t: '2019-02-30' } }] }), /steps\.0\.view\.t: no such day in the calendar/],
    ['no such month', fileOf({ ...good(), steps: [{ ...good().steps[0], view: { ...good().steps[0].view, t: '9999-99-99' } }] }), /no such day in the calendar/],
    ['duplicate step ids', fileOf({ ...good(), steps: [good().steps[0], good().steps[0]] }), /same id/],
    ['too big', fileOf({ ...good(), title: 'x'.repeat(MAX_DECK_CHARS) }), /too big/],
  ])('refuses %s with a message', (_name, text, message) => {
    const r = parseDeck(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a deck from a newer atlas saying what it is and what this atlas reads, in each language', async () => {
    await loadCatalogues(LANGS);
    const newer = fileOf({ ...good(), version: 2 });
    const en = parseDeck(newer, 'file', 'en');
    expect(en).toMatchObject({ ok: false, error: 'Refused: the file is a version 2 deck, made by a newer version of the atlas; this atlas reads only version 1 decks.' });
    expect(parseDeck(newer, 'link', 'en')).toMatchObject({ reason: expect.stringMatching(/^the link is a version 2 deck/) });
    for (const lang of LANGS) {
      const r = parseDeck(newer, 'file', lang);
      if (r.ok) throw new Error(`${lang}: accepted`);
      // its own words (no schema detail, no English), both versions said
      expect(r.error, lang).not.toMatch(/unsupported|version:|\{/);
      if (lang !== 'en') expect(r.error, lang).not.toMatch(/newer|deck/);
      expect(r.reason.match(/[12١٢]/g), lang).toHaveLength(2);
    }
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

  it('persists the deck in localStorage under a versioned key', async () => {
    await deckReady;
    useDeckStore.getState().deckReplaced(threeStepDeck());
    const saved = JSON.parse(localStorage.getItem('atlas-deck')!);
    expect(saved.version).toBe(1);
    expect(saved.state.deck).toEqual(threeStepDeck());
  });
});

/** Text that JSON writes at twice its length: quotes, backslashes and line breaks (deck text holds nothing worse). */
const worstText = (n: number) => '"\\\n'.repeat(Math.ceil(n / 3)).slice(0, n);
/** The widest view the atlas lets a user make: every class of every filter, three compared, a focus, a zoom. */
const widestView = (): View => {
  const atlas = testAtlas();
  return {
    ...DEFAULT_VIEW, lens: 'unga-73-187', sel: 'KOR', t: '2019-12-27', cmp: ['KOR', 'USA', 'BIH'], focus: { id: 'europol', depth: 2 },
    zoom: '39.999,-12345.6,-6789.1', filters: Object.fromEntries(DIMENSIONS.map((d) => [d, classesOf(atlas, d)])),
  };
};
function deckAtLimits(steps: number, notes: number, text = worstText): Deck {
  let d: Deck = { ...EMPTY_DECK, title: text(DECK_LIMITS.title) };
  for (let i = 0; i < steps; i++) {
    d = addStep(d, widestView(), text(DECK_LIMITS.title), `step-${i}`);
    d = editStep(d, `step-${i}`, { caption: text(DECK_LIMITS.caption), notes: text(notes) });
  }
  return d;
}

describe('one set of limits for the editor, the file, the link and the stored deck', () => {
  it('the deck of the report (55 steps, 9,830-character notes, 551 K characters) exports and imports again', () => {
    const d = deckAtLimits(55, 9830, (n) => 'x'.repeat(n));
    const file = serialiseDeck(d);
    expect(file.length).toBeGreaterThan(512 * 1024); // over the old cap that refused it
    expect(parseDeck(file)).toEqual({ ok: true, deck: d });
  });

  it('a deck with every limit reached and the costliest characters round-trips', () => {
    const d = deckAtLimits(DECK_LIMITS.steps, DECK_LIMITS.notes);
    expect(d.steps).toHaveLength(DECK_LIMITS.steps);
    expect(d.steps[0].notes).toHaveLength(DECK_LIMITS.notes);
    const file = serialiseDeck(d);
    expect(file.length).toBeLessThanOrEqual(MAX_DECK_CHARS);
    expect(parseDeck(file)).toEqual({ ok: true, deck: d });
  });

  it('the size cap holds every deck the schema accepts (every list full, every id at its length)', () => {
    const id = (i: number) => `${i}`.padStart(40, '"');
    const step = (i: number) => ({
      id: id(i), title: worstText(DECK_LIMITS.title), caption: worstText(DECK_LIMITS.caption), notes: worstText(DECK_LIMITS.notes),
      view: { ...VIEW_B, sel: id(1), cmp: [id(1), id(2), id(3)], focus: { id: id(4), depth: 2 }, zoom: worstText(60), step: null,
        graphView: id(5), grouping: id(6), outline: id(7), rowsBy: id(8),
        filters: Object.fromEntries(DIMENSIONS.map((d) => [d, Array.from({ length: 40 }, (_, k) => id(k))])) },
    });
    const file = JSON.stringify({ format: DECK_FORMAT, version: 1, title: worstText(DECK_LIMITS.title), steps: Array.from({ length: DECK_LIMITS.steps }, (_, i) => step(i)) }, null, 2);
    expect(file.length).toBeLessThanOrEqual(MAX_DECK_CHARS);
    expect(parseDeck(file).ok).toBe(true);
  });
});

describe('recovering an unreadable saved deck', () => {
  const steps = () => good().steps as { view: { lens: string } }[];
  it.each([
    ['bad JSON', '{"format":', 0, 0],
    ['one over-long caption', fileOf({ ...good(), steps: [{ ...steps()[0], caption: 'c'.repeat(2001) }, steps()[1], steps()[2]] }), 2, 3],
    ['one unknown lens among four valid steps', fileOf({ ...good(), steps: [...steps(), { ...steps()[1], id: 'z', view: { ...steps()[1].view, lens: 'nato' } }, { ...steps()[0], id: 'y' }] }), 4, 5],
    ['a wrong version', fileOf({ ...good(), version: 9 }), 3, 3],
    ['steps that are not a list', fileOf({ ...good(), steps: 'three' }), 0, 0],
    ['a duplicated step', fileOf({ ...good(), steps: [...steps(), steps()[0]] }), 3, 4],
  ])('%s: keeps the steps that pass on their own', (_name, text, kept, total) => {
    expect(parseDeck(text).ok).toBe(false);
    const r = recoverDeck(text);
    expect([r.kept, r.total]).toEqual([kept, total]);
    expect(r.deck.steps).toHaveLength(kept);
  });
});

describe('graph view, grouping, outline and matrix rows in a step', () => {
  const atlas = testAtlas();
  const withView = (extra: Record<string, unknown>, drop: string[] = []) => {
    const file = good();
    const view = { ...file.steps[0].view, ...extra };
    for (const k of drop) delete view[k];
    return fileOf({ ...file, steps: [{ ...file.steps[0], view }] });
  };

  it('a deck saved before they were part of the view opens with the network, grouped by UN group, no outline', () => {
    const r = parseDeck(withView({}, ['graphView', 'grouping', 'outline', 'rowsBy']));
    expect(r.ok && r.deck.steps[0].view).toMatchObject({ graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens' });
  });

  it('keeps a step that asks for the matrix, grouped by bloc, with the EU outlined', () => {
    const r = parseDeck(withView({ graphView: 'matrix', grouping: 'bloc', outline: 'eu', rowsBy: 'bloc' }));
    expect(r.ok && r.deck.steps[0].view).toMatchObject({ graphView: 'matrix', grouping: 'bloc', outline: 'eu', rowsBy: 'bloc' });
  });

  it('a step with garbage there still imports; showing it says so and falls back to the defaults', () => {
    const r = parseDeck(withView({ graphView: 'hairball', grouping: 'zodiac', outline: 'atlantis', rowsBy: 'height' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // what applying a step does (views/briefing/applyView.ts): the view through its link
    const { view, notices } = viewFromSearch(atlas, searchFromView(r.deck.steps[0].view));
    expect(view).toMatchObject({ graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens' });
    expect(notices.join(' ')).toMatch(/graph view “\u2068hairball\u2069”.*grouping “\u2068zodiac\u2069”.*outline “\u2068atlantis\u2069”.*row order “\u2068height\u2069”/);
  });
});

