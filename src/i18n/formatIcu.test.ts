// @vitest-environment node
// formatIcu against intl-messageformat (the oracle) where formatMessage.test.ts does not look: every branch of every
// select in the catalogues (that test takes the first), more numbers, and values the catalogues' callers could pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatIcu } from './formatIcu';
import { LANGS, type Lang } from './langs';

/** The oracle for one message: one IntlMessageFormat for all the values (each makes its own Intl formatters). */
const oracleOf = (ast: MessageFormatElement[], lang: Lang) => {
  const format = new IntlMessageFormat(ast, lang);
  return (v: Record<string, unknown>) => {
    const out = format.format<unknown>(v as Record<string, string>);
    return Array.isArray(out) ? out : [out];
  };
};
const oracle = (ast: MessageFormatElement[], lang: Lang, v: Record<string, unknown>) => oracleOf(ast, lang)(v);

/** Every argument of a message, nested ones too, by name. */
function argumentsOf(els: MessageFormatElement[], out = new Map<string, MessageFormatElement>()) {
  for (const e of els) {
    if ('value' in e && e.type !== TYPE.literal) out.set(e.value, e);
    if ('options' in e) for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

describe('formatIcu', () => {
  it.each(LANGS)('%s: every message, each branch of each select, for plural forms from 0 to 1,234 and 1.5', (lang) => {
    const source = JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8')) as Record<string, string>;
    const differ: string[] = [];
    for (const [key, text] of Object.entries(source)) {
      const ast = parse(text);
      const expected = oracleOf(ast, lang);
      const args = [...argumentsOf(ast)];
      const base = (n: number) => Object.fromEntries(args.map(([name, e]) => [name,
        e.type === TYPE.plural || e.type === TYPE.number ? n
          : e.type === TYPE.select ? Object.keys(e.options)[0]
            : e.type === TYPE.tag ? (chunks: unknown[]) => ({ tag: name, chunks })
              : n === 0 ? '' : `w${n}`]));
      for (const n of [0, 1, 2, 3, 5, 11, 21, 101, 1234, 1.5]) {
        const variants = [base(n), ...args.flatMap(([name, e]) => (e.type === TYPE.select ? Object.keys(e.options).map((o) => ({ ...base(n), [name]: o })) : []))];
        for (const v of variants) {
          const ours = formatIcu<unknown>(ast, lang, v);
          if (JSON.stringify(ours) !== JSON.stringify(expected(v))) differ.push(`${key} ${JSON.stringify(v)}: ${JSON.stringify(ours)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('a select or plural value named like an Object property ("constructor") takes its `other` branch', () => {
    for (const [text, v] of [['{s, select, a {A} other {O}}', { s: 'constructor' }], ['{s, select, a {A} other {O}}', { s: 'toString' }],
      ['{n, plural, one {one} other {#}}', { n: '__proto__' }]] as const) {
      const ast = parse(text);
      expect(formatIcu(ast, 'en', v)).toEqual(oracle(ast, 'en', v));
    }
  });

  it('a number style (percent, a skeleton) is an error, not a plain number', () => {
    expect(() => formatIcu(parse('{n, number, percent}'), 'en', { n: 0.5 }, 'k')).toThrow(/number styles are not supported/);
    expect(() => formatIcu(parse('{n, number, ::currency/EUR}'), 'en', { n: 5 }, 'k')).toThrow(/number styles/);
    expect(formatIcu(parse('{n, number}'), 'fr', { n: 1234.5 })).toEqual(oracle(parse('{n, number}'), 'fr', { n: 1234.5 }));
  });
});
