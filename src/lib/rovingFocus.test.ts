// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTabStop, rovingKey, type KeyRule } from './rovingFocus';

/** Items that record what is written to them and which one has the focus. */
function items(ids: string[]) {
  const attrs = new Map(ids.map((id) => [id, new Map<string, string>([['tabindex', '-1']])]));
  const writes: string[] = [];
  let focused: string | null = null;
  const element = (id: string) => (attrs.has(id) ? {
    setAttribute: (k: string, v: string) => { attrs.get(id)!.set(k, v); writes.push(`${id}.${k}=${v}`); },
    focus: () => { focused = id; },
  } : null);
  const inTabOrder = () => ids.filter((id) => attrs.get(id)!.get('tabindex') === '0');
  return { element, writes, inTabOrder, focused: () => focused };
}

describe('one tab stop', () => {
  it('keeps exactly one item in the tab order and writes only when it moves', () => {
    const it = items(['a', 'b', 'c']);
    const stop = createTabStop(it.element);
    stop.set('a');
    expect(it.inTabOrder()).toEqual(['a']);
    stop.set('a');
    expect(it.writes).toEqual(['a.tabindex=0']);
    stop.set('c');
    expect(it.inTabOrder()).toEqual(['c']);
    expect(it.writes).toEqual(['a.tabindex=0', 'a.tabindex=-1', 'c.tabindex=0']);
    stop.focus('b');
    expect(it.inTabOrder()).toEqual(['b']);
    expect(it.focused()).toBe('b');
    expect(stop.id).toBe('b');
    // an item not drawn (filtered out) can be the tab stop without an error; none is in the tab order meanwhile
    stop.set('zz');
    expect(it.inTabOrder()).toEqual([]);
  });
});

describe('one key rule', () => {
  const log: string[] = [];
  const rule: KeyRule = {
    neighbour: (id, dir) => (id === 'a' && dir === 'right' ? 'b' : null),
    ends: () => ['a', 'z'],
    move: (id) => log.push(`move ${id}`),
    select: (id) => log.push(`select ${id}`),
    clear: () => log.push('clear'),
  };

  it('arrows move to the neighbour that way (and stay put, still handled, where there is none)', () => {
    log.length = 0;
    expect(rovingKey('ArrowRight', 'a', rule)).toBe(true);
    expect(rovingKey('ArrowLeft', 'a', rule)).toBe(true);
    expect(log).toEqual(['move b']);
  });

  it('Enter and Space select, Escape clears, Home and End go to the ends; other keys are not theirs', () => {
    log.length = 0;
    for (const key of ['Enter', ' ', 'Escape', 'Home', 'End']) expect(rovingKey(key, 'b', rule)).toBe(true);
    expect(log).toEqual(['select b', 'select b', 'clear', 'move a', 'move z']);
    expect(rovingKey('x', 'b', rule)).toBe(false);
    expect(rovingKey('Tab', 'b', rule)).toBe(false);
  });

  it('without ends, Home and End are left to the page', () => {
    expect(rovingKey('Home', 'b', { ...rule, ends: undefined })).toBe(false);
  });
});
