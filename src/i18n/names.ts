// Names in the active language. Member and observer States (and the territories the UN M49 list names) carry their
// UN names in data/raw/names.csv; anything else falls back to the browser's CLDR names (Intl.DisplayNames), marked
// as such, and then to the dataset's English name. Pure: the map scene, graph and search call it.
import { entityName, type Atlas } from '../data/atlas';
import type { Lang } from './langs';

/** Where a displayed name comes from: the UN's list, the browser's locale data, or the dataset's English name. */
export type NameSource = 'un' | 'browser' | 'dataset';

/** ISO alpha-2 codes for the registry entries the UN list does not name (Intl.DisplayNames needs alpha-2). */
const ALPHA2: Record<string, string> = { TWN: 'TW', XKX: 'XK' };

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
function browserName(id: string, lang: Lang): string | undefined {
  const code = ALPHA2[id];
  if (!code) return undefined;
  if (!displayNames.has(lang)) {
    try { displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })); }
    catch { displayNames.set(lang, null); }
  }
  return displayNames.get(lang)?.of(code) || undefined;
}

export function nameWithSource(atlas: Atlas, id: string, lang: Lang): { name: string; source: NameSource } {
  if (lang !== 'en') {
    const un = atlas.namesById.get(id)?.[lang];
    if (un) return { name: un, source: 'un' };
    if (atlas.countryById.has(id)) {
      const b = browserName(id, lang);
      if (b) return { name: b, source: 'browser' };
    }
    return { name: entityName(atlas, id), source: 'dataset' };
  }
  return { name: entityName(atlas, id), source: atlas.countryById.has(id) ? 'un' : 'dataset' };
}

/** The name of a country, territory, organisation or instrument in `lang`. */
export const nameOf = (atlas: Atlas, id: string, lang: Lang): string => nameWithSource(atlas, id, lang).name;

/** Every name an entity is known by, in all six languages (search matches any of them). */
export function allNames(atlas: Atlas, id: string): string[] {
  const n = atlas.namesById.get(id);
  const out = [entityName(atlas, id), ...(atlas.countryById.get(id)?.aliases ?? [])];
  if (n) for (const l of ['ar', 'zh', 'fr', 'ru', 'es'] as const) if (n[l]) out.push(n[l]!);
  return out;
}
