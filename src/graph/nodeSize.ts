// Node sizes, shared by the layout (collision) and the renderer so they always agree.
import type { GraphNode } from './model';

/** Instruments and bodies with many parties or partners: they anchor the picture and are always labelled. */
const HUB_IDS: readonly string[] = ['budapest', 'un-convention', 'europol', 'eurojust', 'interpol', 'untoc'];
export const isHub = (id: string) => HUB_IDS.includes(id);

/** Radius in screen pixels at zoom 1. */
export function nodeRadius(node: GraphNode): number {
  if (isHub(node.id)) return 11;
  switch (node.kind) {
    case 'country': return 5;
    case 'instrument': return 8;
    default: return 7;
  }
}
