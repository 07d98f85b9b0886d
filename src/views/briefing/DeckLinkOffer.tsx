// A link carrying `?deck=` offers its deck; nothing replaces the deck in this browser without a click.
import { useMemo, useState } from 'react';
import { decodeDeck } from '../../briefing/deckLink';
import { initialDeckParam } from '../../briefing/deckParam';
import { useDeckStore } from '../../briefing/deckStore';

export function DeckLinkOffer() {
  const [open, setOpen] = useState(initialDeckParam !== null);
  const parsed = useMemo(() => (initialDeckParam ? decodeDeck(initialDeckParam) : null), []);
  const existing = useDeckStore((s) => s.deck.steps.length);
  if (!open || !parsed) return null;
  if (!parsed.ok) {
    return (
      <div className="deck-offer" role="alert">
        <span>The link's deck could not be opened. {parsed.error}</span>
        <button type="button" onClick={() => setOpen(false)}>Dismiss</button>
      </div>
    );
  }
  const { deck } = parsed;
  return (
    <div className="deck-offer" role="region" aria-label="Deck from link">
      <span>
        This link carries the deck <strong>“{deck.title}”</strong> with {deck.steps.length} step{deck.steps.length === 1 ? '' : 's'}.
        {existing > 0 && ` Importing it replaces your current deck of ${existing} step${existing === 1 ? '' : 's'} (export that first to keep it).`}
      </span>
      <button type="button" onClick={() => { useDeckStore.getState().deckReplaced(deck); setOpen(false); }}>Import deck</button>
      <button type="button" onClick={() => setOpen(false)}>Not now</button>
    </div>
  );
}
