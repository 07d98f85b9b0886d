// The filter's words in each language: the filter bar's dimension titles, class names and rule, and the noun phrase
// slides say it in. Lists use Intl.ListFormat ("A or B", "A et B"), so each language joins them its own way.
import type { Atlas } from '../data/atlas';
import { DIMENSIONS, type Dimension, type Filters } from '../data/filters';
import { isLensId, LENS_TREATY, type LensId } from '../data/lenses';
import { formatMessage, type MessageKey } from './catalogue';
import type { Lang } from './langs';
import { classLabel, lensShort } from './terms';
import { groupName } from './entityWords';

/** The chip title of a dimension. */
export function dimensionTitle(dim: Dimension, lang: Lang): string {
  if (isLensId(dim)) return lensShort(dim, lang);
  return formatMessage(lang, dim === 'region' ? 'filter.dim.region' : dim === 'network' ? 'filter.dim.network' : 'filter.dim.bloc');
}

/** A class of a dimension: status words and UN group names are translated; network and bloc names are data (English). */
export function filterClassLabel(atlas: Atlas, dim: Dimension, cls: string, lang: Lang): string {
  if (isLensId(dim)) return classLabel(dim, cls, lang);
  return dim === 'network' ? atlas.nodeById.get(cls)?.label ?? cls : groupName(atlas, cls, lang);
}

export const orList = (items: string[], lang: Lang) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);

/** "Budapest: Party or Signatory AND UN group: …" in the page language (AND in capitals, as the rule it is). */
export function describeFiltersIn(atlas: Atlas, f: Filters, lang: Lang): string {
  const parts: string[] = DIMENSIONS.filter((d) => f[d]?.length).map((d) => {
    const names = orList(f[d]!.map((c) => filterClassLabel(atlas, d, c, lang)), lang);
    const label = isLensId(d) ? lensShort(d, lang)
      : formatMessage(lang, d === 'region' ? 'filter.dim.region' : d === 'network' ? 'filter.desc.network' : 'filter.desc.bloc');
    return formatMessage(lang, 'filter.part', { label, names });
  });
  return parts.reduce((a, b) => formatMessage(lang, 'filter.and', { a, b }));
}

export const andList = (items: string[], lang: Lang) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/** How a slide names a treaty inside a sentence ("Budapest Parties", « États parties (Convention de Budapest) »). */
const TREATY_IN_SENTENCE: Partial<Record<LensId, MessageKey>> = {
  budapest: 'slide.treaty.budapest', 'budapest-p1': 'slide.treaty.budapest-p1', 'budapest-p2': 'slide.treaty.budapest-p2',
  'un-convention': 'slide.treaty.un-convention',
};
/** Class ids as ICU select keys ('no-data' falls to `other`). */
const selectKey = (cls: string) => (cls === 'not-member' ? 'notMember' : cls);

/** CETS 224 is not in force: the States of its `party` class ratified it and are not Parties to it (i18n/terms.ts). */
const ratifiedNotParty = (dim: LensId, cls: string) => dim === 'budapest-p2' && cls === 'party';

/** The treaty dimension as the noun that names the States: one message per class, "or" between classes. */
function nounOf(dim: LensId, classes: string[], lang: Lang): string | null {
  const name = TREATY_IN_SENTENCE[dim];
  if (!name) return null;
  const treaty = formatMessage(lang, name);
  const key: MessageKey = LENS_TREATY[dim] ? 'slide.filter.noun.treaty' : 'slide.filter.noun.unconv';
  return orList(classes.map((cls) => (ratifiedNotParty(dim, cls) ? formatMessage(lang, 'slide.filter.noun.protocolRatified', { treaty }) : formatMessage(lang, key, { cls: selectKey(cls), treaty }))), lang);
}

/** Any other dimension as what the States did or are: "voted Yes on A/RES/74/247", "are members of …". */
function verbOf(atlas: Atlas, dim: Dimension, classes: string[], lang: Lang): string {
  if (!isLensId(dim)) {
    const names = orList(classes.map((c) => filterClassLabel(atlas, dim, c, lang)), lang);
    const key: MessageKey = dim === 'region' ? 'slide.filter.verb.region' : dim === 'network' ? 'slide.filter.verb.network' : 'slide.filter.verb.bloc';
    return formatMessage(lang, key, { names });
  }
  const treaty = TREATY_IN_SENTENCE[dim];
  if (treaty) {
    const key: MessageKey = LENS_TREATY[dim] ? 'slide.filter.verb.treaty' : 'slide.filter.verb.unconv';
    const name = formatMessage(lang, treaty);
    return orList(classes.map((cls) => (ratifiedNotParty(dim, cls) ? formatMessage(lang, 'slide.filter.verb.protocolRatified', { treaty: name }) : formatMessage(lang, key, { cls: selectKey(cls), treaty: name }))), lang);
  }
  const resolution = atlas.resolutionById.get(dim)?.symbol ?? dim;
  // "voted Yes or No on A/RES/74/247", not the symbol twice
  if (classes.length === 2 && classes.includes('yes') && classes.includes('no')) return formatMessage(lang, 'slide.filter.verb.voteYesNo', { resolution });
  return orList(classes.map((cls) => formatMessage(lang, 'slide.filter.verb.vote', { cls: selectKey(cls), resolution })), lang);
}

/**
 * A filter said as a noun phrase a room can read, for slides: "Budapest Parties that voted Yes on A/RES/74/247".
 * The first treaty dimension names the States; the others say what they did. null for an empty filter.
 */
export function filterPhrase(atlas: Atlas, filters: Filters, lang: Lang): string | null {
  const dims = DIMENSIONS.filter((d) => filters[d]?.length);
  if (!dims.length) return null;
  let head: string | null = null;
  const rest: string[] = [];
  for (const d of dims) {
    const noun: string | null = head === null && isLensId(d) ? nounOf(d, filters[d]!, lang) : null;
    if (noun) head = noun;
    else rest.push(verbOf(atlas, d, filters[d]!, lang));
  }
  const noun = head ?? formatMessage(lang, 'slide.filter.states');
  return rest.length ? formatMessage(lang, 'slide.filter.that', { noun, what: andList(rest, lang) }) : noun;
}
