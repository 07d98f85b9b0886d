// What the page needs about deck links at start-up, apart from deckLink.ts (lz-string and the deck validator load
// only when a link is made or opened).
export const DECK_PARAM = 'deck';
/** E-mail clients and chat tools start breaking links around here. */
export const SAFE_LINK_CHARS = 2000;

/** The page's address without query or hash (`location.origin` is "null" on file://, so it cannot be used). */
export const pageBase = (): string => window.location.href.replace(/[?#].*$/, '');

/** The deck parameter of the address the page was opened with, read once at start-up, before URL sync
 *  canonicalises the address (the view parameters do not include `deck`). */
export const initialDeckParam: string | null =
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(DECK_PARAM);
