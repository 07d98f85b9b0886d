// ICU MessageFormat, formatted from the catalogues' pre-parsed messages (scripts/vite-icu-messages.ts) the way
// intl-messageformat formats them (formatMessage.test.ts compares every message of every catalogue with it), for
// the element types the catalogues use: text, arguments, numbers, selects, plurals with #, and tags. Our own, not
// intl-messageformat's: that resolves each message's locale with Intl's supportedLocalesOf, whose first call sets up
// Chromium's number formatting (10–30 ms on the 2-core machine) before the first view can be drawn. Plurals need only
// Intl.PluralRules (under a millisecond), and small numbers none (i18n/numbers.ts).
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatNumber } from './numbers';
import type { Lang } from './langs';

// the parser's TYPE enum (the parser is a devDependency: only its types are imported)
const LITERAL = 0, ARGUMENT = 1, NUMBER = 2, SELECT = 5, PLURAL = 6, POUND = 7, TAG = 8;

export type TagRenderer<T> = (chunks: (string | T)[]) => T | string | (string | T)[];
export type IcuValues<T> = Record<string, unknown> & { [tag: string]: unknown | TagRenderer<T> };

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(lang: Lang, type: 'cardinal' | 'ordinal', n: number): string {
  const key = `${lang} ${type}`;
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(lang, { type })));
  return rules.select(n);
}

/** An option of a select or plural: its own, never one the object inherits (a value "constructor" picks `other`). */
type Options = Record<string, { value: MessageFormatElement[] }>;
const option = (options: Options, key: string) => (Object.hasOwn(options, key) ? options[key] : undefined);

function missing(name: string, what: string): Error {
  return new Error(`The intl string context variable "${name}" was not provided to the string "${what}"`);
}

/** The message's parts: text runs joined, anything a tag renderer returns kept as it is. */
export function formatIcu<T>(ast: readonly MessageFormatElement[], lang: Lang, values: IcuValues<T> | undefined, key = ''): (string | T)[] {
  // most messages are one text (map and network labels ask for hundreds per change): no walk
  if (ast.length === 1 && (ast[0].type as number) === LITERAL) return [(ast[0] as { value: string }).value];
  /** `els`' parts appended to `out`; `pound` is the number a # stands for (the innermost plural's). */
  const walk = (els: readonly MessageFormatElement[], pound: number | null, out: (string | T)[] = []): (string | T)[] => {
    const push = (v: string | T) => {
      if (typeof v === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += v;
      else out.push(v);
    };
    for (const e of els) {
      const type = e.type as number;
      if (type === LITERAL) { push((e as { value: string }).value); continue; }
      if (type === POUND) { if (pound !== null) push(formatNumber(lang, pound)); continue; }
      const name = (e as { value: string }).value;
      if (!values || !(name in values)) throw missing(name, key);
      const v = values[name];
      if (type === ARGUMENT) {
        // as intl-messageformat: strings and numbers as text, other falsy values as nothing, objects as they are
        if (typeof v === 'string' || typeof v === 'number') push(String(v));
        else if (!v) push('');
        else push(v as T);
      } else if (type === NUMBER) {
        // a style (percent, a skeleton) would be dropped without a word: formatNumber writes plain numbers only
        if ((e as { style?: unknown }).style != null) throw new Error(`"${key}": number styles are not supported (no catalogue uses one)`);
        push(formatNumber(lang, v as number));
      }
      else if (type === SELECT) {
        const { options } = e as { options: Options };
        const opt = option(options, String(v)) ?? option(options, 'other');
        if (!opt) throw new Error(`Invalid value "${String(v)}" for select "${name}" in "${key}"`);
        walk(opt.value, pound, out);
      } else if (type === PLURAL) {
        const { options, offset = 0, pluralType = 'cardinal' } = e as { options: Options; offset?: number; pluralType?: 'cardinal' | 'ordinal' };
        const n = v as number;
        const opt = option(options, `=${n}`) ?? option(options, pluralOf(lang, pluralType, n - offset)) ?? option(options, 'other');
        if (!opt) throw new Error(`Invalid value "${n}" for plural "${name}" in "${key}"`);
        walk(opt.value, n - offset, out);
      } else if (type === TAG) {
        if (typeof v !== 'function') throw new Error(`"${name}" in "${key}" must be a function for its tag`);
        const r = (v as TagRenderer<T>)(walk((e as { children: MessageFormatElement[] }).children, pound));
        for (const part of Array.isArray(r) ? r : [r]) push(part);
      } else throw new Error(`"${key}": ICU element type ${type} is not supported (no catalogue uses it)`);
    }
    return out;
  };
  return walk(ast, null);
}
