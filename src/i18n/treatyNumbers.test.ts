// @vitest-environment node
// One designation of each Council of Europe treaty per language: the lens picker, legend, record, compare and slides
// all name the Budapest Convention, and a reader comparing them should not wonder whether "ETS 185" and "CETS 185" are
// two treaties. The Russian record said "ETS 185" where every other Russian message said "CETS 185".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from './langs';

const SERIES = /\b(C?ETS|STC?E)\s?(?:№\s?|No\.?\s?)?(185|189|224)\b/g;

describe('treaty numbers', () => {
  for (const lang of LANGS) {
    it(`${lang}: each treaty is written with one series name`, () => {
      const cat = JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8')) as Record<string, string>;
      const forms = new Map<string, Map<string, string[]>>();
      for (const [key, text] of Object.entries(cat)) {
        for (const m of text.matchAll(SERIES)) {
          const byForm = forms.get(m[2]) ?? new Map<string, string[]>();
          byForm.set(m[1], [...(byForm.get(m[1]) ?? []), key]);
          forms.set(m[2], byForm);
        }
      }
      expect(forms.get('185')?.size, 'the catalogue names CETS 185').toBeGreaterThan(0);
      // for a form used by only a few keys, the keys that use it: the one to correct
      const mixed = [...forms].filter(([, f]) => f.size > 1).map(([n, f]) => `${n}: ${[...f].map(([s, keys]) => `${s} (${keys.length > 3 ? keys.length : keys.join(', ')})`).join(' / ')}`);
      expect(mixed).toEqual([]);
    });
  }
});
