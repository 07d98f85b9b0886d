// The deck: an ordered list of steps, each a saved view with words for the audience and the presenter.
// Pure functions over immutable decks; the store (deckStore.ts) only calls these.
import type { View } from '../store/appStore';
import { xmlText } from '../lib/xmlText';
import type { Callout, LayoutId } from './layouts';

export interface Step {
  id: string;
  title: string;
  caption: string;
  notes: string;
  /** The view the step shows; its own `step` is always null (the position in the deck gives it). */
  view: View;
  /** The slide layout chosen in the deck editor; absent means the default for the view (slideModel.defaultLayout). */
  layout?: LayoutId;
  /** A note pinned to a country on the slide's map. */
  callout?: Callout;
}

export interface Deck {
  version: 1;
  title: string;
  steps: Step[];
}

export const EMPTY_DECK: Deck = { version: 1, title: 'Briefing', steps: [] };

/** The one set of limits: what the editor lets a user type, what a deck file, the stored deck and a deck link may
 *  hold (deckSchema.ts derives the file size cap from these). Lengths in UTF-16 units, as the inputs count them. */
export const DECK_LIMITS = { steps: 100, title: 200, caption: 2000, notes: 10_000, callout: 300 } as const;

/** Text entering a deck is cut to its limit and made XML-legal (the same rule as the exporters), so whatever is
 *  stored can be exported and nothing grows past the limits behind the editor's back. */
export const deckText = (s: string, max: number): string => xmlText(s.slice(0, max));

/** Short random id; only needs to be unique inside one deck. */
export const newStepId = (): string => Math.random().toString(36).slice(2, 10);

export function addStep(deck: Deck, view: View, title: string, id = newStepId()): Deck {
  if (deck.steps.length >= DECK_LIMITS.steps) return deck;
  return { ...deck, steps: [...deck.steps, { id, title: deckText(title, DECK_LIMITS.title), caption: '', notes: '', view: { ...view, step: null } }] };
}

export type StepText = Partial<Pick<Step, 'title' | 'caption' | 'notes' | 'layout' | 'callout'>>;

export function editStep(deck: Deck, id: string, patch: StepText): Deck {
  const clean: StepText = {};
  for (const k of ['title', 'caption', 'notes'] as const) if (patch[k] !== undefined) clean[k] = deckText(patch[k], DECK_LIMITS[k]);
  // layout and callout: a key present with `undefined` clears the choice
  if ('layout' in patch) clean.layout = patch.layout;
  if ('callout' in patch) clean.callout = patch.callout && { id: patch.callout.id, text: deckText(patch.callout.text, DECK_LIMITS.callout) };
  const apply = (s: Step): Step => {
    const next = { ...s, ...clean };
    if (next.layout === undefined) delete next.layout;
    if (next.callout === undefined) delete next.callout;
    return next;
  };
  return { ...deck, steps: deck.steps.map((s) => (s.id === id ? apply(s) : s)) };
}

/** Moves a step by `delta` places (−1 up, +1 down); out-of-range moves leave the deck as it is. */
export function moveStep(deck: Deck, id: string, delta: number): Deck {
  const from = deck.steps.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= deck.steps.length) return deck;
  const steps = [...deck.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step);
  return { ...deck, steps };
}

export function deleteStep(deck: Deck, id: string): Deck {
  return { ...deck, steps: deck.steps.filter((s) => s.id !== id) };
}

export function renameDeck(deck: Deck, title: string): Deck {
  return { ...deck, title: deckText(title, DECK_LIMITS.title) };
}
