// Where a source line may give way. A line too long for the record is cut in the middle of its title, not at its end:
// it keeps the title's start and, whole while there is room, the words from the first one in which the title differs
// from every other source's title, then its date. Two sources whose titles start alike ("UN Statistics Division -
// Standard country or area codes for statistical use (M49)" and the same words followed by ", overview, in Arabic …")
// then read apart at a glance, not only on hover. Pure; computed once per set of source texts.
import type { Source } from '../../data/schema';
import type { Sources } from '../../data/sourceTexts';

/** Per source id, the index in its title where the part that tells it apart begins (0: from its first word, no
 *  other title shares it). The part begins at a word: the first word not shared with the closest other title (by
 *  common start); a title that is the start of another, or equal to it, keeps its last word (its date tells equal
 *  titles apart: tested on the dataset). */
export function distinctStarts(sources: Iterable<Source>): Map<string, number> {
  const list = [...sources];
  // the title with the longest common start is a neighbour in code-point order
  const titles = [...new Set(list.map((s) => s.title))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shared = new Map<string, number>(titles.map((t) => [t, 0]));
  const common = (a: string, b: string) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
  for (let i = 1; i < titles.length; i++) {
    const n = common(titles[i - 1], titles[i]);
    for (const t of [titles[i - 1], titles[i]]) shared.set(t, Math.max(shared.get(t)!, n));
  }
  const count = new Map<string, number>();
  for (const s of list) count.set(s.title, (count.get(s.title) ?? 0) + 1);
  const bySource = new Map<string, number>();
  for (const s of list) {
    const n = count.get(s.title)! > 1 ? s.title.length : shared.get(s.title)!;
    // back to the start of the word the common part ends in (a word shared only in part is not shared)
    bySource.set(s.id, n === 0 ? 0 : s.title.lastIndexOf(' ', n - 1) + 1);
  }
  return bySource;
}

const memo = new WeakMap<Sources, Map<string, number>>();
/** `distinctStarts` of the source texts, computed once per set of texts. */
export function distinctStartsOf(sources: Sources): Map<string, number> {
  let m = memo.get(sources);
  if (!m) memo.set(sources, (m = distinctStarts(sources.byId.values())));
  return m;
}
