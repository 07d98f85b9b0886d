// @vitest-environment node
// "Link copied (31 characters)": the count of a link's characters agrees with its noun in Russian and Arabic, whose
// nouns change with the number (31 знак, 32 знака, 35 знаков; 5 أحرف, 30 حرفاً, 101 حرف). Both said one form for
// every length ("31 знаков", "103 حرفاً").
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, loadCatalogue } from './catalogue';

describe('a link\'s length in words', () => {
  beforeAll(async () => { await loadCatalogue('ru'); await loadCatalogue('ar'); });
  const copied = (lang: 'ru' | 'ar', length: number) => formatMessage(lang, 'brief.copied', { length, long: 'no' });
  const tooLong = (lang: 'ru' | 'ar', n: number) => formatMessage(lang, 'deckErr.linkTooLong', { n, max: 64000 });

  it('Russian: знак, знака, знаков', () => {
    expect(copied('ru', 31)).toMatch(/\(31 знак\)$/);
    expect(copied('ru', 32)).toMatch(/\(32 знака\)$/);
    expect(copied('ru', 35)).toMatch(/\(35 знаков\)$/);
    expect(copied('ru', 111)).toMatch(/\(111 знаков\)$/);
    expect(tooLong('ru', 64001)).toMatch(/64\s001 символ;/);
    expect(tooLong('ru', 64002)).toMatch(/64\s002 символа;/);
  });

  it('Arabic: أحرف from 3 to 10, حرفاً from 11 to 99, حرف for the hundreds', () => {
    expect(copied('ar', 103)).toContain('أحرف)');
    expect(copied('ar', 30)).toContain('حرفاً)');
    expect(copied('ar', 101)).toMatch(/حرف\)$/);
    expect(tooLong('ar', 64100)).toMatch(/حرف؛/);
    expect(tooLong('ar', 64150)).toMatch(/حرفًا؛/);
  });

  it('Arabic: a deck link\'s and a kept deck\'s length, and a deck\'s steps (3 خطوات, 12 خطوة, خطوتان)', () => {
    expect(formatMessage('ar', 'deck.linkCopied', { length: 105, long: 'no' })).toContain('أحرف)');
    expect(formatMessage('ar', 'deck.keptFound', { when: 'x', length: 100, memory: 'no' })).toMatch(/حرف$/);
    const offer = (count: number, existing: number) => String(formatMessage('ar', 'deck.offer', { title: 't', count, existing, b: (c: unknown) => [c].flat().join('') } as never));
    expect(offer(3, 0)).toContain('(3 خطوات)');
    expect(offer(12, 2)).toContain('(12 خطوة)');
    expect(offer(12, 2)).toContain('(خطوتان)');
  });
});
