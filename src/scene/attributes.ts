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

/** The flag attributes, always all seven keys (so a diff sees a flag going away). */
export function flagAttributes(f: Flags): Attrs {
  return {
    'data-selected': flag(f.selected),
    'data-dimmed': flag(f.dimmed),
    'data-highlighted': flag(f.highlighted),
    'data-flagged': flag(f.flagged),
    'data-changed': flag(f.changed),
    'data-legend-hover': flag(f.legendHover),
    'data-related-apart': flag(f.apart),
  };
}

/** What a map mark or graph node carries beyond its id: class, flags, name and pressed state. */
export function entityAttributes(status: string, label: string, f: Flags): Attrs {
  return { 'data-status': status, ...flagAttributes(f), 'aria-label': label, 'aria-pressed': f.selected ? 'true' : 'false' };
}

/** A network node's attributes beyond the contract's (README "Additions beyond the contract"): reached through a
 * national body of the selection, and inside the hovered node's neighbourhood (the rest fades). */
export function graphNodeAttributes(n: { via: boolean; hoverIn: boolean }): Attrs {
  return { 'data-via': flag(n.via), 'data-hover-in': flag(n.hoverIn) };
}

/** For painters: set or remove each attribute on a live element. */
export function applyAttributes(el: Element, a: Attrs): void {
  for (const k in a) {
    const v = a[k];
    if (v === null) el.removeAttribute(k);
    else el.setAttribute(k, v);
  }
}

/** Only the entries of `next` that differ from `prev`. */
export function changedAttributes(prev: Attrs | undefined, next: Attrs): Attrs | null {
  let out: Attrs | null = null;
  for (const k in next) if (!prev || prev[k] !== next[k]) (out ??= {})[k] = next[k];
  return out;
}

/** Attribute text for a string renderer, XML-escaped, absent ones left out. */
export function attributeText(a: Attrs): string {
  let out = '';
  for (const k in a) if (a[k] !== null) out += ` ${k}="${escapeXml(a[k]!)}"`;
  return out;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
