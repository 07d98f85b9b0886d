// The matrix view's model: countries × instruments and bodies, each cell the relation at a date. Treaty columns read
// the same lens statuses as the map; network columns read the same graph as the record. Pure.
import type { Atlas } from '../data/atlas';
import { LENSES, statusAt, type LensId } from '../data/lenses';
import { stateGroupOf, STATE_GROUPS, type StateGroup } from './ego';
import { groupOf, groupOrder } from './grouping';
import type { Graph, GraphLink } from './model';
import { groupLabel } from '../i18n/entityWords';
import { formatMessage, type MessageKey } from '../i18n/catalogue';
import { classLabel, lensLabel, lensShort } from '../i18n/terms';
import type { Lang } from '../i18n/langs';
import type { MatrixSort } from './matrixSort';
import { ownTable } from '../lib/ownTable';

export interface MatrixColumn {
  id: string;
  /** column heading (short) and its full name */
  short: string;
  label: string;
  lens?: LensId;
  /** network nodes whose link with the country fills the cell */
  targets?: readonly string[];
}

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  { id: 'budapest', short: 'Budapest', label: 'Budapest Convention (CETS 185)', lens: 'budapest' },
  { id: 'budapest-p1', short: 'ETS 189', label: 'First Protocol (ETS 189)', lens: 'budapest-p1' },
  { id: 'budapest-p2', short: 'CETS 224', label: 'Second Protocol, e-evidence (CETS 224)', lens: 'budapest-p2' },
  { id: 'un-convention', short: 'UN conv.', label: 'UN Convention against Cybercrime (2024)', lens: 'un-convention' },
  { id: 'untoc', short: 'UNTOC', label: 'UN Convention against Transnational Organized Crime', targets: ['untoc'] },
  { id: 'europol', short: 'Europol', label: 'Europol (EC3)', targets: ['europol', 'ec3'] },
  { id: 'j-cat', short: 'J-CAT', label: 'Joint Cybercrime Action Taskforce', targets: ['j-cat'] },
  { id: 'eurojust', short: 'Eurojust', label: 'Eurojust', targets: ['eurojust'] },
  { id: 'interpol', short: 'INTERPOL', label: 'INTERPOL', targets: ['interpol'] },
  { id: 'cloud-act', short: 'CLOUD', label: 'US CLOUD Act agreement', targets: ['cloud-act'] },
  { id: 'g7-247', short: '24/7', label: 'G7 24/7 High-Tech Crime Network', targets: ['g7-247'] },
  { id: 'malabo', short: 'Malabo', label: 'AU Malabo Convention', targets: ['malabo'] },
  { id: 'arab-ict', short: 'Arab', label: 'Arab IT Offences Convention', targets: ['arab-ict'] },
  { id: 'cis', short: 'CIS', label: 'CIS agreements (2001, 2018)', targets: ['cis-2001', 'cis-2018'] },
  { id: 'sco-2009', short: 'SCO', label: 'SCO Agreement 2009', targets: ['sco-2009'] },
  { id: 'ecowas-dir-2011', short: 'ECOWAS', label: 'ECOWAS Directive 2011', targets: ['ecowas-dir-2011'] },
  { id: 'oas-mla', short: 'OAS MLA', label: 'Inter-American MLA Convention', targets: ['oas-mla'] },
];

/** Column headings: a treaty column says its lens's short name; "Arab" and "UN conv." are words, Europol, Eurojust
 *  and INTERPOL have their names in each language, Malabo its spelling in each script; the CIS, SCO, ECOWAS and UNTOC
 *  columns take the acronyms the network's labels and link chips use in the page's language (СНГ, ШОС, ЭКОВАС, КТОП
 *  ООН; CEI, OCS, CEDEAO), not the English ones beside them. The Inter-American convention takes the OAS's acronym in
 *  the language where the OAS has one (OEA, ОАГ) with the OAS's own treaty number, A-55 (English keeps "OAS MLA";
 *  Arabic and Chinese, with no acronym for the OAS, a short name). J-CAT, CLOUD and 24/7 stay as they are in every
 *  language: J-CAT is the taskforce's only name (Europol), CLOUD is part of a US statute's title, 24/7 is the
 *  networks' name in each language's texts; their titles give the full name in the page's language (columnTitle). */
const SHORT_KEYS: Readonly<Record<string, MessageKey>> = ownTable({
  'arab-ict': 'matrix.col.arab', 'un-convention': 'matrix.col.un', europol: 'family.europol', eurojust: 'family.eurojust', interpol: 'family.interpol',
  malabo: 'matrix.col.malabo', cis: 'nodeShort.cis', 'sco-2009': 'nodeShort.sco', 'ecowas-dir-2011': 'nodeShort.ecowas', untoc: 'family.untoc',
  'oas-mla': 'matrix.col.oasMla',
});
export const columnShort = (c: MatrixColumn, lang: Lang): string =>
  (SHORT_KEYS[c.id] ? formatMessage(lang, SHORT_KEYS[c.id]) : c.lens ? lensShort(c.lens, lang) : c.short);
/** A column's full name in the page's language (its heading's title): the lens's name for a treaty column, else the
 *  names of the nodes that fill it ("Europol …; European Cybercrime Centre (EC3)"). The English `label` is never
 *  shown: it left the Europol and CIS columns' titles in English on every page. */
export const columnTitle = (c: MatrixColumn, lang: Lang, name: (id: string) => string): string =>
  (c.lens ? lensLabel(c.lens, lang) : c.targets!.map(name).join('; '));

/** The longest heading set on one line, in characters: the live matrix's headings are vertical, and the header is as
 *  tall as its longest ("Будапештская", one word, 12). A longer heading with a space ("اتفاقية الأمم المتحدة", 21,
 *  made the Arabic header 122 px where the others are 83-101) is set on two lines, its column a line wider. */
const ONE_LINE = 12;
/** A heading's lines: itself, or two cut at the space that makes the longer line shortest (the first such on a tie). */
export function headingLines(text: string): string[] {
  if (text.length <= ONE_LINE) return [text];
  let best: string[] = [text];
  for (const [i, ch] of [...text].entries()) {
    if (ch !== ' ') continue;
    const lines = [text.slice(0, i), text.slice(i + 1)];
    if (Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
  }
  return best;
}

export type CellState = StateGroup | 'none' | 'unknown';
/** A cell's state as a character (the live table, the PowerPoint table): colour is never the only cue. */
export const CELL_SYMBOL: Record<CellState, string> = { 'in-force': '■', signed: '◩', negotiating: '◌', suspended: '⊘', none: '', unknown: '?' };
export interface Cell { state: CellState; /** the lens class, for treaty columns */ cls?: string; link?: GraphLink }

const LENS_STATE: Record<string, CellState> = { party: 'in-force', ratified: 'in-force', signatory: 'signed', invited: 'signed', unknown: 'unknown' };

/** The country's US CLOUD Act ties: an executive agreement with the United States, or the Act itself (the US). */
const cloudTie = (l: GraphLink) => l.relation === 'cloud_act_agreement' || l.relation === 'enacted';

/** A cell: the lens class for treaty columns; else the strongest relation with any of the column's nodes at the date. */
export function cellOf(atlas: Atlas, graph: Graph, col: MatrixColumn, id: string, t: string): Cell {
  if (col.lens) {
    const cls = statusAt(atlas, col.lens, id, t).cls;
    return { state: LENS_STATE[cls] ?? 'none', cls };
  }
  let best: Cell = { state: 'none' };
  for (const lid of graph.linksOf.get(id) ?? []) {
    const l = graph.linkById.get(lid)!;
    const other = l.source === id ? l.target : l.source;
    if (!(col.targets!.includes(other) || (col.id === 'cloud-act' && cloudTie(l)))) continue;
    const s = stateGroupOf(l.stage);
    if (best.state === 'none' || STATE_GROUPS.indexOf(s) < STATE_GROUPS.indexOf(best.state as StateGroup)) best = { state: s, link: l };
  }
  return best;
}

export interface MatrixGroup { key: string; label: string; rows: string[] }

/** Rows grouped and sorted: by the lens's class (map order), by UN regional group or by bloc; by name inside. */
export function matrixRows(atlas: Atlas, ids: readonly string[], sort: MatrixSort, lens: LensId, t: string, name: (id: string) => string, lang: Lang = 'en'): MatrixGroup[] {
  const keyOf = (id: string) => (sort === 'lens' ? statusAt(atlas, lens, id, t).cls : groupOf(atlas, id, sort, t));
  const order = sort === 'lens' ? [...LENSES[lens].classes, 'unknown'] : [...groupOrder(sort)];
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const k = keyOf(id);
    groups.set(k, [...(groups.get(k) ?? []), id]);
  }
  return [...groups]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([key, rows]) => ({
      key,
      label: sort === 'lens' ? classLabel(lens, key, lang) : groupLabel(atlas, key, lang),
      rows: rows.sort((a, b) => name(a).localeCompare(name(b), lang)),
    }));
}
