// A filter said as a noun phrase a room can read: "Budapest Parties that voted Yes on A/RES/74/247".
import type { Atlas } from '../data/atlas';
import { DIMENSIONS, type Filters } from '../data/filters';
import { isLensId, LENS_TREATY, type LensId } from '../data/lenses';
import { FILTER_WORDS as W } from './slideStrings';

const symbolOf = (atlas: Atlas, lens: LensId) => atlas.resolutionById.get(lens)?.symbol ?? lens;

function nounOf(dim: LensId, classes: string[]): string | null {
  const name = W.treatyName[dim];
  if (LENS_TREATY[dim]) return classes.map((c) => W.treatyNoun[c]?.(name) ?? c).join(` ${W.or} `);
  if (dim === 'un-convention') return classes.map((c) => W.conventionNoun[c]?.(name) ?? c).join(` ${W.or} `);
  return null;
}

function verbOf(atlas: Atlas, dim: string, classes: string[]): string {
  const or = ` ${W.or} `;
  if (dim === 'region' || dim === 'bloc') {
    const names = classes.map((c) => atlas.blocs.find((b) => b.id === c)?.name ?? c).join(or);
    return dim === 'region' ? W.region(names) : W.bloc(names);
  }
  if (!isLensId(dim)) return classes.join(or);
  if (LENS_TREATY[dim]) return classes.map((c) => W.treatyVerb[c]?.(W.treatyName[dim]) ?? c).join(or);
  if (dim === 'un-convention') return classes.map((c) => W.conventionVerb[c]?.(W.treatyName[dim]) ?? c).join(or);
  const symbol = symbolOf(atlas, dim);
  // "voted Yes or No on A/RES/74/247", not the symbol twice
  const votes = classes.map((c) => W.vote[c]?.(symbol) ?? c);
  return votes.length > 1 && votes.every((v) => v.startsWith('voted ') && v.endsWith(` on ${symbol}`))
    ? `voted ${votes.map((v) => v.slice(6, -(symbol.length + 4))).join(or)} on ${symbol}`
    : votes.join(or);
}

/** null for an empty filter. The first treaty dimension names the states; the others say what they did. */
export function filterPhrase(atlas: Atlas, filters: Filters): string | null {
  const dims = DIMENSIONS.filter((d) => filters[d]?.length);
  if (!dims.length) return null;
  let head: string | null = null;
  const rest: string[] = [];
  for (const d of dims) {
    const noun: string | null = head === null && isLensId(d) ? nounOf(d, filters[d]!) : null;
    if (noun) head = noun;
    else rest.push(verbOf(atlas, d, filters[d]!));
  }
  return [head ?? W.states, rest.length ? `${W.that} ${rest.join(` ${W.and} `)}` : ''].filter(Boolean).join(' ');
}
