// Edge colours by family and dash patterns by stage, shared by the edges and the legend.
import type { EdgeFamily } from '../graph/model';

/** Searched (not hand-picked) so that a reader without red or green cones, or without blue ones, can still tell any two
 *  families apart: every pair is at least 11 CIEDE2000 apart under simulated deuteranopia, protanopia and tritanopia
 *  (Machado 2009) and 16 with full colour vision, pairs that meet at many nodes asked more; each colour is at least
 *  3:1 on white. Budapest keeps its blue; the rarest or hidden-by-default families take the darkest colours.
 *  tests/unit/palette.test.ts measures it with its own simulation. */
export const FAMILY_COLOURS: Record<EdgeFamily, string> = {
  budapest: '#2f6db5', 'un-convention': '#c94911', europol: '#e8627c', eurojust: '#c080b4', 'cloud-act': '#563f62',
  'contact-points': '#34a58c', capacity: '#1a39af',
  agencies: '#5e744c', regional: '#9a5773', structure: '#867bf0', interpol: '#1a5544', untoc: '#842804',
};

/** Stage → dash pattern (screen pixels). Ended links appear only before their end date, when they were in force.
 *  Solid is what is active at the date (graph/model.ts ACTIVE_STAGES: in force, ongoing, as the selection and the
 *  ego sectors count it); every dashed or dotted line is a relation not in force. */
export const STAGE_DASH: Record<string, string | undefined> = {
  in_force: undefined, ongoing: undefined, ended: undefined, signed: '5 3', invited: '5 3', deposited: '5 3', negotiating: '1.5 3', suspended: '6 2 1.5 2',
};

/** The legend's line styles, in its order; each one's name is i18n/entityWords.ts stageLegendName. */
export const STAGE_LEGEND: { stage: string }[] = [{ stage: 'in_force' }, { stage: 'signed' }, { stage: 'negotiating' }, { stage: 'suspended' }];

/** The legend's entry for a link's stage: the one drawn in the same line style (ended as in force; invited, and
 *  ratified or acceded but not yet in force, as signed). */
export const legendStage = (stage: string): string => STAGE_LEGEND.find((s) => STAGE_DASH[s.stage] === STAGE_DASH[stage])?.stage ?? 'in_force';
