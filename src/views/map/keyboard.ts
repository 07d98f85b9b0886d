// The map's own keyboard helper: type-ahead by name (the listbox pattern). Arrows, Home/End, Enter, Space and
// Escape follow the rule shared with the network (lib/rovingFocus.ts).

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
