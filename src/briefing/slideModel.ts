// A slide as data: a pure function of the dataset (its core, and the sources' texts once here: null before, when the
// sources line lists ids) and a step (its view and words). The stage, the SVG and PNG
// exports, the .pptx, the handout and the presenter view all draw this model, so they never disagree, and none of
// them reads the live page.
import { currentMemberships, type Atlas } from '../data/atlas';
import type { Sources } from '../data/sourceTexts';
import { blocOfSel, blocRoster } from '../data/blocs';
import { formatDate, onOrBefore } from '../data/dates';
import { stateInForce, treatyInForce, treatyProgress } from '../data/inForce';
import { DATE_RE } from '../data/vocab';
import { DIMENSIONS, isEmptyFilter, matchingIds } from '../data/filters';
import { countByClass, isLensId, LENS_IDS, LENS_TREATY, LENSES, statusAt, type LensId, type Status } from '../data/lenses';
import { beforeLensText } from '../views/map/describe';
import { formatMessage, messagesIn } from '../i18n/catalogue';
import { groupName, groupShort } from '../i18n/entityWords';
import { andList, filterPhrase } from '../i18n/filterWords';
import { commaSep, dirOf, englishOn, inParens, labelSep, listSep, type Lang } from '../i18n/langs';
import { nameOf } from '../i18n/names';
import { classLabel, classShort, lensLabel, lensShort } from '../i18n/terms';
import type { View } from '../store/appStore';
import { asOfGraph, buildGraph, FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { blocMembersAt } from '../graph/grouping';
import { computeScene, type Scene } from '../scene/scene';
import type { MapGeometry } from '../geo/mapGeometry';
import { parseZoom } from '../geo/zoom';
import { citationsOf, namingWords, sourcesLine, type Citation } from './citations';
import { networkModel, type NetworkModel } from './slideNetwork';
import { matrixSlide, type MatrixSlide } from './slideMatrix';
import { mapLabelsDropped } from './mapPicture';
import { cardRows, cardShortened, footerFit, slideFrame, sourcesFit } from './renderSlide';
import type { Rect } from './labelPlace';
import { sourcesList, sourceText } from './slideStrings';

import type { Callout, LayoutId } from './layouts';
import { pathReaches } from '../geo/pathReach';

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
/** A row of the record card: the selection's status under one lens. `shown`: the card has room for it on this slide
 *  (its own lens's row first, then the others in order, renderSlide.ts cardRows), and the slide cites its `sources`;
 *  a row left out is neither drawn nor cited. */
export interface RecordRow {
  lens: string; status: string; cls: string; date: string | null; current: boolean; shown: boolean; sources: readonly string[];
  /** The first of `sources` the card names (citations.ts order; null when none is known here): a card that shows the
   *  row names it, so every fact on the card shows its evidence. */
  source: string | null;
  /** The row's words as the card and the .pptx set them: "Budapest: Party (29 June 2018); in force 1 October 2018"
   *  (a Budapest treaty's Party: when it binds the State, as the record says it, recordRowText). */
  text: string;
}
/** A source of the record card: its title (shortened for a slide), its as-of date, and the whole line as the record
 *  panel writes it ("… (as of 20 June 2024) · coe:S01"), which the .pptx and the SVG's tooltip keep. */
/** `note`: `date` is the dataset's English as-of note, not a date. */
/** `nameWords`: the fewest first words of `title` that still name it where the card cuts it (citations.ts namingWords). */
export interface RecordSource { id: string; title: string; date: string; note: boolean; text: string; nameWords: number }
/** `pool`: every source the card may name (its own lens's first three, each other row's first); `sources`: those it
 *  names for the rows shown (cardSourcesOf), in the order it draws them. */
export interface RecordCard { id: string; name: string; rows: RecordRow[]; sources: RecordSource[]; pool: RecordSource[] }
/** `text`: the cell's words as the slide sets them, a card row's without its lens ("Party (30 November 2022); in force
 *  1 March 2023"): when a Budapest treaty binds each State, as the record and the compare panel say it. */
export interface CompareCell { cls: string; status: string; date: string | null; text: string }
export interface CompareTable { ids: string[]; names: string[]; rows: { lens: string; cells: CompareCell[] }[] }
export type TableModel =
  | { kind: 'list'; title: string; items: { id: string; name: string; cls: string; status: string }[] }
  | { kind: 'crosstab'; title: string; columns: { cls: string; label: string; short?: string }[]; rows: { label: string; short?: string; counts: number[] }[] };

export interface SlideModel {
  /** The step's language: every word below is in it, and Arabic slides set their text right to left. */
  lang: Lang;
  dir: 'ltr' | 'rtl';
  layout: LayoutId;
  title: string;
  /** "Vote on A/RES/74/247 (2019), as of 27 December 2019"; "As of 27 December 2019" under a title that names the lens */
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
  /** How many of `labels` a map or map + record slide's map cannot place (mapPicture.ts mapLabelsDropped), where the
   *  model was given the map's geometry; null when it was not (and on other layouts): the legend then keeps room for a
   *  "+N more not labelled" note it may not draw, which a record card or the legend's entries could have used. */
  labelsDropped: number | null;
  callout: (Callout & { name: string }) | null;
  zoom: string | null;
  legend: LegendItem[];
  record: RecordCard | null;
  compare: CompareTable | null;
  table: TableModel | null;
  network: NetworkModel | null;
  /** the matrix cut to the slide (layout 'matrix') */
  matrix: MatrixSlide | null;
  /** the bloc outlined on the map and the network at the date, with its members (ids and the numeric codes that tie
   *  them to the base map's shapes) */
  outline: { bloc: string; name: string; members: { id: string; isoNumeric?: string }[] } | null;
  citations: Citation[];
  /** "Sources: …" as one line of titles, authoritative records first; `sourceNames` are its titles with links */
  sourceLine: string;
  sourceNames: { title: string; url: string }[];
  /** The ids the line lists instead of titles when the sources' texts are not loaded (else empty). */
  sourceIds: string[];
  sourcesMore: number;
  footer: string;
  stepLabel: string | null;
  /** Alt text for the picture (map and/or network). */
  alt: string;
  /** The whole words of what the slide shows shortened with "…" (a record card's name, row or source, a title in the
   *  sources line): the speaker notes and the presenter view give them after the step's notes. */
  shortened: string[];
}

/** More names than this crowd a map a room reads from afar; the rest are counted, and listed in the handout. */
export const MAX_MAP_LABELS = 16;
const SOURCE_LINE_CHARS = 230;
/** Ids (about 8–12 characters each) named when the titles are not loaded: with the words, two lines of a slide. */
const MAX_UNLOADED_IDS = 8;

/** Nothing selected → no record; compare → compare; the graph panel showing the matrix → the matrix; a network focus
 *  or a selected organisation → the network. */
export function defaultLayout(atlas: Atlas, view: View): LayoutId {
  if (view.cmp.length >= 2) return 'compare';
  if (view.graphView === 'matrix') return 'matrix';
  if (view.focus) return 'map-network';
  if (view.sel && !atlas.countryById.has(view.sel)) return 'network';
  if (view.sel) return 'map-record';
  return 'map';
}

const needsMap = (l: LayoutId) => l === 'map' || l === 'map-record' || l === 'map-network';
const needsNetwork = (l: LayoutId) => l === 'network' || l === 'map-network';

/** `geo` is the map the slide draws: a zoomed map's legend counts the States in its window (without it, every State). */
export function slideModel(atlas: Atlas, sources: Sources | null, input: SlideInput, geo?: MapGeometry): SlideModel {
  const { view } = input;
  const { lang } = view;
  const t = messagesIn(lang);
  const day = (v: string) => formatDate(v, lang);
  const lensName = lensLabel(view.lens, lang);
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

  const sel = view.sel;
  const scene = computeScene({ atlas, lens: view.lens, filters: view.filters, sel, t: view.t, focus: view.focus, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: view.lang, outline: view.outline });
  const legend = legendOf(atlas, view, layout, date, shown, classOf, scene, geo);

  const name = (id: string) => nameOf(atlas, id, lang);
  const selBloc = blocOfSel(sel);
  const outlined = view.outline ? blocMembersAt(atlas, view.outline, date) : null;
  // where a selected bloc's members are lit: orange outlines on the map, orange rings round the network's dots
  const where = layout === 'map-network' ? 'both' : needsMap(layout) ? 'map' : needsNetwork(layout) ? 'network' : 'none';
  const outlineSaid = !!(view.outline && outlined && where !== 'none');
  // the selected bloc also outlined: one sentence names both marks (purple outline or hull, orange on each member)
  const selOutlined = outlineSaid && selBloc === view.outline;
  const statement = [
    // before its instrument every State is "not applicable": the slide says why, as the map's legend does
    beforeLensText(atlas, view.lens, date, lang) ?? '',
    matching ? t('slide.countOf', { shown: matching.length, total, what: filterPhrase(atlas, view.filters, lang)! }) : '',
    selBloc ? t(selOutlined ? 'slide.blocSelectedOutlined' : 'slide.blocSelected', { name: groupName(atlas, selBloc, lang), count: blocMembersAt(atlas, selBloc, date).size, date: day(date), where })
      : sel ? t('slide.selected', { name: name(sel) }) : '',
    outlineSaid && !selOutlined
      ? t('slide.outlined', { name: groupName(atlas, view.outline!, lang), count: outlined!.size, date: day(date) }) : '',
    view.cmp.length ? t('slide.compared', { names: andList(view.cmp.map(name), lang) }) : '',
    view.focus ? t('slide.focus', { name: name(view.focus.id), depth: view.focus.depth }) : '',
    // the slide draws the network; a step saved with the matrix showing says so rather than pass one for the other
    view.graphView === 'matrix' && needsNetwork(layout) ? t('blocs.matrixAsNetwork') : '',
  ].filter(Boolean).join(' · ');

  // the selection first, then the matching states, largest first would need areas: keep the dataset's (name) order
  const labelIds = [...new Set([...(sel && atlas.countryById.has(sel) ? [sel] : []), ...view.cmp, ...(matching ?? [])])];
  const labels = labelIds.slice(0, MAX_MAP_LABELS).map((id) => ({ id, name: name(id) }));
  const unlabelled = Math.max(0, labelIds.length - labels.length);

  const callout = input.callout && input.callout.text.trim() && atlas.countryById.has(input.callout.id)
    ? { ...input.callout, text: input.callout.text.trim(), name: name(input.callout.id) }
    : null;

  // the facts every picture of the slide draws; a record card's rows add theirs once the card's room is known (below)
  const network = needsNetwork(layout) ? networkModel(atlas, scene, { focus: view.focus?.id ?? null, filtered, lang, grouping: view.grouping }) : null;
  const uses = sourceUses(atlas, view.lens, view, shown, date, network);
  // a compare slide shows each compared State's status under every lens: the slide cites them all
  const compared = layout === 'compare' ? (view.cmp.length ? view.cmp : labelIds.slice(0, 3)) : [];
  for (const id of compared) for (const l of LENS_IDS) for (const s of statusAt(atlas, l, id, date).sources) uses.set(s, (uses.get(s) ?? 0) + 1);
  const unverified = shown.filter((id) => flagged.includes(id) && statusAt(atlas, view.lens, id, date).unverified).length;

  const title = input.title?.trim() || lensName;
  // the subtitle says what the title does not: a title that already names the lens (the default, a step's first
  // title) is followed by the date alone, not by the lens again
  const lensLine = title.includes(lensName) ? t('slide.asOfLine', { date: day(date) }) : t('slide.lensLine', { lens: lensName, date: day(date) });
  const outline = view.outline && outlined
    ? { bloc: view.outline, name: groupName(atlas, view.outline, lang), members: atlas.countries.filter((c) => outlined.has(c.id)).map((c) => ({ id: c.id, isoNumeric: c.isoNumeric })) }
    : null;
  const what = statement || legend.map((l) => l.text).join(commaSep(lang));
  const alt = [
    needsMap(layout) ? t('slide.altMap', { lens: lensName, date: day(date), what }) : '',
    network ? t('slide.altNetwork', { lens: lensName, date: day(date), what }) : '',
    needsMap(layout) && labels.length ? t('slide.altLabelled', { names: andList(labels.map((l) => l.name), lang) }) : '',
  ].filter(Boolean).join(' ');

  const record = layout === 'map-record' && sel ? recordCard(atlas, sources, view.lens, sel, date, lang) : null;
  const model: SlideModel = {
    lang,
    dir: dirOf(lang),
    layout,
    title,
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
    labelsDropped: null,
    callout,
    zoom: view.zoom,
    legend,
    record,
    compare: layout === 'compare' ? compareTable(atlas, compared, date, lang) : null,
    table: layout === 'table' ? tableModel(atlas, view.lens, shown, classOf, lang) : null,
    network,
    matrix: null,
    outline,
    // a record card's slide has its line made with the card's rows (withCardRows)
    ...(record ? NO_LINE : sourcesOf(sources, uses, lang)),
    footer: footerLine(t, atlas.version, day(atlas.asOf), unverified),
    stepLabel: input.index && input.total ? t('slide.stepOf', { n: input.index, total: input.total }) : null,
    alt,
    shortened: [],
  };
  if (model.record) return withCardRows(model, sources, uses, geo);
  // a map's legend keeps room for "+N more not labelled" only where the map leaves names out (renderSlide.ts columnForm)
  if (layout === 'map' && geo) return withShortened({ ...model, labelsDropped: mapLabelsDropped(geo, model, slideFrame(model).picture) });
  if (layout !== 'matrix') return withShortened(model);
  // the matrix keeps as many rows and columns as its box holds at a legible size: the box comes from the words' lengths
  const lit = new Set([...scene.marks.values()].filter((mk) => mk.highlighted).map((mk) => mk.id));
  const matrix = matrixSlide({ atlas, lens: view.lens, rowsBy: view.rowsBy, date, lang, match, sel, cmp: view.cmp, lit }, slideFrame(model).picture);
  const altMatrix = t('slide.altMatrix', { date: day(date), rows: matrix.shownRows, columns: matrix.columns.length, what });
  return withShortened({ ...model, matrix, alt: altMatrix });
}

/** The slide's shortened words, whole: the card's (renderSlide.ts cardShortened), then the sources line's titles cut
 *  to its length (citations.ts shortTitle). */
function withShortened(m: SlideModel, card?: Rect): SlideModel {
  const titles = m.sourceNames.filter((s) => s.title.endsWith('…')).map((s) => m.citations.find((c) => c.title === s.title)!.whole);
  // (the marks that isolate English words in a right-to-left line are of no use to a left-to-right slide's notes)
  const plain = (x: string) => (m.dir === 'rtl' ? x : x.replace(/[\u2066-\u2069]/g, ''));
  return { ...m, shortened: [...new Set([...cardShortened(m, card), ...titles].map(plain))] };
}

type Cited = Pick<SlideModel, 'citations' | 'sourceLine' | 'sourceNames' | 'sourceIds' | 'sourcesMore'>;
const NO_LINE: Cited = { citations: [], sourceLine: '', sourceNames: [], sourceIds: [], sourcesMore: 0 };

/** The sources line of the facts in `uses` (source id → how many shown facts cite it). */
function sourcesOf(sources: Sources | null, uses: ReadonlyMap<string, number>, lang: Lang): Cited {
  const t = messagesIn(lang);
  const citations = citationsOf(sources, uses);
  // without the sources' texts (offline, a copy without their file) the line says so and keeps their ids, as the
  // record does; "no source applies" would be false
  const unloaded = sources ? [] : [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  let { named, more } = unloaded.length
    ? { named: [] as string[], more: Math.max(0, unloaded.length - MAX_UNLOADED_IDS) }
    : sourcesLine(citations, SOURCE_LINE_CHARS);
  const sourceIds = unloaded.slice(0, MAX_UNLOADED_IDS);
  let sourceLine = t('slide.sources', { list: sourcesList(named, more, lang, sourceIds) });
  // right to left, titles are not broken across lines (renderSlide.ts sourcesFit): one fewer named, one more counted,
  // while the line would be cut
  while (named.length > 1 && sourcesFit(sourceLine, dirOf(lang)).lines.at(-1)!.endsWith('…')) {
    named = named.slice(0, -1);
    more++;
    sourceLine = t('slide.sources', { list: sourcesList(named, more, lang, sourceIds) });
  }
  return { citations, sourceLine, sourceNames: named.map((title) => ({ title, url: citations.find((c) => c.title === title)!.url })), sourceIds, sourcesMore: more };
}

/** The footer: the atlas, its dataset and date, and the count of unverified statuses, on one line at the slide's
 *  smallest type where it can be (renderSlide.ts footerFit): without the word "dataset" where that makes it one (a
 *  Russian footer with its count of unverified statuses ran to a second line), else on two. */
function footerLine(t: ReturnType<typeof messagesIn>, version: string, date: string, unverified: number): string {
  const join = (key: 'slide.footer' | 'slide.footerShort') => [t(key, { version, date }), unverified ? t('slide.unverified', { count: unverified }) : ''].filter(Boolean).join(' · ');
  const full = join('slide.footer');
  return footerFit(full).lines.length > 1 ? join('slide.footerShort') : full;
}

/** A map + record slide cites the rows its card draws, and the card draws the rows it has room for, which depends on
 *  the sources line's height (one or two lines, 18–21 units). Not circular: with k rows (its own lens's first, then
 *  the others in order) the slide cites those k rows' sources, and the card in the frame that line leaves must hold
 *  the k rows; the largest k that holds is taken, trying k = all, all − 1, … 0 (at most seven lines, each a frame). */
function withCardRows(model: SlideModel, sources: Sources | null, uses: ReadonlyMap<string, number>, geo?: MapGeometry): SlideModel {
  const rec = model.record!;
  const order = [...rec.rows.filter((x) => x.current), ...rec.rows.filter((x) => !x.current)];
  // the frame depends on the line only through its lines and size (renderSlide.ts slideFrame), and how many rows the
  // card holds not on which it shows: one frame per height of the line (most lines take two at 21 units), not per k.
  // The map's box does not depend on the card: the names it cannot place are counted in it first, so that the legend
  // under the card keeps room for "+N more not labelled" only when it draws it.
  const cards = new Map<string, { box: Rect; fit: number; dropped: number | null }>();
  const card = (m: SlideModel) => {
    const line = sourcesFit(m.sourceLine, m.dir);
    const key = `${line.lines.length} ${line.size}`;
    let c = cards.get(key);
    if (!c) {
      const dropped = geo ? mapLabelsDropped(geo, m, slideFrame(m).picture) : null;
      const box = slideFrame({ ...m, labelsDropped: dropped }).record!;
      cards.set(key, c = { box, fit: cardRows(m, box).fit, dropped });
    }
    return c;
  };
  for (let k = order.length; ; k--) {
    const shown = new Set(order.slice(0, k));
    const rows = rec.rows.map((row) => ({ ...row, shown: shown.has(row) }));
    const cited = new Map(uses);
    for (const row of rows) if (row.shown) for (const id of row.sources) cited.set(id, (cited.get(id) ?? 0) + 1);
    const m: SlideModel = { ...model, record: { ...rec, rows, sources: cardSourcesOf(rows, rec.pool) }, ...sourcesOf(sources, cited, model.lang) };
    const c = card(m);
    if (k === 0 || c.fit >= k) return withShortened({ ...m, labelsDropped: c.dropped }, c.box);
  }
}

/** The States a picture draws when it draws only some (null: all): the network round a focus, a zoomed map's window
 *  (a State a part of whose shape is in it, or whose marker is). */
function networkPart(atlas: Atlas, scene: Scene): Set<string> | null {
  const drawn = new Set(atlas.countries.filter((c) => scene.nodes.has(c.id)).map((c) => c.id));
  return drawn.size < atlas.countries.length ? drawn : null;
}
function mapPart(atlas: Atlas, geo: MapGeometry | undefined, zoom: string | null): Set<string> | null {
  const z = parseZoom(zoom);
  if (!geo || !z || (z.k === 1 && !z.x && !z.y)) return null;
  const at = (v: number, d: number) => z.k * v + d;
  const inX = (a: number, b: number) => at(b, z.x) >= 0 && at(a, z.x) <= geo.width;
  const inY = (a: number, b: number) => at(b, z.y) >= 0 && at(a, z.y) <= geo.height;
  const drawn = new Set<string>();
  // the window in map units; a shape whose box reaches into it is drawn there only if a part of it is
  const w = { x0: -z.x / z.k, y0: -z.y / z.k, x1: (geo.width - z.x) / z.k, y1: (geo.height - z.y) / z.k };
  for (const sh of geo.shapes)
    if (inX(sh.bounds[0][0], sh.bounds[1][0]) && inY(sh.bounds[0][1], sh.bounds[1][1]) && pathReaches(sh.d, w)) drawn.add(sh.id);
  // a marker keeps its size and its offset from its anchor whatever the zoom: it is in the window when its anchor is
  for (const mk of geo.markers) if (inX(mk.anchor[0], mk.anchor[0]) && inY(mk.anchor[1], mk.anchor[1])) drawn.add(mk.id);
  return new Set(atlas.countries.filter((c) => drawn.has(c.id)).map((c) => c.id));
}

/** One item per class, counting what the slide draws: "Party: 68" for the whole map; "Party: 5 shown of 68" when the
 *  slide draws only some States (the filter's, a focus's network, a zoomed map); on a map beside a focus's network,
 *  the network's own count too ("Party: 68; 5 in the network"). */
function legendOf(atlas: Atlas, view: View, layout: LayoutId, date: string, shown: string[], classOf: Record<string, string>, scene: Scene, geo?: MapGeometry): LegendItem[] {
  const { lang } = view;
  const net = needsNetwork(layout) ? networkPart(atlas, scene) : null;
  const map = needsMap(layout) ? mapPart(atlas, geo, view.zoom) : null;
  // the States drawn in either picture; a map that is not zoomed draws them all
  const drawn = needsMap(layout) ? (map && net ? new Set([...map, ...net]) : map) : net;
  const countIn = (part: Set<string> | null) => {
    const n: Record<string, number> = {};
    for (const id of shown) if (!part || part.has(id)) n[classOf[id]] = (n[classOf[id]] ?? 0) + 1;
    return n;
  };
  const shownCounts = countIn(drawn);
  const netCounts = net && needsMap(layout) ? countIn(net) : null;
  const totals = countByClass(atlas, view.lens, date);
  // a class nobody is in says nothing, except the lens's own statuses ("No: 0 shown of 60" says a lot) once its
  // instrument exists: before, "Ratified: 0 shown of 0" reads as nonsense (the statement says why no State is one)
  const before = beforeLensText(atlas, view.lens, date) !== null;
  const classes = LENSES[view.lens].classes.filter((cls) => totals[cls] > 0 || (!before && cls !== 'no-data' && cls !== 'unknown'));
  // "shown of" only where it tells something: a network at a date before some States existed still shows every one counted
  const partial = !isEmptyFilter(view.filters) || classes.some((cls) => (shownCounts[cls] ?? 0) < (totals[cls] ?? 0));
  return classes
    .map((cls) => {
      const label = classLabel(view.lens, cls, lang);
      const n = shownCounts[cls] ?? 0;
      const all = totals[cls] ?? 0;
      const item = partial ? formatMessage(lang, 'slide.legendShown', { label, shown: n, total: all }) : formatMessage(lang, 'slide.legendAll', { label, total: all });
      return { cls, label, shown: n, total: all, text: netCounts ? formatMessage(lang, 'slide.legendInNetwork', { item, count: netCounts[cls] ?? 0 }) : item };
    });
}

/** Source id → number of shown facts citing it: the lens and every filtered lens, memberships behind a bloc or
 *  region filter, the complete lists behind "not party", a drawn network's links, an outlined or selected bloc's
 *  memberships (a record card's rows: withCardRows). */
function sourceUses(atlas: Atlas, lens: LensId, view: View, shown: string[], date: string, network: NetworkModel | null): Map<string, number> {
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
  // a drawn network: each link's evidence at its stage that day (an organisation's agreements before the lens's
  // instrument existed are what the slide shows)
  if (network?.links.length) {
    const graph = date === atlas.asOf ? asOfGraph(atlas) : buildGraph(atlas, date);
    for (const e of network.links) add(graph.linkById.get(e.id)?.sources ?? []);
  }
  // an outlined or selected bloc: the membership rows that make its members members on that day
  for (const bloc of new Set([view.outline, blocOfSel(view.sel)])) if (bloc) for (const r of blocRoster(atlas, bloc, date)) add(r.membership.sources);
  return uses;
}

/** "27 December 2019", or "by 1 June 2011" when the day it began is not recorded. */
function dateOf(s: Status, lang: Lang): string | null {
  if (!s.date) return null;
  const day = formatDate(s.date, lang);
  return s.atLatest ? formatMessage(lang, 'slide.byDate', { date: day }) : day;
}

/** When a Budapest treaty binds a State counted as its Party from the deposit (data/inForce.ts), in the record's
 *  words made short, as of day t: "in force 1 October 2018"; "not in force for it until 1 March 2023" (between the
 *  deposit and the day the article gives, known from the deposit); "in force by 1 October 2011 at the latest" from a
 *  bound dated on or before t (a later bound says nothing of day t, and is left out); each "(computed)" when the day
 *  is the article's, not a source's; for a treaty not in force, how many of the ratifications it needs are deposited.
 *  '' for anything else. */
export function inForceWords(atlas: Atlas, lens: LensId, id: string, t: string, cls: string, lang: Lang): string {
  const treaty = LENS_TREATY[lens];
  const f = treaty && cls === 'party' ? atlas.treaty[treaty].get(id) : undefined;
  if (!treaty || !f) return '';
  const eif = stateInForce(atlas, treaty, f);
  if (eif) {
    const now = onOrBefore(eif.date, t);
    if (eif.atLatest && !now) return '';
    return formatMessage(lang, 'slide.inForce', { when: eif.atLatest ? 'bound' : now ? 'now' : 'later', date: formatDate(eif.date, lang), computed: eif.derived ? 'yes' : 'no' });
  }
  if (treatyInForce(atlas, treaty)) return '';
  const p = treatyProgress(atlas, treaty, t);
  return formatMessage(lang, 'slide.protocolNotInForce', { deposited: p.deposited, needed: p.needed });
}

/** "Budapest: Party (29 June 2018); in force 1 October 2018 (computed)": a card row's words (the lens's short name,
 *  the status, its date, and for a Budapest treaty's Party when the treaty binds it, inForceWords). */
function recordRowText(atlas: Atlas, lens: LensId, id: string, t: string, s: Status, lang: Lang): string {
  return `${lensShort(lens, lang)}${labelSep(lang)}${statusWords(atlas, lens, id, t, s, lang)}`;
}
/** "Party (29 June 2018); in force 1 October 2018 (computed)": the status, its date, and for a Budapest treaty's Party
 *  when the treaty binds it (inForceWords); a card row after its lens's name, a compare cell on its own. */
function statusWords(atlas: Atlas, lens: LensId, id: string, t: string, s: Status, lang: Lang): string {
  const date = dateOf(s, lang);
  const binds = inForceWords(atlas, lens, id, t, s.cls, lang);
  return `${classLabel(lens, s.cls, lang)}${date ? inParens(date, lang) : ''}${binds ? `${listSep(lang)}${binds}` : ''}`;
}

function recordCard(atlas: Atlas, texts: Sources | null, lens: LensId, id: string, date: string, lang: Lang): RecordCard | null {
  if (!atlas.countryById.has(id)) return null;
  const rows = LENS_IDS.map((l) => {
    const s = statusAt(atlas, l, id, date);
    // "not party" stands on the treaty's complete list, as the record and the sources line say (sourceUses)
    const listKey = LENS_TREATY[l] ?? (l === 'un-convention' ? 'un-convention' : null);
    const sources = !s.sources.length && s.cls === 'none' && listKey ? atlas.dataset.listSources[listKey] ?? [] : s.sources;
    return { lens: lensShort(l, lang), status: classLabel(l, s.cls, lang), cls: s.cls, date: dateOf(s, lang), current: l === lens, shown: true, sources, source: null as string | null, text: recordRowText(atlas, l, id, date, s, lang) };
  });
  const cite = (ids: readonly string[]) => citationsOf(texts, new Map(ids.map((s) => [s, 1])));
  const own = cite(rows.find((r) => r.current)!.sources).slice(0, 3);
  // each row's first source (its own lens's is the first of `own`), named on the card where the row is shown
  const firsts = rows.map((row) => (row.current ? own[0] : cite(row.sources)[0]));
  const pool = [...new Map([...own, ...firsts].filter((c): c is Citation => !!c).map((c) => [c.id, c])).values()].map((c) => {
    // a date, or the data's as-of note without its parenthesised detail ("2026-02 (latest entry: …)" → February 2026)
    const asOf = (atlas.sourceDates.get(c.id)?.asOf ?? '').replace(/\s*\(.*$/, '');
    const date = DATE_RE.test(asOf) ? formatDate(asOf, lang) : englishOn(asOf, lang);
    return { id: c.id, title: c.whole, date, note: !DATE_RE.test(asOf), text: sourceText(c.whole, date, c.id, lang), nameWords: namingWords(c.whole, texts!) };
  });
  const withSource = rows.map((row, i) => ({ ...row, source: firsts[i]?.id ?? null }));
  return { id, name: nameOf(atlas, id, lang), rows: withSource, sources: cardSourcesOf(withSource, pool), pool };
}

/** The sources a card names for the rows it shows: its own lens's first, each other shown row's first in the rows'
 *  order, then its own lens's others (drawn where the card has room, else counted). */
export function cardSourcesOf(rows: readonly RecordRow[], pool: readonly RecordSource[]): RecordSource[] {
  const own = rows.find((r) => r.current);
  const byId = new Map(pool.map((s) => [s.id, s]));
  const ids = [own?.source, ...rows.filter((r) => r.shown && !r.current).map((r) => r.source), ...(own?.sources ?? [])];
  return [...new Set(ids)].filter((x): x is string => !!x && byId.has(x)).map((x) => byId.get(x)!);
}

function compareTable(atlas: Atlas, ids: string[], date: string, lang: Lang): CompareTable {
  const rows = LENS_IDS.map((l) => ({
    lens: lensShort(l, lang),
    cells: ids.map((id) => {
      const s = statusAt(atlas, l, id, date);
      return { cls: s.cls, status: classLabel(l, s.cls, lang), date: dateOf(s, lang), text: statusWords(atlas, l, id, date, s, lang) };
    }),
  }));
  return { ids, names: ids.map((id) => nameOf(atlas, id, lang)), rows };
}

/** Up to this many names fit the table layout; more become counts by UN regional group. */
export const MAX_TABLE_NAMES = 60;

function tableModel(atlas: Atlas, lens: LensId, shown: string[], classOf: Record<string, string>, lang: Lang): TableModel {
  const def = LENSES[lens];
  if (shown.length <= MAX_TABLE_NAMES) {
    const items = shown.map((id) => ({ id, name: nameOf(atlas, id, lang), cls: classOf[id], status: classLabel(lens, classOf[id], lang) }))
      .sort((a, b) => def.classes.indexOf(a.cls) - def.classes.indexOf(b.cls) || a.name.localeCompare(b.name, lang));
    return { kind: 'list', title: formatMessage(lang, 'slide.tableTitle', { count: items.length }), items };
  }
  const groups = atlas.blocs.filter((b) => b.kind === 'un-group');
  const columns = def.classes.map((cls) => ({ cls, label: classLabel(lens, cls, lang), short: classShort(lens, cls, lang) }));
  const rowOf = (ids: string[]) => columns.map((c) => ids.filter((id) => classOf[id] === c.cls).length);
  const regionOf = (id: string) => atlas.countryById.get(id)?.regions.find((r) => groups.some((g) => g.id === r)) ?? null;
  // the narrow form ("Лат. Америка") for a slide where the group's full name would be cut
  const rows: { label: string; short?: string; counts: number[] }[] = groups.map((g) =>
    ({ label: groupName(atlas, g.id, lang), short: groupShort(atlas, g.id, lang), counts: rowOf(shown.filter((id) => regionOf(id) === g.id)) }));
  const none = shown.filter((id) => regionOf(id) === null);
  if (none.length) rows.push({ label: formatMessage(lang, 'slide.noRegion'), counts: rowOf(none) });
  rows.push({ label: formatMessage(lang, 'slide.crossTabTotal'), counts: rowOf(shown) });
  return { kind: 'crosstab', title: formatMessage(lang, 'slide.crossTabTitle'), columns, rows };
}
