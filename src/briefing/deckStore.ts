// The deck lives apart from the view store and is saved in localStorage at every edit. No deck is ever lost:
// - an edit that cannot be saved (storage full or blocked) says so at once, and the deck stays in this tab;
// - a saved deck that cannot be read is kept aside untouched under a key of its own (offered for download), its
//   readable steps are recovered, and the user is told in words;
// - another tab's change arrives through the `storage` event, and every edit starts from the saved deck, so two
//   tabs never overwrite each other's steps.
// localStorage rather than IndexedDB: a deck at the editor's limits (100 steps of 10,000-character notes, about
// 2.5 M characters at worst) fits the 5 M characters browsers give an origin, the single-file copy can use it on
// file://, and a synchronous write lets a failure be reported in the same click that caused it.
import { create } from 'zustand';
import { useAppStore, type View } from '../store/appStore';
import { formatMessage, type MessageKey, type MessageValues } from '../i18n/catalogue';
import { withLaterMessages } from '../i18n/laterMessages';
import { addStep, DECK_LIMITS, deleteStep, editStep, EMPTY_DECK, moveStep, renameDeck, type Deck, type StepText } from './deck';
import type { DeckParse } from './deckSchema';

export const DECK_STORAGE_KEY = 'atlas-deck';
/** A saved deck that could not be read is kept under this prefix and the time it was found. */
export const DECK_KEPT_PREFIX = 'atlas-deck-unreadable-';

export type SaveResult = { ok: true } | { ok: false; error: string };
export interface DeckNotice { kind: 'unsaved' | 'unreadable'; text: string }
/** A kept-aside copy of an unreadable saved deck; `key` null while it exists only in this tab (storage full). */
export interface KeptCopy { key: string | null; found: string; text: string }

interface DeckState {
  deck: Deck;
  notice: DeckNotice | null;
  kept: KeptCopy[];
  stepAdded: (view: View, title: string) => SaveResult;
  stepEdited: (id: string, patch: StepText) => SaveResult;
  stepMoved: (id: string, delta: number) => SaveResult;
  stepDeleted: (id: string) => SaveResult;
  deckRenamed: (title: string) => SaveResult;
  deckReplaced: (deck: Deck) => SaveResult;
  noticeDismissed: () => void;
  /** The user has downloaded a kept copy: one that could not be stored no longer holds edits back. */
  keptDownloaded: (copy: KeptCopy) => void;
  keptDeleted: (copy: KeptCopy) => void;
}

type Schema = typeof import('./deckSchema');
/** The validator (zod) is a chunk of its own, so the saved deck is read a moment after start-up. */
let schema: Schema | null = null;
/** Edits made before that moment, applied to the saved deck once it is read. */
let pending: ((d: Deck) => Deck)[] = [];
/** The saved text as this tab last read or wrote it: a different text means another tab wrote. */
let lastRaw: string | null = null;

const OK: SaveResult = { ok: true };
const storage = (): Storage | null => { try { return window.localStorage; } catch { return null; } };

/** Messages in the page's language at the moment they are made (a notice keeps it). */
const say = (key: MessageKey, values?: MessageValues) => formatMessage(useAppStore.getState().lang, key, values);

function whyNotSaved(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return say('deckErr.whyFull');
  if (name === 'SecurityError') return say('deckErr.whyBlocked');
  return name ? say('deckErr.whyRefusedNamed', { name }) : say('deckErr.whyRefused');
}
const notSaved = (why: string) => say('deckErr.notSaved', { why });

function write(deck: Deck): SaveResult {
  const held = useDeckStore.getState().kept.find((c) => c.key === null);
  if (held) return { ok: false, error: notSaved(say('deckErr.whyHeld')) };
  const ls = storage();
  if (!ls) return { ok: false, error: notSaved(whyNotSaved(new DOMException('', 'SecurityError'))) };
  const raw = JSON.stringify({ state: { deck }, version: 1 });
  try {
    ls.setItem(DECK_STORAGE_KEY, raw);
    lastRaw = raw;
    return OK;
  } catch (e) {
    return { ok: false, error: notSaved(whyNotSaved(e)) };
  }
}

const readRaw = (): string | null | undefined => { try { return storage()?.getItem(DECK_STORAGE_KEY) ?? null; } catch { return undefined; } };

function listKept(): KeptCopy[] {
  const ls = storage();
  const out: KeptCopy[] = [];
  try {
    for (let i = 0; ls && i < ls.length; i++) {
      const key = ls.key(i);
      if (key?.startsWith(DECK_KEPT_PREFIX)) out.push({ key, found: key.slice(DECK_KEPT_PREFIX.length), text: ls.getItem(key) ?? '' });
    }
  } catch { /* storage blocked: nothing kept there */ }
  return out.sort((a, b) => a.found.localeCompare(b.found));
}

/** Reads the saved text: the deck, or what could be recovered from it and why it could not be read. */
function readSaved(s: Schema, raw: string): { deck: Deck } | { error: string; recovered: ReturnType<Schema['recoverDeck']> } {
  let inner: unknown;
  try { inner = (JSON.parse(raw) as { state?: { deck?: unknown } } | null)?.state?.deck; } catch { /* not JSON */ }
  const asFile = inner && typeof inner === 'object' ? JSON.stringify({ ...inner, format: s.DECK_FORMAT }) : raw;
  const r = s.parseDeck(asFile, 'saved deck', useAppStore.getState().lang);
  if (r.ok) return { deck: r.deck };
  return { error: r.reason, recovered: s.recoverDeck(asFile) };
}

/** Keeps an unreadable saved text aside (never twice the same text) and works on what could be recovered. */
function adoptUnreadable(raw: string, error: string, recovered: { deck: Deck; kept: number; total: number }): void {
  const found = new Date().toISOString();
  const kept = listKept();
  let copy = kept.find((c) => c.text === raw);
  if (!copy) {
    copy = { key: `${DECK_KEPT_PREFIX}${found}`, found, text: raw };
    try { storage()!.setItem(copy.key!, raw); } catch { copy = { ...copy, key: null }; }
    kept.push(copy);
  }
  const steps = recovered.total ? say('deckErr.recovered', { kept: recovered.kept, total: recovered.total }) : say('deckErr.noneRecovered');
  const where = say(copy.key ? 'deckErr.keptAside' : 'deckErr.notKeptAside');
  useDeckStore.setState({ deck: recovered.deck, kept, notice: { kind: 'unreadable', text: say('deckErr.unreadable', { reason: error, steps, where }) } });
}

/** Brings this tab up to the saved deck if another tab wrote since (an edit never starts from a stale deck). */
function syncFromStorage(): void {
  const raw = readRaw();
  if (raw === undefined || raw === lastRaw) return;
  lastRaw = raw;
  if (raw === null) return; // removed elsewhere: this tab's deck is written back at its next edit
  if (useDeckStore.getState().notice?.kind === 'unsaved') {
    useDeckStore.setState({ notice: { kind: 'unsaved', text: say('deckErr.otherTab') } });
    return;
  }
  const r = readSaved(schema!, raw);
  if ('deck' in r) useDeckStore.setState({ deck: r.deck });
  else adoptUnreadable(raw, r.error, r.recovered);
}

function commit(change: (d: Deck) => Deck): SaveResult {
  if (!schema) {
    pending.push(change);
    useDeckStore.setState({ deck: change(useDeckStore.getState().deck) });
    return OK;
  }
  syncFromStorage();
  const { deck, notice } = useDeckStore.getState();
  const next = change(deck);
  if (next === deck) return OK;
  const r = write(next);
  useDeckStore.setState({
    deck: next,
    notice: r.ok ? (notice?.kind === 'unsaved' ? null : notice) : { kind: 'unsaved', text: r.error },
  });
  return r;
}

export const useDeckStore = create<DeckState>()((set, get) => ({
  deck: EMPTY_DECK,
  notice: null,
  kept: [],
  stepAdded: (view, title) => (get().deck.steps.length >= DECK_LIMITS.steps
    ? { ok: false, error: say('deckErr.maxSteps', { n: DECK_LIMITS.steps }) }
    : commit((d) => addStep(d, view, title))),
  stepEdited: (id, patch) => commit((d) => editStep(d, id, patch)),
  stepMoved: (id, delta) => commit((d) => moveStep(d, id, delta)),
  stepDeleted: (id) => commit((d) => deleteStep(d, id)),
  deckRenamed: (title) => commit((d) => renameDeck(d, title)),
  deckReplaced: (deck) => commit(() => deck),
  noticeDismissed: () => set({ notice: null }),
  keptDownloaded: (copy) => {
    if (copy.key !== null) return;
    set({ kept: get().kept.filter((c) => c !== copy) });
    const deck = get().deck;
    const r = write(deck);
    if (!r.ok) set({ notice: { kind: 'unsaved', text: r.error } });
  },
  keptDeleted: (copy) => {
    try { if (copy.key) storage()?.removeItem(copy.key); } catch { /* storage blocked */ }
    set({ kept: get().kept.filter((c) => c !== copy) });
  },
}));

/** Reads the saved deck (once the validator has loaded), then applies edits made meanwhile. */
function hydrate(s: Schema): void {
  schema = s;
  const raw = readRaw() ?? null;
  lastRaw = raw;
  useDeckStore.setState({ kept: listKept() });
  if (raw) {
    const r = readSaved(s, raw);
    if ('deck' in r) useDeckStore.setState({ deck: r.deck });
    else adoptUnreadable(raw, r.error, r.recovered);
  } else useDeckStore.setState({ deck: EMPTY_DECK });
  const changes = pending;
  pending = [];
  if (changes.length) commit((d) => changes.reduce((acc, f) => f(acc), d));
  window.addEventListener('storage', (e) => {
    if (e.key !== null && e.key !== DECK_STORAGE_KEY && !e.key.startsWith(DECK_KEPT_PREFIX)) return;
    syncFromStorage();
    useDeckStore.setState({ kept: [...listKept(), ...useDeckStore.getState().kept.filter((c) => c.key === null)] });
  });
}

/** Settles when the saved deck has been read (tests wait for it); reading it may say something (a deck kept aside),
 *  in words of the catalogues' later part, so it waits for them too. */
export const deckReady: Promise<void> = typeof window === 'undefined' ? Promise.resolve()
  : withLaterMessages(import('./deckSchema')).then(hydrate);

/** Imports a deck file's text. A refused file, or a replacement the user declines, leaves the deck untouched. */
export async function importDeckJson(json: string, confirmReplace: (incoming: Deck, current: Deck) => boolean):
  Promise<DeckParse & { replaced: boolean; saved: SaveResult }> {
  const { parseDeck } = await import('./deckSchema');
  const r = parseDeck(json, 'file', useAppStore.getState().lang);
  if (!r.ok) return { ...r, replaced: false, saved: OK };
  const current = useDeckStore.getState().deck;
  if (current.steps.length && !confirmReplace(r.deck, current)) return { ...r, replaced: false, saved: OK };
  return { ...r, replaced: true, saved: useDeckStore.getState().deckReplaced(r.deck) };
}
