// @vitest-environment node
// A Russian long date ends with its own abbreviation point ("30 июня 2024 г."): a message that put a full stop right
// after a date argument said "Статус на 30 июня 2024 г..". The catalogue leaves that point to the date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatDate } from '../data/dates';
import { formatMessage, loadCatalogue } from './catalogue';

/** The argument names the code fills with a formatted day (formatDate / useI18n's date). */
const DATE_ARGS = new Set(['date', 'from', 'to']);

/** Keys whose message has a full stop right after a date argument. */
function periodAfterDate(messages: Record<string, string>): string[] {
  const bad: string[] = [];
  const walk = (key: string, els: MessageFormatElement[]) => els.forEach((e, i) => {
    const next = els[i + 1];
    if (e.type === TYPE.argument && DATE_ARGS.has(e.value) && next?.type === TYPE.literal && next.value.startsWith('.')) bad.push(key);
    if ('options' in e) for (const o of Object.values(e.options)) walk(key, o.value);
  });
  for (const [key, m] of Object.entries(messages)) walk(key, parse(m));
  return bad;
}

describe('Russian dates and full stops', () => {
  it('a Russian long date ends with "г." (the reason for the rule)', () => {
    expect(formatDate('2024-06-30', 'ru')).toBe('30 июня 2024 г.');
  });

  it('no Russian message puts a full stop right after a date', () => {
    const ru = JSON.parse(readFileSync('src/i18n/messages/ru.json', 'utf8')) as Record<string, string>;
    expect(periodAfterDate(ru)).toEqual([]);
  });

  it('the record says "Статус на 30 июня 2024 г." with one point', async () => {
    await loadCatalogue('ru');
    expect(formatMessage('ru', 'record.asOf', { date: formatDate('2024-06-30', 'ru') })).toBe('Статус на 30 июня 2024 г.');
  });
});
