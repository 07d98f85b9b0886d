// The dataset's own count beside each published total, at the total's date, counted the way the publisher
// counts: the UN Treaty Collection includes the European Union among the convention's signatories; the Council of
// Europe counts a State among the Parties from the deposit of its instrument, before the treaty is in force for it
// (Tunisia the 70th Party on the day it acceded, in force for it from 2024-07-01: coe:S109; 75 Parties on the day
// Benin, Fiji and Kiribati acceded, coe:S01), and the ratifications of CETS 224, which is not in force, as Parties
// (coe:S01). The `party` class is that count; the record says when each is in force (data/inForce.ts).
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
