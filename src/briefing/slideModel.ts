// A slide as data: a pure function of the dataset and a step (its view and words). The stage, the SVG and PNG
// exports, the .pptx, the handout and the presenter view all draw this model, so they never disagree, and none of
// them reads the live page.
import { currentMemberships, entityName, type Atlas } from '../data/atlas';
import { formatDate } from '../data/dates';
import { DIMENSIONS, isEmptyFilter, matchingIds } from '../data/filters';
import { countByClass, isLensId, LENS_IDS, LENS_TREATY, LENSES, statusAt, type LensId, type Status } from '../data/lenses';
import type { View } from '../store/appStore';
import { FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { computeScene, type Scene } from '../scene/scene';
import { citationsOf, sourcesLine, type Citation } from './citations';
import { filterPhrase } from './filterWords';
import { networkModel, type NetworkModel } from './slideNetwork';
import { S } from './slideStrings';

import type { Callout, LayoutId } from './layouts';

export type { Callout, LayoutId } from './layouts';

/** What a step adds to its view: the words, and optionally a layout and a callout chosen in the deck editor. */
export interface SlideInput {
  view: View;
  title?: string;
  caption?: string;
  notes?: string;
  layout?: LayoutId | null;
  callout?: Callout | null;
  /** 1-based position and deck length, for the step number in the corner. */
  index?: number;
  total?: number;
}

export interface LegendItem { cls: string; label: string; text: string; shown: number; total: number }
export interface RecordRow { lens: string; status: string; cls: string; date: string | null; current: boolean }
export interface RecordCard { id: string; name: string; rows: RecordRow[]; sources: string[] }
export interface CompareCell { cls: string; status: string; date: string | null }
export interface CompareTable { ids: string[]; names: string[]; rows: { lens: string; cells: CompareCell[] }[] }
export type TableModel =
  | { kind: 'list'; title: string; items: { id: string; name: string; cls: string; status: string }[] }
  | { kind: 'crosstab'; title: string; columns: { cls: string; label: string }[]; rows: { label: string; counts: number[] }[] };

export interface SlideModel {
  layout: LayoutId;
  title: string;
  /** "Vote on A/RES/74/247 (2019), as of 27 December 2019" */
  lensLine: string;
  /** What is shown, with the count: "8 of 209: Budapest Parties that voted Yes on A/RES/74/247" */
  statement: string;
  caption: string;
  notes: string;
  lens: LensId;
  date: string;
  /** What the map and the network show (src/scene), as the live page would show this view. */
  scene: Scene;
  /** entity id → class under the lens, for every drawn entity */
  classOf: Record<string, string>;
  flagged: string[];
  /** ids passing the filter, null when there is no filter */
  matching: string[] | null;
  selected: string | null;
  /** ids to name on the map, in order of importance; `unlabelled` counts the matching states left unnamed */
  labels: { id: string; name: string }[];
  unlabelled: number;
  callout: (Callout & { name: string }) | null;
  zoom: string | null;
  legend: LegendItem[];
  record: RecordCard | null;
  compare: CompareTable | null;
  table: TableModel | null;
  network: NetworkModel | null;
  citations: Citation[];
  /** "Sources: …" as one line of titles, authoritative records first; `sourceNames` are its titles with links */
  sourceLine: string;
  sourceNames: { title: string; url: string }[];
  sourcesMore: number;
  footer: string;
  stepLabel: string | null;
  /** Alt text for the picture (map and/or network). */
  alt: string;
}

/** More names than this crowd a map a room reads from afar; the rest are counted, and listed in the handout. */
export const MAX_MAP_LABELS = 16;
const SOURCE_LINE_CHARS = 230;

/** Nothing selected → no record; compare → compare; a network focus or a selected organisation → the network. */
export function defaultLayout(atlas: Atlas, view: View): LayoutId {
  if (view.cmp.length >= 2) return 'compare';
  if (view.focus) return 'map-network';
  if (view.sel && !atlas.countryById.has(view.sel)) return 'network';
  if (view.sel) return 'map-record';
  return 'map';
}

const needsMap = (l: LayoutId) => l === 'map' || l === 'map-record' || l === 'map-network';
const needsNetwork = (l: LayoutId) => l === 'network' || l === 'map-network';

export function slideModel(atlas: Atlas, input: SlideInput): SlideModel {
  const { view } = input;
  const lens = LENSES[view.lens];
  const date = view.t ?? atlas.asOf;
  const layout = input.layout ?? defaultLayout(atlas, view);
  const total = atlas.countries.length;

  const classOf: Record<string, string> = {};
  const flagged: string[] = [];
  for (const c of atlas.countries) {
    const s = statusAt(atlas, view.lens, c.id, date);
    classOf[c.id] = s.cls;
    if (s.unverified) flagged.push(c.id);
  }
  const filtered = !isEmptyFilter(view.filters);
  const match = filtered ? matchingIds(atlas, view.filters, date) : null;
  const matching = match ? atlas.countries.filter((c) => match.has(c.id)).map((c) => c.id) : null;
  const shown = matching ?? atlas.countries.map((c) => c.id);

  const totals = countByClass(atlas, view.lens, date);
  const shownCounts: Record<string, number> = {};
  for (const id of shown) shownCounts[classOf[id]] = (shownCounts[classOf[id]] ?? 0) + 1;
  const legend = lens.classes
    // a class nobody is in says nothing, except the lens's own statuses ("No: 0 shown of 60" says a lot)
    .filter((cls) => totals[cls] > 0 || (cls !== 'no-data' && cls !== 'unknown'))
    .map((cls) => {
      const label = lens.classLabels[cls];
      const n = shownCounts[cls] ?? 0;
      return { cls, label, shown: n, total: totals[cls] ?? 0, text: filtered ? S.legendShown(label, n, totals[cls] ?? 0) : S.legendAll(label, totals[cls] ?? 0) };
    });

  const name = (id: string) => entityName(atlas, id);
  const sel = view.sel;
  const statement = [
    matching ? S.countOf(matching.length, total, filterPhrase(atlas, view.filters)!) : '',
    sel ? S.selected(name(sel)) : '',
    view.cmp.length ? S.compared(view.cmp.map(name)) : '',
    view.focus ? S.focus(name(view.focus.id), view.focus.depth) : '',
  ].filter(Boolean).join(' · ');

  // the selection first, then the matching states, largest first would need areas: keep the dataset's (name) order
  const labelIds = [...new Set([...(sel && atlas.countryById.has(sel) ? [sel] : []), ...view.cmp, ...(matching ?? [])])];
  const labels = labelIds.slice(0, MAX_MAP_LABELS).map((id) => ({ id, name: name(id) }));
  const unlabelled = Math.max(0, labelIds.length - labels.length);

  const callout = input.callout && input.callout.text.trim() && atlas.countryById.has(input.callout.id)
    ? { ...input.callout, text: input.callout.text.trim(), name: name(input.callout.id) }
    : null;

  const citations = citationsOf(atlas, sourceUses(atlas, view.lens, view, shown, date, layout, sel));
  const { named, more } = sourcesLine(citations, SOURCE_LINE_CHARS);
  const sourceLine = `${S.sources}: ${named.length ? named.join('; ') : S.sourcesNone}${more ? `; ${S.sourcesMore(more)}` : ''}`;
  const unverified = shown.filter((id) => flagged.includes(id) && statusAt(atlas, view.lens, id, date).unverified).length;

  const lensLine = `${lens.label}, ${S.asOf(formatDate(date))}`;
  const scene = computeScene({ atlas, lens: view.lens, filters: view.filters, sel, t: view.t, focus: view.focus, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: view.lang });
  const network = needsNetwork(layout) ? networkModel(atlas, scene, view.focus?.id ?? null, filtered) : null;
  const what = statement || legend.map((l) => l.text).join(', ');
  const alt = [
    needsMap(layout) ? S.altMap(lens.label, formatDate(date), what) : '',
    network ? S.altNetwork(lens.label, formatDate(date), what) : '',
    needsMap(layout) ? S.altLabelled(labels.map((l) => l.name)) : '',
  ].filter(Boolean).join(' ');

  return {
    layout,
    title: input.title?.trim() || lens.label,
    lensLine,
    statement,
    caption: input.caption?.trim() ?? '',
    notes: input.notes ?? '',
    lens: view.lens,
    date,
    scene,
    classOf,
    flagged,
    matching,
    selected: sel,
    labels,
    unlabelled,
    callout,
    zoom: view.zoom,
    legend,
    record: layout === 'map-record' && sel ? recordCard(atlas, view.lens, sel, date) : null,
    compare: layout === 'compare' ? compareTable(atlas, view.cmp.length ? view.cmp : labelIds.slice(0, 3), date) : null,
    table: layout === 'table' ? tableModel(atlas, view.lens, shown, classOf) : null,
    network,
    citations,
    sourceLine,
    sourceNames: named.map((title) => ({ title, url: citations.find((c) => c.title === title)!.url })),
    sourcesMore: more,
    footer: [S.footer(atlas.version, formatDate(atlas.asOf)), unverified ? S.unverified(unverified) : ''].filter(Boolean).join(' · '),
    stepLabel: input.index && input.total ? S.stepOf(input.index, input.total) : null,
    alt,
  };
}

/** Source id → number of shown facts citing it: the lens and every filtered lens, memberships behind a bloc or
 *  region filter, the complete lists behind "not party", the record of the selection. */
function sourceUses(atlas: Atlas, lens: LensId, view: View, shown: string[], date: string, layout: LayoutId, sel: string | null): Map<string, number> {
  const uses = new Map<string, number>();
  const add = (ids: readonly string[]) => { for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1); };
  const lenses = new Set<LensId>([lens, ...DIMENSIONS.filter((d): d is LensId => isLensId(d) && !!view.filters[d]?.length)]);
  const lists = atlas.dataset.listSources;
  for (const l of lenses) {
    let absent = 0;
    for (const id of shown) {
      const s = statusAt(atlas, l, id, date);
      add(s.sources);
      if (s.cls === 'none') absent++;
    }
    const listKey = LENS_TREATY[l] ?? (l === 'un-convention' ? 'un-convention' : null);
    if (listKey && absent) for (const id of lists[listKey] ?? []) uses.set(id, (uses.get(id) ?? 0) + absent);
    const resolution = atlas.resolutionById.get(l);
    if (resolution) add(resolution.sources);
  }
  for (const dim of ['region', 'bloc'] as const) {
    const want = view.filters[dim];
    if (!want?.length) continue;
    for (const id of shown) for (const m of currentMemberships(atlas, id, date)) if (want.includes(m.bloc)) add(m.sources);
  }
  if (layout === 'map-record' && sel) for (const l of LENS_IDS) add(statusAt(atlas, l, sel, date).sources);
  return uses;
}

/** "27 December 2019", or "by 1 June 2011" when the day it began is not recorded. */
const dateOf = (s: Status) => (s.date ? (s.atLatest ? S.byDate(formatDate(s.date)) : formatDate(s.date)) : null);

function recordCard(atlas: Atlas, lens: LensId, id: string, date: string): RecordCard | null {
  if (!atlas.countryById.has(id)) return null;
  const rows = LENS_IDS.map((l) => {
    const s = statusAt(atlas, l, id, date);
    return { lens: LENSES[l].short, status: LENSES[l].classLabels[s.cls] ?? s.cls, cls: s.cls, date: dateOf(s), current: l === lens };
  });
  const own = statusAt(atlas, lens, id, date).sources;
  const sources = citationsOf(atlas, new Map(own.map((s) => [s, 1]))).slice(0, 3).map((c) => c.title);
  return { id, name: entityName(atlas, id), rows, sources };
}

function compareTable(atlas: Atlas, ids: string[], date: string): CompareTable {
  const rows = LENS_IDS.map((l) => ({
    lens: LENSES[l].short,
    cells: ids.map((id) => {
      const s = statusAt(atlas, l, id, date);
      return { cls: s.cls, status: LENSES[l].classLabels[s.cls] ?? s.cls, date: dateOf(s) };
    }),
  }));
  return { ids, names: ids.map((id) => entityName(atlas, id)), rows };
}

/** Up to this many names fit the table layout; more become counts by UN regional group. */
export const MAX_TABLE_NAMES = 60;

function tableModel(atlas: Atlas, lens: LensId, shown: string[], classOf: Record<string, string>): TableModel {
  const def = LENSES[lens];
  if (shown.length <= MAX_TABLE_NAMES) {
    const items = shown.map((id) => ({ id, name: entityName(atlas, id), cls: classOf[id], status: def.classLabels[classOf[id]] ?? classOf[id] }))
      .sort((a, b) => def.classes.indexOf(a.cls) - def.classes.indexOf(b.cls) || a.name.localeCompare(b.name));
    return { kind: 'list', title: S.tableTitle(items.length), items };
  }
  const groups = atlas.blocs.filter((b) => b.kind === 'un-group');
  const columns = def.classes.map((cls) => ({ cls, label: def.classLabels[cls] }));
  const rowOf = (ids: string[]) => columns.map((c) => ids.filter((id) => classOf[id] === c.cls).length);
  const regionOf = (id: string) => atlas.countryById.get(id)?.regions.find((r) => groups.some((g) => g.id === r)) ?? null;
  const rows = groups.map((g) => ({ label: g.name, counts: rowOf(shown.filter((id) => regionOf(id) === g.id)) }));
  const none = shown.filter((id) => regionOf(id) === null);
  if (none.length) rows.push({ label: S.noRegion, counts: rowOf(none) });
  rows.push({ label: S.crossTabTotal, counts: rowOf(shown) });
  return { kind: 'crosstab', title: S.crossTabTitle, columns, rows };
}
