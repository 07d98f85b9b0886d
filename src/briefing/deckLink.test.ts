import { describe, expect, it } from 'vitest';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { decodeDeck, deckLink, encodeDeck, MAX_LINK_CHARS, SAFE_LINK_CHARS } from './deckLink';
import { threeStepDeck } from './testViews';
import { bombLink } from '../lib/fuzz';
import { compressToEncodedURIComponent } from 'lz-string';
import { editStep } from './deck';
import { parseDeck } from './deckSchema';
import { loadCatalogue } from '../i18n/catalogue';

describe('deck link', () => {
  it('decodes to the same deck', () => {
    expect(decodeDeck(encodeDeck(threeStepDeck()))).toEqual({ ok: true, deck: threeStepDeck() });
  });

  it('keeps a three-step deck under the safe link length and URL-safe', () => {
    const link = deckLink('https://example.org/atlas/', threeStepDeck())!;
    expect(link.length).toBeLessThan(SAFE_LINK_CHARS);
    const param = new URL(link).searchParams.get('deck')!;
    expect(decodeDeck(param)).toMatchObject({ ok: true });
  });

  it('refuses a damaged link, and says "link"', () => {
    const r = decodeDeck('not-a-deck%%%');
    expect(r.ok).toBe(false);
    const truncated = decodeDeck(encodeDeck(threeStepDeck()).slice(0, 40));
    expect(truncated).toMatchObject({ ok: false, error: expect.stringMatching(/the link/) });
    const notJson = decodeDeck(compressToEncodedURIComponent('hello'));
    expect(notJson).toEqual({ ok: false, error: 'Refused: the link is not JSON, so it cannot be a deck.', reason: 'the link is not JSON, so it cannot be a deck' });
    expect(JSON.stringify([r, truncated, notJson])).not.toMatch(/file/);
  });

  it('refuses in the reader\'s language, naming the link as such', async () => {
    await Promise.all((['fr', 'ar'] as const).map(loadCatalogue));
    expect(decodeDeck(compressToEncodedURIComponent('hello'), 'fr')).toMatchObject({ ok: false, error: 'Refusé\u00a0: le lien n’est pas du JSON\u202f; ce ne peut donc pas être un diaporama.' });
    expect(decodeDeck(encodeDeck(threeStepDeck()).slice(0, 40), 'fr')).toMatchObject({ ok: false, error: expect.stringMatching(/^Refusé\u00a0: le lien est endommagé/) });
    expect(decodeDeck('x'.repeat(MAX_LINK_CHARS + 1), 'ar')).toMatchObject({ ok: false, error: expect.stringMatching(/^مرفوض: الرابط أطول/) });
    expect(parseDeck('{"format":"cybercrime-atlas-deck"}', 'file', 'fr')).toMatchObject({ ok: false, error: expect.stringMatching(/^Refusé\u00a0: le fichier n’est pas un diaporama valide/) });
  });

  it('stops a link that unpacks to hundreds of megabytes without unpacking it', () => {
    const bomb = bombLink(25_000); // lz-string alone would build 312 million characters (330 MB in the report)
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(decodeDeck(bomb)).toMatchObject({ ok: false, error: expect.stringMatching(/link unpacks to more than 512 KB/) });
    expect(decompressFromEncodedURIComponent(bombLink(100))!.length).toBe(5151); // the shape of the bomb, checked by lz-string
  });

  it('gives no link for a deck too big to open from one (the deck goes as a file instead)', () => {
    let d = threeStepDeck();
    // text that does not compress: a link cannot carry it
    let seed = 1;
    const noise = () => Array.from({ length: 10_000 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 16807) % 2147483647) % 20000))).join('');
    for (const id of ['a', 'b', 'c']) d = editStep(d, id, { notes: noise() });
    expect(deckLink('https://example.org/', d)).toBeNull();
  });
});
