import { describe, expect, it } from 'vitest';
import { decodeDeck, deckLink, encodeDeck, SAFE_LINK_CHARS } from './deckLink';
import { threeStepDeck } from './testViews';

describe('deck link', () => {
  it('decodes to the same deck', () => {
    expect(decodeDeck(encodeDeck(threeStepDeck()))).toEqual({ ok: true, deck: threeStepDeck() });
  });

  it('keeps a three-step deck under the safe link length and URL-safe', () => {
    const link = deckLink('https://example.org/atlas/', threeStepDeck());
    expect(link.length).toBeLessThan(SAFE_LINK_CHARS);
    const param = new URL(link).searchParams.get('deck')!;
    expect(decodeDeck(param)).toMatchObject({ ok: true });
  });

  it('refuses a damaged link', () => {
    const r = decodeDeck('not-a-deck%%%');
    expect(r.ok).toBe(false);
    const truncated = decodeDeck(encodeDeck(threeStepDeck()).slice(0, 40));
    expect(truncated.ok).toBe(false);
  });
});
