// One roving focus for map and network (the ARIA "roving tabindex" pattern): exactly one item is in the tab order,
// and one key rule moves and selects. Framework-free; each view passes its own items and neighbour function (the map:
// geographic neighbours; the network: linked nodes in the arrow's direction). The pointer's click rule is the store's
// `entityClicked`.

export type Direction = 'up' | 'down' | 'left' | 'right';
export const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Whether `el`'s focus is drawn (a keyboard's, not a click's): where `:focus-visible` is unknown, drawn. */
export const isFocusVisible = (el: Element): boolean => { try { return el.matches(':focus-visible'); } catch { return true; } };

interface Focusable { setAttribute(name: string, value: string): void; focus(): void }

export interface TabStop {
  /** the item in the tab order, null for none */
  readonly id: string | null;
  /** makes `id` the one item in the tab order (writes two attributes, only when it changes) */
  set(id: string | null): void;
  /** the tab stop and the keyboard focus move to `id` */
  focus(id: string): void;
}

/** The one tab stop over items found by id (`element`: null while an item is not drawn). Items are drawn with
 *  tabindex -1; this writes 0 on the tab stop. */
export function createTabStop(element: (id: string) => Focusable | null | undefined): TabStop {
  let stop: string | null = null;
  const set = (id: string | null) => {
    if (id === stop) return;
    if (stop) element(stop)?.setAttribute('tabindex', '-1');
    if (id) element(id)?.setAttribute('tabindex', '0');
    stop = id;
  };
  return {
    get id() { return stop; },
    set,
    focus(id) { set(id); element(id)?.focus(); },
  };
}

/** What a view's keys do, item by item. */
export interface KeyRule {
  /** the item an arrow key leads to from `id`, if any */
  neighbour: (id: string, dir: Direction) => string | null | undefined;
  /** the first and last items for Home and End (left out: those keys are the page's) */
  ends?: () => readonly [string, string] | null;
  /** the keyboard focus moves to `id` (the view brings it into view and calls TabStop.focus) */
  move: (id: string) => void;
  /** Enter or Space: select (never toggles: the pointer's click toggles) */
  select: (id: string) => void;
  /** Escape: clear the selection */
  clear: () => void;
}

/** The key rule of map and network for a key pressed on item `id`; true when the key was theirs (the caller then
 *  prevents the browser's default: scrolling, for arrows and Space). An arrow with no neighbour that way is still
 *  theirs: it stays put rather than scroll the page. */
export function rovingKey(key: string, id: string, rule: KeyRule): boolean {
  const dir = ARROWS[key];
  if (dir) {
    const next = rule.neighbour(id, dir);
    if (next) rule.move(next);
    return true;
  }
  if (key === 'Enter' || key === ' ') { rule.select(id); return true; }
  if (key === 'Escape') { rule.clear(); return true; }
  if ((key === 'Home' || key === 'End') && rule.ends) {
    const ends = rule.ends();
    if (ends) rule.move(key === 'Home' ? ends[0] : ends[1]);
    return true;
  }
  return false;
}

// Type-ahead by name (the listbox pattern), for map and network alike: letters typed in quick succession move the
// focus to the next item whose name starts with them.
/** Letters typed within this many ms accumulate into one search. */
export const TYPE_AHEAD_MS = 1000;

/**
 * The next id (in `order`) whose name starts with `text`, searching from `fromId`: from the one after it for a
 * single letter (so pressing "S" again cycles through the S names), from itself for a longer prefix.
 */
export function typeAheadMatch(order: readonly string[], nameOf: (id: string) => string, fromId: string, text: string): string | undefined {
  const start = Math.max(0, order.indexOf(fromId) + (text.length === 1 ? 1 : 0));
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  return rotated.find((id) => nameOf(id).toLowerCase().startsWith(text));
}

/** The text typed so far for each key: a letter typed alone (no Ctrl, Meta or Alt) within TYPE_AHEAD_MS of the last
 *  one adds to it, else starts it again; null for any other key. One letter pressed again and again is that letter,
 *  so that it cycles through the names starting with it. */
export function createTypeAhead() {
  let text = '', at = 0;
  return (e: { key: string; timeStamp: number; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): string | null => {
    if (!/^\p{L}$/u.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return null;
    text = (e.timeStamp - at < TYPE_AHEAD_MS ? text : '') + e.key.toLowerCase();
    at = e.timeStamp;
    return [...text].every((c) => c === text[0]) ? text[0] : text;
  };
}
