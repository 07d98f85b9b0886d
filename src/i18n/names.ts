// Names in the active language. Member and observer States (and the territories the UN M49 list names) carry their
// UN names in data/raw/names.csv; anything else falls back to the browser's CLDR names (Intl.DisplayNames), marked
// as such, and then to the dataset's English name. The network's organisations, agencies and instruments carry
// their names in the message catalogues (official titles where a source gave one: data/RESEARCH-LOG.md). Pure: the
// map scene, graph, slides and search call it.
import { entityName, type Atlas } from '../data/atlas';
import { blocOfSel } from '../data/blocIds';
import { countryLabel, shortLabel } from '../graph/labels';
import type { GraphNode } from '../graph/model';
import { formatMessage, type MessageKey } from './catalogue';
import { BLOC_NAME, groupName } from './entityWords';
import { LANGS, type Lang } from './langs';
import { ownTable } from '../lib/ownTable';

/** Where a displayed name comes from: the UN's list, the browser's locale data, the catalogues, or the dataset. */
export type NameSource = 'un' | 'browser' | 'catalogue' | 'dataset';

/** The network nodes' names in the catalogues. The six nodes that are also blocs share the blocs' names, the two
 *  treaties the lenses' names; the English `nodeName.*` messages equal the dataset's labels (names.test.ts). */
const NODE_NAME: Readonly<Record<string, MessageKey>> = ownTable({
  europol: 'nodeName.europol', ec3: 'nodeName.ec3', 'j-cat': 'nodeName.j-cat', eurojust: 'nodeName.eurojust',
  interpol: 'nodeName.interpol', 'g7-247': 'nodeName.g7-247', ecowas: 'nodeName.ecowas', fbi: 'nodeName.fbi',
  bka: 'nodeName.bka', 'spo-kor': 'nodeName.spo-kor', microsoft: 'nodeName.microsoft', 'cloud-act': 'nodeName.cloud-act',
  untoc: 'nodeName.untoc', malabo: 'nodeName.malabo', 'arab-ict': 'nodeName.arab-ict', 'cis-2001': 'nodeName.cis-2001',
  'cis-2018': 'nodeName.cis-2018', 'sco-2009': 'nodeName.sco-2009', 'ecowas-dir-2011': 'nodeName.ecowas-dir-2011',
  'oas-mla': 'nodeName.oas-mla', 'budapest-247': 'nodeName.budapest-247', 'glacy-e': 'nodeName.glacy-e',
  cybereast: 'nodeName.cybereast', cybersouth: 'nodeName.cybersouth',
  ...Object.fromEntries(['eu', 'au', 'arab-league', 'cis', 'sco', 'oas'].map((id) => [id, BLOC_NAME[id]])),
  budapest: 'lens.budapest', 'un-convention': 'lens.un-convention',
});
/** Short forms for the graph's labels, where the name's own parenthesis gives none ("Europol (…)" → "Europol"). */
const NODE_SHORT: Readonly<Record<string, MessageKey>> = ownTable({
  budapest: 'nodeShort.budapest', 'un-convention': 'nodeShort.un-convention', untoc: 'nodeShort.untoc', eu: 'nodeShort.eu',
  au: 'nodeShort.au', 'arab-league': 'nodeShort.arab-league', cis: 'nodeShort.cis', sco: 'nodeShort.sco', oas: 'nodeShort.oas',
  ecowas: 'nodeShort.ecowas', 'g7-247': 'nodeShort.g7-247', 'budapest-247': 'nodeShort.budapest-247', fbi: 'nodeShort.fbi',
  bka: 'nodeShort.bka', 'spo-kor': 'nodeShort.spo-kor', 'cloud-act': 'nodeShort.cloud-act', malabo: 'nodeShort.malabo',
  'arab-ict': 'nodeShort.arab-ict', 'cis-2001': 'nodeShort.cis-2001', 'cis-2018': 'nodeShort.cis-2018',
  'sco-2009': 'nodeShort.sco-2009', 'ecowas-dir-2011': 'nodeShort.ecowas-dir-2011', 'oas-mla': 'nodeShort.oas-mla',
});
/** The ids of the network nodes the catalogues name (the catalogue test checks each has a name in all six). */
export const CATALOGUED_NODES: readonly string[] = Object.keys(NODE_NAME);
/** A catalogue's text for a node, or undefined while no catalogue has it (formatMessage then says the key). */
const nodeText = (keys: Record<string, MessageKey>, id: string, lang: Lang): string | undefined => {
  const key = keys[id];
  const text = key && formatMessage(lang, key);
  return text && text !== key ? text : undefined;
};

/** ISO alpha-2 codes for the registry entries the UN list does not name (Intl.DisplayNames needs alpha-2). */
const ALPHA2: Readonly<Record<string, string>> = ownTable({ TWN: 'TW', XKX: 'XK' });
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
    const own = nodeText(NODE_NAME, id, lang);
    if (own) return { name: own, source: 'catalogue' };
    return { name: entityName(atlas, id), source: 'dataset' };
  }
  return { name: entityName(atlas, id), source: atlas.countryById.has(id) ? 'un' : 'dataset' };
}

/** The name of a country, territory, organisation or instrument in `lang`. */
export const nameOf = (atlas: Atlas, id: string, lang: Lang): string => nameWithSource(atlas, id, lang).name;

/** A node's label on the network and its slides: the catalogues' short form, else its name in `lang` shortened as
 *  graph/labels.ts shortens ("Europol (…)" → "Europol"); in English the dataset's label, shortened the same way. */
export function labelOf(atlas: Atlas, node: GraphNode, lang: Lang): string {
  const short = nodeText(NODE_SHORT, node.id, lang);
  if (short) return short;
  if (lang === 'en') return shortLabel(node);
  const name = nameOf(atlas, node.id, lang);
  return node.kind === 'country' ? countryLabel(name) : shortLabel({ ...node, label: name });
}

/** An entity's name where room is short (the network's focus controls, slide labels): a country or bloc by its
 *  name, a body or instrument by its label's short form ("Соглашение СНГ 2018" for the CIS agreement of 2018). */
export function shortNameOf(atlas: Atlas, id: string, lang: Lang): string {
  if (atlas.countryById.has(id) || blocOfSel(id) !== null) return nameOf(atlas, id, lang);
  return labelOf(atlas, { id, kind: atlas.nodeById.get(id)?.kind ?? 'instrument', label: entityName(atlas, id) }, lang);
}

/** Every language's texts of the nodes' and blocs' names, by catalogue key (`virtual:search-names`, a small chunk
 *  generated from the six catalogues at build time, which the search box requests when it is first used). */
export type CatalogueNames = Readonly<Record<string, readonly string[]>>;

/**
 * Every name search should know an entity by: its UN names in the six languages, the dataset's aliases, and the
 * browser's common names in the six (CLDR: "韩国", "Corée du Sud"), so the usual short forms are found too.
 * A node is known by its names and short forms in the six ("CEDEAO", "ФБР", "国际刑警组织"): from `more` (all six),
 * and from the catalogues loaded (English and the page's language) while `more` has not arrived.
 */
export function allNames(atlas: Atlas, id: string, more: CatalogueNames | null = null): string[] {
  const n = atlas.namesById.get(id);
  const out = [entityName(atlas, id), ...(atlas.countryById.get(id)?.aliases ?? [])];
  if (n) for (const l of ['ar', 'zh', 'fr', 'ru', 'es'] as const) if (n[l]) out.push(n[l]!);
  for (const keys of [NODE_NAME, NODE_SHORT]) {
    for (const l of LANGS) { const text = nodeText(keys, id, l); if (text) out.push(text); }
    if (more && keys[id]) out.push(...(more[keys[id]] ?? []));
  }
  if (atlas.countryById.has(id)) for (const l of LANGS) { const b = browserName(atlas, id, l); if (b) out.push(b); }
  return [...new Set(out)];
}
