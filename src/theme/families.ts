// Edge colours by family and dash patterns by stage, shared by the edges and the legend.
import type { EdgeFamily } from '../graph/model';

export const FAMILY_COLOURS: Record<EdgeFamily, string> = {
  budapest: '#2f6db5', 'un-convention': '#c2572b', europol: '#7a4fb0', eurojust: '#b0428a', 'cloud-act': '#1f8a70',
  'contact-points': '#d97706', capacity: '#0e7490',
  agencies: '#8a6d1f', regional: '#5d7a2e', structure: '#6b7280', interpol: '#3a8fb7', untoc: '#a0522d',
};

/** Stage → dash pattern (screen pixels). Ended links appear only before their end date, when they were in force.
 *  Solid is what is active at the date (graph/model.ts ACTIVE_STAGES: in force, ongoing, as the selection and the
 *  ego sectors count it); every dashed or dotted line is a relation not in force. */
export const STAGE_DASH: Record<string, string | undefined> = {
  in_force: undefined, ongoing: undefined, ended: undefined, signed: '5 3', invited: '5 3', negotiating: '1.5 3', suspended: '6 2 1.5 2',
};

export const STAGE_LEGEND: { stage: string; label: string }[] = [
  { stage: 'in_force', label: 'In force or ongoing' },
  { stage: 'signed', label: 'Signed or invited' },
  { stage: 'negotiating', label: 'Negotiating' },
  { stage: 'suspended', label: 'Suspended' },
];
