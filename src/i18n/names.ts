// Names in the active language. Member and observer States (and the territories the UN M49 list names) carry their
// UN names in data/raw/names.csv; anything else falls back to the browser's CLDR names (Intl.DisplayNames), marked
// as such, and then to the dataset's English name. Pure: the map scene, graph and search call it.
import { entityName, type Atlas } from '../data/atlas';
import { blocOfSel } from '../data/blocIds';
import { groupName } from './entityWords';
import { LANGS, type Lang } from './langs';

/** Where a displayed name comes from: the UN's list, the browser's locale data, or the dataset's English name. */
export type NameSource = 'un' | 'browser' | 'dataset';

/** ISO alpha-2 codes for the registry entries the UN list does not name (Intl.DisplayNames needs alpha-2). */
const ALPHA2: Record<string, string> = { TWN: 'TW', XKX: 'XK' };
const alpha2 = (atlas: Atlas, id: string) => atlas.namesById.get(id)?.iso2 ?? ALPHA2[id];

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
/** The browser's (Unicode CLDR) name of a country or territory, if it knows one. */
export function browserName(atlas: Atlas, id: string, lang: Lang): string | undefined {
  const code = alpha2(atlas, id);
  if (!code) return undefined;
  if (!displayNames.has(lang)) {
    try { displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })); }
    catch { displayNames.set(lang, null); }
  }
  return displayNames.get(lang)?.of(code) || undefined;
}

export function nameWithSource(atlas: Atlas, id: string, lang: Lang): { name: string; source: NameSource } {
  const bloc = blocOfSel(id);
  if (bloc !== null) return { name: groupName(atlas, bloc, lang), source: 'dataset' };
  if (lang !== 'en') {
    const un = atlas.namesById.get(id)?.[lang];
    if (un) return { name: un, source: 'un' };
    if (atlas.countryById.has(id)) {
      const b = browserName(atlas, id, lang);
      if (b) return { name: b, source: 'browser' };
    }
    return { name: entityName(atlas, id), source: 'dataset' };
  }
  return { name: entityName(atlas, id), source: atlas.countryById.has(id) ? 'un' : 'dataset' };
}

/** The name of a country, territory, organisation or instrument in `lang`. */
export const nameOf = (atlas: Atlas, id: string, lang: Lang): string => nameWithSource(atlas, id, lang).name;

/**
 * Every name search should know an entity by: its UN names in the six languages, the dataset's aliases, and the
 * browser's common names in the six (CLDR: "韩国", "Corée du Sud"), so the usual short forms are found too.
 */
export function allNames(atlas: Atlas, id: string): string[] {
  const n = atlas.namesById.get(id);
  const out = [entityName(atlas, id), ...(atlas.countryById.get(id)?.aliases ?? [])];
  if (n) for (const l of ['ar', 'zh', 'fr', 'ru', 'es'] as const) if (n[l]) out.push(n[l]!);
  if (atlas.countryById.has(id)) for (const l of LANGS) { const b = browserName(atlas, id, l); if (b) out.push(b); }
  return [...new Set(out)];
}
