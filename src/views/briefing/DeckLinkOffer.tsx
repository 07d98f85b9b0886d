// A link carrying `?deck=` offers its deck; nothing replaces the deck in this browser without a click.
import { useMemo, useState } from 'react';
import { decodeDeck } from '../../briefing/deckLink';
import { initialDeckParam } from '../../briefing/deckParam';
import { useDeckStore } from '../../briefing/deckStore';
import { Rich } from '../../i18n/Rich';
import { useI18n } from '../../i18n/useI18n';
import { isolate } from '../../lib/notices';

export function DeckLinkOffer() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(initialDeckParam !== null);
  const parsed = useMemo(() => (initialDeckParam ? decodeDeck(initialDeckParam, lang) : null), []); // read once, in the language the page opened in
  const existing = useDeckStore((s) => s.deck.steps.length);
  if (!open || !parsed) return null;
  if (!parsed.ok) {
    return (
      <div className="deck-offer" role="alert">
        <span>{t('deck.linkFailed', { error: parsed.error })}</span>
        <button type="button" onClick={() => setOpen(false)}>{t('deck.dismiss')}</button>
      </div>
    );
  }
  const { deck } = parsed;
  return (
    <div className="deck-offer" role="region" aria-label={t('deck.offerAria')}>
      <span><Rich k='deck.offer' values={{ title: isolate(deck.title), count: deck.steps.length, existing }} /></span>
      <button type="button" onClick={() => { useDeckStore.getState().deckReplaced(deck); setOpen(false); }}>{t('deck.import')}</button>
      <button type="button" onClick={() => setOpen(false)}>{t('deck.notNow')}</button>
    </div>
  );
}
