// The words of an exported view, all from the dataset: lens title, what is filtered or selected, the as-of date,
// the legend counts and a source line naming where the coloured facts come from.
import { entityName, type Atlas } from '../data/atlas';
import { formatDate } from '../data/dates';
import { describeFilters, isEmptyFilter } from '../data/filters';
import { countByClass, LENSES, statusAt } from '../data/lenses';
import type { View } from '../store/appStore';

export interface SlideText {
  title: string;
  subtitle: string;
  asOf: string;
  source: string;
  legend: { cls: string; label: string; count: number }[];
}

const host = (url: string) => {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
};

export function slideText(atlas: Atlas, view: View): SlideText {
  const lens = LENSES[view.lens];
  const date = view.t ?? atlas.asOf;
  const parts: string[] = [];
  if (!isEmptyFilter(view.filters)) parts.push(`Showing ${describeFilters(atlas, view.filters)}`);
  if (view.sel) parts.push(`Selected: ${entityName(atlas, view.sel)}`);
  if (view.cmp.length) parts.push(`Compared: ${view.cmp.map((id) => entityName(atlas, id)).join(', ')}`);
  if (view.focus) parts.push(`Network around ${entityName(atlas, view.focus.id)} (${view.focus.depth === 1 ? 'direct links' : 'two steps'})`);

  const sourceCount = new Map<string, number>();
  let unverified = 0;
  for (const c of atlas.countries) {
    const s = statusAt(atlas, view.lens, c.id, date);
    if (s.unverified) unverified++;
    for (const id of s.sources) sourceCount.set(id, (sourceCount.get(id) ?? 0) + 1);
  }
  const hosts = new Map<string, number>();
  for (const [id, n] of sourceCount) {
    const h = host(atlas.sourceById.get(id)?.url ?? '');
    if (h) hosts.set(h, (hosts.get(h) ?? 0) + n);
  }
  const top = [...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
  const named = top.slice(0, 4).join(', ') + (top.length > 4 ? ` and ${top.length - 4} more` : '');
  const source = [
    sourceCount.size ? `Sources: ${sourceCount.size} documents (${named})` : 'Sources: none for this lens at this date',
    unverified ? `${unverified} ${unverified === 1 ? 'entry' : 'entries'} marked unverified` : '',
    `Cybercrime Cooperation Atlas v${atlas.version}, data as of ${formatDate(atlas.asOf)}`,
  ].filter(Boolean).join(' · ');

  const counts = countByClass(atlas, view.lens, date);
  return {
    title: lens.label,
    subtitle: parts.join(' · '),
    asOf: `As of ${formatDate(date)}`,
    source,
    legend: lens.classes.map((cls) => ({ cls, label: lens.classLabels[cls], count: counts[cls] ?? 0 })),
  };
}
