// A whole deck as one link: `?deck=<lz-string>` beside the current view. Decoding goes through the same
// validation as a deck file.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Deck } from './deck';
import { parseDeck, serialiseDeck, type DeckParse } from './deckSchema';
import { DECK_PARAM } from './deckParam';

export { DECK_PARAM, SAFE_LINK_CHARS, pageBase } from './deckParam';

/** Minified before compressing: the link carries no indentation. */
export function encodeDeck(deck: Deck): string {
  return compressToEncodedURIComponent(JSON.stringify(JSON.parse(serialiseDeck(deck))));
}

/** LZ output can grow far beyond its input: refuse oversized links before decompressing them. */
const MAX_LINK_CHARS = 64_000;

export function decodeDeck(param: string): DeckParse {
  if (param.length > MAX_LINK_CHARS) return { ok: false, error: 'Refused: the deck link is too long to be a deck made by the atlas.' };
  const json = decompressFromEncodedURIComponent(param);
  if (!json) return { ok: false, error: 'Refused: the deck link is damaged (it does not decompress).' };
  return parseDeck(json);
}

/** `base` is the page address without query or hash. */
export function deckLink(base: string, deck: Deck): string {
  return `${base}?${DECK_PARAM}=${encodeDeck(deck)}`;
}
