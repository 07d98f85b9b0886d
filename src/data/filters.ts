// The filter model: `dimension:class,class` joined by `;` (OR inside a dimension, AND across dimensions).
import { currentMemberships, type Atlas } from './atlas';
import { LENSES, LENS_IDS, isLensId, statusAt, type LensId } from './lenses';
import { listValues, quoteValue } from '../lib/notices';
import { formatMessage } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';
import { onOrBefore } from './dates';

export type Dimension = LensId | 'region' | 'bloc' | 'network';
export const DIMENSIONS: readonly Dimension[] = [...LENS_IDS, 'region', 'bloc', 'network'];

/**
 * The `network` dimension: the 24/7 contact-point networks and the capacity-building programmes, each a node of the
 * cooperation network. A country is in one when it has a relation to it that holds at the date (as in the graph).
 */
const NETWORK_RELATIONS = new Set(['member_of', 'capacity_building']);
const NETWORK_NODES = ['budapest-247', 'g7-247', 'glacy-e', 'cybereast', 'cybersouth'];

function inNetworkAt(atlas: Atlas, id: string, want: readonly string[], t: string): boolean {
  return atlas.edges.some((e) => e.source === id && want.includes(e.target) && NETWORK_RELATIONS.has(e.relation)
    && (e.stage === 'ended' ? e.date !== undefined && !onOrBefore(e.date, t) : e.date === undefined || onOrBefore(e.date, t)));
}
/** Dimension → selected classes, in a canonical order (dimensions as DIMENSIONS, classes as given by classesOf). */
export type Filters = Partial<Record<Dimension, string[]>>;

export const EMPTY_FILTERS: Filters = Object.freeze({}) as Filters;

export function classesOf(atlas: Atlas, dim: Dimension): string[] {
  if (isLensId(dim)) return [...LENSES[dim].classes];
  if (dim === 'network') return NETWORK_NODES.filter((n) => atlas.nodeById.has(n));
  const kind = dim === 'region' ? 'un-group' : 'bloc';
  return atlas.blocs.filter((b) => b.kind === kind).map((b) => b.id);
}

/** Notices are in `lang` (the page's). */
export function parseFilters(atlas: Atlas, text: string | null, lang: Lang = 'en'): { filters: Filters; notices: string[] } {
  const filters: Filters = {};
  const notices: string[] = [];
  if (!text) return { filters, notices };
  // Bad parts are gathered and said once per kind: a crafted link with 10,000 of them gives two notices, not 10,000.
  const unknownDims: string[] = [];
  const unknownClasses = new Map<string, string[]>();
  for (const part of text.split(';').filter(Boolean)) {
    const [dim, values = ''] = part.split(':');
    if (!(DIMENSIONS as readonly string[]).includes(dim)) { unknownDims.push(part); continue; }
    const known = classesOf(atlas, dim as Dimension);
    const picked = values.split(',').filter(Boolean);
    const good = known.filter((c) => picked.includes(c));
    const bad = picked.filter((c) => !known.includes(c));
    if (bad.length) unknownClasses.set(dim, [...(unknownClasses.get(dim) ?? []), ...bad]);
    if (good.length) filters[dim as Dimension] = [...new Set([...(filters[dim as Dimension] ?? []), ...good])].sort((a, b) => known.indexOf(a) - known.indexOf(b));
  }
  if (unknownDims.length) notices.push(formatMessage(lang, 'notice.filterDim', { count: unknownDims.length, values: listValues(unknownDims, lang) }));
  for (const [dim, bad] of unknownClasses) notices.push(formatMessage(lang, 'notice.filterClass', { count: bad.length, dim: quoteValue(dim, lang), values: listValues(bad, lang) }));
  return { filters: canonical(filters), notices };
}

const canonical = (f: Filters): Filters =>
  Object.fromEntries(DIMENSIONS.filter((d) => f[d]?.length).map((d) => [d, f[d]!])) as Filters;

export function serialiseFilters(f: Filters): string {
  return DIMENSIONS.filter((d) => f[d]?.length).map((d) => `${d}:${f[d]!.join(',')}`).join(';');
}

export const isEmptyFilter = (f: Filters) => DIMENSIONS.every((d) => !f[d]?.length);

/** Adds or removes one class (the legend and the chips toggle classes). */
export function toggleClass(atlas: Atlas, f: Filters, dim: Dimension, cls: string): Filters {
  const cur = f[dim] ?? [];
  const next = cur.includes(cls) ? cur.filter((c) => c !== cls) : [...cur, cls];
  const order = classesOf(atlas, dim);
  return canonical({ ...f, [dim]: next.sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
}

export function matches(atlas: Atlas, f: Filters, id: string, t: string): boolean {
  for (const dim of DIMENSIONS) {
    const want = f[dim];
    if (!want?.length) continue;
    if (isLensId(dim)) {
      if (!want.includes(statusAt(atlas, dim, id, t).cls)) return false;
    } else if (dim === 'region') {
      if (!atlas.countryById.get(id)?.regions.some((r) => want.includes(r))) return false;
    } else if (dim === 'network') {
      if (!inNetworkAt(atlas, id, want, t)) return false;
    // "member of": observers (the USA at the Council of Europe, say) do not count; suspended members do.
    } else if (!currentMemberships(atlas, id, t).some((m) => m.status !== 'observer' && want.includes(m.bloc))) return false;
  }
  return true;
}

/** The countries that pass the filter (all of them when it is empty). */
export function matchingIds(atlas: Atlas, f: Filters, t: string): Set<string> {
  return new Set(atlas.countries.filter((c) => matches(atlas, f, c.id, t)).map((c) => c.id));
}

/** "Parties to Budapest AND voted yes on 74/247" — the filter said in words. */
export function describeFilters(atlas: Atlas, f: Filters): string {
  return DIMENSIONS.filter((d) => f[d]?.length)
    .map((d) => {
      const names = f[d]!.map((c) => (isLensId(d) ? LENSES[d].classLabels[c] : d === 'network' ? atlas.nodeById.get(c)?.label ?? c : atlas.blocs.find((b) => b.id === c)?.name ?? c));
      const label = isLensId(d) ? LENSES[d].short : d === 'region' ? 'UN group' : d === 'network' ? 'in network' : 'member of';
      return `${label}: ${names.join(' or ')}`;
    })
    .join(' AND ');
}
