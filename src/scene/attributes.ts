// The one writer of the contract's attributes (shared/design/CONTRACT.md, README "URL and automation"): the map
// painter, the graph's nodes and the SVG renderer all take their attribute values from here, so names, values and
// the order of flags cannot drift apart.

/** An attribute's value, or null when it is absent (the contract's flags are "true" when set, absent otherwise). */
export type Attrs = Record<string, string | null>;

export interface Flags {
  selected: boolean;
  dimmed: boolean;
  highlighted: boolean;
  flagged?: boolean;
  changed?: boolean;
  legendHover?: boolean;
  /** related to the selection, but not in force at the date (map marks; README "Additions beyond the contract") */
  apart?: boolean;
}

const flag = (on: boolean | undefined) => (on ? 'true' : null);

/** Each flag and its attribute, in the contract's order. */
const FLAGS: readonly (readonly [keyof Flags, string])[] = [
  ['selected', 'data-selected'], ['dimmed', 'data-dimmed'], ['highlighted', 'data-highlighted'], ['flagged', 'data-flagged'],
  ['changed', 'data-changed'], ['legendHover', 'data-legend-hover'], ['apart', 'data-related-apart'],
];

/** The flag attributes, always all seven keys (so a diff sees a flag going away). */
export function flagAttributes(f: Flags): Attrs {
  const a: Attrs = {};
  for (const [k, name] of FLAGS) a[name] = flag(f[k]);
  return a;
}

/** What a map mark or graph node carries beyond its id: class, flags, name and pressed state. The live painters leave
 *  the name out (they write it after the paint from the scene's names); a string renderer passes it. */
export function entityAttributes(status: string, f: Flags, label?: string): Attrs {
  const a: Attrs = { 'data-status': status, ...flagAttributes(f) };
  if (label !== undefined) a['aria-label'] = label;
  a['aria-pressed'] = f.selected ? 'true' : 'false';
  return a;
}

/** The attributes of `entityAttributes` (without the name) that differ between two states, null when none: read from
 *  the states' fields, so a lens change (~440 marks and nodes) builds no attribute objects to compare. */
export function changedEntityAttributes(prev: Flags & { status: string }, next: Flags & { status: string }): Attrs | null {
  let out: Attrs | null = null;
  if (prev.status !== next.status) (out ??= {})['data-status'] = next.status;
  for (const [k, name] of FLAGS) if (!prev[k] !== !next[k]) (out ??= {})[name] = flag(next[k]);
  if (prev.selected !== next.selected) (out ??= {})['aria-pressed'] = next.selected ? 'true' : 'false';
  return out;
}

type NodeFlags = { via: boolean; hoverIn: boolean };
/** A network node's attributes beyond the contract's (README "Additions beyond the contract"): reached through a
 * national body of the selection, and inside the hovered node's neighbourhood (the rest fades). */
export function graphNodeAttributes(n: NodeFlags): Attrs {
  return { 'data-via': flag(n.via), 'data-hover-in': flag(n.hoverIn) };
}

/** `graphNodeAttributes` that differ between two states, added to `out` (made when needed). */
export function changedGraphNodeAttributes(prev: NodeFlags, next: NodeFlags, out: Attrs | null): Attrs | null {
  if (prev.via !== next.via) (out ??= {})['data-via'] = flag(next.via);
  if (prev.hoverIn !== next.hoverIn) (out ??= {})['data-hover-in'] = flag(next.hoverIn);
  return out;
}

/** For painters: set or remove each attribute on a live element. */
export function applyAttributes(el: Element, a: Attrs): void {
  for (const k in a) {
    const v = a[k];
    if (v === null) el.removeAttribute(k);
    else el.setAttribute(k, v);
  }
}

/** Attribute text for a string renderer, XML-escaped, absent ones left out. */
export function attributeText(a: Attrs): string {
  let out = '';
  for (const k in a) if (a[k] !== null) out += ` ${k}="${escapeXml(a[k]!)}"`;
  return out;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
