// The deck lives apart from the view store and persists in localStorage (versioned, so a later format can migrate).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { View } from '../store/appStore';
import { addStep, deleteStep, editStep, EMPTY_DECK, moveStep, renameDeck, type Deck, type StepText } from './deck';
import { parseDeck, serialiseDeck, type DeckParse } from './deckSchema';

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
      partialize: (s) => ({ deck: s.deck }),
      // Storage is outside our control (edited by hand, written by an older build): validate like an imported file.
      merge: (persisted, current) => {
        const saved = (persisted as { deck?: Deck } | undefined)?.deck;
        const r = saved ? parseDeck(serialiseDeck(saved)) : null;
        return r?.ok ? { ...current, deck: r.deck } : current;
      },
    },
  ),
);

/** Imports a deck file's text. A refused file, or a replacement the user declines, leaves the deck untouched. */
export function importDeckJson(json: string, confirmReplace: (incoming: Deck, current: Deck) => boolean): DeckParse & { replaced: boolean } {
  const r = parseDeck(json);
  if (!r.ok) return { ...r, replaced: false };
  const current = useDeckStore.getState().deck;
  if (current.steps.length && !confirmReplace(r.deck, current)) return { ...r, replaced: false };
  useDeckStore.getState().deckReplaced(r.deck);
  return { ...r, replaced: true };
}
