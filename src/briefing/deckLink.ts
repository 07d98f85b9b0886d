// A whole deck as one link: `?deck=<lz-string>` beside the current view. Decoding goes through the same
// validation as a deck file.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Deck } from './deck';
import { parseDeck, serialiseDeck, type DeckParse } from './deckSchema';

export const DECK_PARAM = 'deck';
/** E-mail clients and chat tools start breaking links around here. */
export const SAFE_LINK_CHARS = 2000;

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

/** The page's address without query or hash (`location.origin` is "null" on file://, so it cannot be used). */
export const pageBase = (): string => window.location.href.replace(/[?#].*$/, '');

/** `base` is the page address without query or hash. */
export function deckLink(base: string, deck: Deck): string {
  return `${base}?${DECK_PARAM}=${encodeDeck(deck)}`;
}

/** The deck parameter of the address the page was opened with, read once at start-up, before URL sync
 *  canonicalises the address (the view parameters do not include `deck`). */
export const initialDeckParam: string | null =
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(DECK_PARAM);
