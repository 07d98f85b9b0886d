// The search box's ranking: countries by name, alias and ISO code, organisations and instruments by label and id.
// Matching ignores case, diacritics and punctuation ("cote d'ivoire" finds Côte d'Ivoire, "Turkiye" finds Türkiye),
// and knows every country by its names in all six UN languages whatever the page's language ("Corée", "Корея",
// "韩国", "كوريا" all find the Republic of Korea); labels are in the page's language. The countries' names are in the
// dataset; the network nodes' and blocs' names are in the catalogues, so the index takes every catalogue's names as
// `more` (virtual:search-names, loaded by the search box) and otherwise knows those of the catalogues loaded.
import { INSTRUMENT_LABELS, type Atlas } from './atlas';
import { allNames, nameOf, type CatalogueNames } from '../i18n/names';
import { groupName, groupNames } from '../i18n/entityWords';
import { blocSel, outlineBlocs } from './blocs';
import type { Lang } from '../i18n/langs';

export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  /** normalised names (name first, then aliases) */
  names: string[];
  /** the original names, parallel to `names`, to say which alias matched */
  shown: string[];
  /** normalised exact codes: ISO3, ISO numeric, node id */
  codes: string[];
}

export interface SearchHit { id: string; label: string; kind: string; matched?: string; score: number }

export const normalise = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function buildSearchIndex(atlas: Atlas, lang: Lang = 'en', more: CatalogueNames | null = null): SearchEntry[] {
  const entry = (id: string, label: string, kind: string, aliases: string[], codes: string[]): SearchEntry => {
    const shown = [label, ...aliases];
    return { id, label, kind, names: shown.map(normalise), shown, codes: codes.filter(Boolean).map(normalise) };
  };
  const named = (id: string, kind: string, codes: string[]) => {
    const label = nameOf(atlas, id, lang);
    return entry(id, label, kind, allNames(atlas, id, more).filter((n) => n !== label), codes);
  };
  return [
    ...atlas.countries.map((c) => named(c.id, 'country', [c.id, c.isoNumeric ?? ''])),
    ...atlas.dataset.nodes.map((n) => named(n.id, n.kind, [n.id])),
    ...Object.keys(INSTRUMENT_LABELS).map((id) => named(id, 'instrument', [id])),
    // a bloc is found by its name and id and selected as `bloc:<id>` (its members lit)
    ...outlineBlocs(atlas).map((b) => {
      const label = groupName(atlas, b.id, lang);
      return entry(blocSel(b.id), label, 'bloc', [b.name, ...groupNames(atlas, b.id, more)].filter((n) => n !== label), [b.id, blocSel(b.id)]);
    }),
  ];
}

function scoreName(name: string, q: string): number {
  if (name === q) return 90;
  if (name.startsWith(q)) return 70;
  if (name.split(' ').some((w) => w.startsWith(q)) || name.includes(` ${q}`)) return 50;
  return name.includes(q) ? 30 : 0;
}

/** Best matches first; ties go to countries, then to the shorter and alphabetically first label. */
export function search(index: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const e of index) {
    let score = e.codes.includes(q) ? 100 : 0;
    let matched: string | undefined;
    e.names.forEach((n, i) => {
      // an alias counts a little less than the official name
      const s = scoreName(n, q) - (i > 0 ? 2 : 0);
      if (s > score) { score = s; matched = i > 0 ? e.shown[i] : undefined; }
    });
    if (score > 0) hits.push({ id: e.id, label: e.label, kind: e.kind, matched, score });
  }
  const countryFirst = (h: SearchHit) => (h.kind === 'country' ? 0 : 1);
  return hits
    .sort((a, b) => b.score - a.score || countryFirst(a) - countryFirst(b) || a.label.length - b.label.length || a.label.localeCompare(b.label))
    .slice(0, limit);
}
