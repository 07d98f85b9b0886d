// The filter bar's words in each language: dimension titles, class names and the filter said as a sentence.
// Lists use Intl.ListFormat ("A or B", "A et B"), so each language joins them its own way.
import type { Atlas } from '../data/atlas';
import { DIMENSIONS, type Dimension, type Filters } from '../data/filters';
import { isLensId } from '../data/lenses';
import { formatMessage } from './catalogue';
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
