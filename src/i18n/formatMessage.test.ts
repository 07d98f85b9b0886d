// @vitest-environment node
// formatMessage and formatParts (i18n/formatIcu.ts) say exactly what intl-messageformat says with its own defaults,
// for every message of every catalogue.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatMessage, formatParts, loadCatalogues, type MessageKey } from './catalogue';
import { LANGS } from './langs';

const DIR = resolve(process.cwd(), 'src/i18n/messages');

/** A value for each argument: `n` for plurals and numbers (1 and 2, so more than one plural form shows), the first
 *  branch for selects, a word or a number otherwise; tags keep their text. */
function values(elements: MessageFormatElement[], out: Record<string, unknown> = {}, n = 2): Record<string, unknown> {
  for (const e of elements) {
    if (e.type === TYPE.plural || e.type === TYPE.number) out[e.value] = n;
    else if (e.type === TYPE.select) out[e.value] = Object.keys(e.options)[0];
    else if (e.type === TYPE.date || e.type === TYPE.time) out[e.value] = new Date(Date.UTC(2020, 4, 17));
    else if (e.type === TYPE.argument) out[e.value] = n === 1 ? 'Xy' : 42;
    else if (e.type === TYPE.tag) out[e.value] = (chunks: unknown[]) => chunks.join('');
    if ('options' in e) for (const o of Object.values(e.options)) values(o.value, out, n);
    if (e.type === TYPE.tag) values(e.children, out, n);
  }
  return out;
}

describe('formatMessage', () => {
  it.each(LANGS)('%s: every message as intl-messageformat formats it, for 0, 1, 2 and 1,234', async (lang) => {
    await loadCatalogues([lang]);
    const source = JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Record<string, string>;
    // every difference named, in one assertion (an expect per message and value was a third of this test's time)
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(source)) {
      const ast = parse(text);
      // one formatter for the message's four values (each IntlMessageFormat makes its own Intl formatters)
      const oracle = new IntlMessageFormat(ast, lang);
      for (const n of [0, 1, 2, 1234]) {
        const v = values(ast, {}, n);
        const expected = String(oracle.format(v as Record<string, string>));
        const got = formatMessage(lang, key as MessageKey, v as Record<string, string>);
        if (got !== expected) wrong.push(`${lang} ${key} (${n}): ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(LANGS)('%s: every message with tags, its parts as intl-messageformat gives them (tags rendered as objects)', async (lang) => {
    await loadCatalogues([lang]);
    const source = JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Record<string, string>;
    const hasTag = (els: MessageFormatElement[]): boolean => els.some((e) => e.type === TYPE.tag
      || ('options' in e && Object.values(e.options).some((o) => hasTag(o.value))));
    let tagged = 0;
    for (const [key, text] of Object.entries(source)) {
      const ast = parse(text);
      if (!hasTag(ast)) continue;
      tagged++;
      const oracle = new IntlMessageFormat(ast, lang);
      for (const n of [1, 2]) {
        const v = values(ast, {}, n);
        const tags: Record<string, (chunks: unknown[]) => unknown> = {};
        for (const [k, f] of Object.entries(v)) if (typeof f === 'function') tags[k] = (chunks) => ({ tag: k, chunks });
        const plain = Object.fromEntries(Object.entries(v).filter(([, f]) => typeof f !== 'function')) as Record<string, string>;
        const out = oracle.format<unknown>({ ...plain, ...tags });
        expect(formatParts<unknown>(lang, key as MessageKey, plain, tags), `${lang} ${key}`).toEqual(Array.isArray(out) ? out : [out]);
      }
    }
    expect(tagged).toBeGreaterThan(0);
  });

  it('a missing argument is an error, as in intl-messageformat', () => {
    expect(() => formatMessage('en', 'dataFamily.to', {})).toThrow(/date/);
  });
});
