// The deck lives apart from the view store and persists in localStorage (versioned, so a later format can migrate).
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { View } from '../store/appStore';
import { addStep, deleteStep, editStep, EMPTY_DECK, moveStep, renameDeck, type Deck, type StepText } from './deck';
import type { DeckParse } from './deckSchema';

interface DeckState {
  deck: Deck;
  stepAdded: (view: View, title: string) => void;
  stepEdited: (id: string, patch: StepText) => void;
  stepMoved: (id: string, delta: number) => void;
  stepDeleted: (id: string) => void;
  deckRenamed: (title: string) => void;
  deckReplaced: (deck: Deck) => void;
}

export const DECK_STORAGE_KEY = 'atlas-deck';

type Saved = { deck: Deck };

/** Storage is outside our control (edited by hand, written by an older build): the saved deck is validated like an
 *  imported file. The validator (zod) is a chunk of its own, so the saved deck arrives a moment after start-up. */
const storage: PersistStorage<Saved> = {
  getItem: async (name) => {
    let text: string | null = null;
    try { text = localStorage.getItem(name); } catch { /* storage blocked: start with an empty deck */ }
    if (!text) return null;
    const { parseDeck, serialiseDeck } = await import('./deckSchema');
    let saved: { state?: Partial<Saved>; version?: number } | null = null;
    try { saved = JSON.parse(text); } catch { return null; }
    const r = saved?.state?.deck ? parseDeck(serialiseDeck(saved.state.deck)) : null;
    return r?.ok ? { state: { deck: r.deck }, version: saved?.version } : null;
  },
  setItem: (name, value) => { try { localStorage.setItem(name, JSON.stringify(value)); } catch { /* storage full or blocked */ } },
  removeItem: (name) => { try { localStorage.removeItem(name); } catch { /* storage blocked */ } },
};

export const useDeckStore = create<DeckState>()(
  persist(
    (set, get) => ({
      deck: EMPTY_DECK,
      stepAdded: (view, title) => set({ deck: addStep(get().deck, view, title) }),
      stepEdited: (id, patch) => set({ deck: editStep(get().deck, id, patch) }),
      stepMoved: (id, delta) => set({ deck: moveStep(get().deck, id, delta) }),
      stepDeleted: (id) => set({ deck: deleteStep(get().deck, id) }),
      deckRenamed: (title) => set({ deck: renameDeck(get().deck, title) }),
      deckReplaced: (deck) => set({ deck }),
    }),
    {
      name: DECK_STORAGE_KEY,
      version: 1,
      storage,
      partialize: (s) => ({ deck: s.deck }),
    },
  ),
);

/** Imports a deck file's text. A refused file, or a replacement the user declines, leaves the deck untouched. */
export async function importDeckJson(json: string, confirmReplace: (incoming: Deck, current: Deck) => boolean): Promise<DeckParse & { replaced: boolean }> {
  const { parseDeck } = await import('./deckSchema');
  const r = parseDeck(json);
  if (!r.ok) return { ...r, replaced: false };
  const current = useDeckStore.getState().deck;
  if (current.steps.length && !confirmReplace(r.deck, current)) return { ...r, replaced: false };
  useDeckStore.getState().deckReplaced(r.deck);
  return { ...r, replaced: true };
}
