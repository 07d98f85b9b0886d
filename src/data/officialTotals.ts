// The dataset's own count beside each published total, at the total's date, counted the way the publisher
// counts: the UN Treaty Collection includes the European Union among the convention's signatories.
import type { Atlas } from './atlas';
import { countByClass, isLensId, statusAt, LENSES } from './lenses';
import type { OfficialTotal } from './schema';

export function datasetCount(atlas: Atlas, total: OfficialTotal): number | null {
  if (!isLensId(total.lens)) return null;
  const counts = countByClass(atlas, total.lens, total.date);
  const states = total.classes.reduce((n, c) => n + (counts[c] ?? 0), 0);
  const eu = total.lens === 'un-convention' && total.classes.includes(statusAt(atlas, 'un-convention', 'eu', total.date).cls) ? 1 : 0;
  return states + eu;
}

/** Why a total cannot be compared: an unknown lens or a class the lens does not have. */
export function totalProblem(total: OfficialTotal): string | null {
  if (!isLensId(total.lens)) return `unknown lens "${total.lens}"`;
  const bad = total.classes.find((c) => !LENSES[total.lens as keyof typeof LENSES].classes.includes(c));
  return bad ? `class "${bad}" is not a class of lens ${total.lens}` : null;
}
