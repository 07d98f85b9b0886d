// The slide layouts a step can choose in the deck editor (kept apart from the slide model, which is heavier, so the
// deck validator can name them without loading it).
export const LAYOUT_IDS = ['map', 'network', 'map-record', 'map-network', 'matrix', 'compare', 'table'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];
export const isLayoutId = (v: unknown): v is LayoutId => (LAYOUT_IDS as readonly unknown[]).includes(v);

/** A note pinned to a country on the map. */
export interface Callout { id: string; text: string }
