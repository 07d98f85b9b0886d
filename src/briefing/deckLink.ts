// A whole deck as one link: `?deck=<lz-string>` beside the current view. Decoding goes through the same
// validation as a deck file, and stops early on a link that would decompress to far more than a deck.
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriBounded, TOO_BIG } from '../lib/lzBounded';
import type { Deck } from './deck';
import { parseDeck, refusal, serialiseDeck, type DeckParse } from './deckSchema';
import type { Lang } from '../i18n/langs';
import { DECK_PARAM } from './deckParam';

export { DECK_PARAM, SAFE_LINK_CHARS, pageBase } from './deckParam';

/** Minified before compressing: the link carries no indentation. */
export function encodeDeck(deck: Deck): string {
  return compressToEncodedURIComponent(JSON.stringify(JSON.parse(serialiseDeck(deck))));
}

/** Longer links are refused unread; browsers and servers cut addresses not far above this anyway. */
export const MAX_LINK_CHARS = 64_000;
/** What a link may decompress to. A link's text compresses about 3 to 6 times, so no link under MAX_LINK_CHARS
 *  made by the atlas comes near this; a crafted one is stopped here instead of filling the memory. */
export const MAX_LINK_JSON_CHARS = 512 * 1024;

export function decodeDeck(param: string, lang: Lang = 'en'): DeckParse {
  if (param.length > MAX_LINK_CHARS) return refusal(lang, 'deckErr.linkTooLong', { n: param.length, max: MAX_LINK_CHARS });
  const json = decompressUriBounded(param, MAX_LINK_JSON_CHARS);
  if (json === TOO_BIG) return refusal(lang, 'deckErr.linkTooBig', { kb: MAX_LINK_JSON_CHARS / 1024 });
  if (!json) return refusal(lang, 'deckErr.linkDamaged');
  return parseDeck(json, 'link', lang);
}

/** `base` is the page address without query or hash; null when the deck is too big for a link that opens. */
export function deckLink(base: string, deck: Deck): string | null {
  const param = encodeDeck(deck);
  if (param.length > MAX_LINK_CHARS || JSON.stringify(JSON.parse(serialiseDeck(deck))).length > MAX_LINK_JSON_CHARS) return null;
  return `${base}?${DECK_PARAM}=${param}`;
}
