// @vitest-environment node
// The six catalogues agree: same keys, every message valid ICU with the same arguments, and every key used.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGS } from './langs';

const DIR = resolve(process.cwd(), 'src/i18n/messages');
const catalogues = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(join(DIR, `${l}.json`), 'utf8')) as Record<string, string>]));
const keys = Object.keys(catalogues.en);

/** Argument names a message uses (plural/select branches included). */
function args(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if ('value' in e && typeof e.value === 'string' && e.type !== TYPE.tag) out.add(e.value);
    if ('options' in e) for (const o of Object.values(e.options)) args(o.value, out);
    if (e.type === TYPE.tag) args(e.children, out);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'messages' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('message catalogues', () => {
  it.each(LANGS)('%s has exactly the English keys', (lang) => {
    const own = Object.keys(catalogues[lang]);
    expect(keys.filter((k) => !own.includes(k)), `missing from ${lang}.json`).toEqual([]);
    expect(own.filter((k) => !keys.includes(k)), `not in en.json`).toEqual([]);
  });

  it.each(LANGS)('%s: every message is valid ICU, non-empty, with the same arguments as English', (lang) => {
    // (one assertion naming every key that breaks a rule: two per key were ~1 s of expect calls in this worker's profile)
    const wrong: string[] = [];
    for (const key of keys) {
      const message = catalogues[lang][key];
      if (!message?.trim()) { wrong.push(`${key}: empty`); continue; }
      const own = [...args(parse(message))].sort(), en = [...args(parse(catalogues.en[key]))].sort();
      if (own.length !== en.length || own.some((a, i) => a !== en[i])) wrong.push(`${key}: {${own.join('}, {')}} where English has {${en.join('}, {')}}`);
    }
    expect(wrong, lang).toEqual([]);
  });

  it('uses every key somewhere in the source (written out in full, so it can be found)', () => {
    const source = sourceFiles(resolve(process.cwd(), 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(keys.filter((k) => !source.includes(`'${k}'`))).toEqual([]);
  });
});
