// The URL is the view (see README "URL and automation"). Parsing never throws: bad values are dropped with a notice.
import type { Atlas } from '../data/atlas';
import { isValidDate } from '../data/dates';
import { parseFilters, serialiseFilters } from '../data/filters';
import { isLensId } from '../data/lenses';
import { clampZoom, formatZoom } from '../geo/zoom';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import { DECK_LIMITS } from '../briefing/deck';
import { boundNotices, listValues, quoteValue } from '../lib/notices';
import { DECK_PARAM } from '../briefing/deckParam';
import { DEFAULT_VIEW, GRAPH_VIEWS, MAX_COMPARE, type GraphViewMode, type View } from './appStore';
import { blocOfSel, isOutlineBloc } from '../data/blocs';
import { isGrouping } from '../graph/grouping';
import { isMatrixSort } from '../graph/matrixSort';
import { formatMessage, type MessageKey, type MessageValues } from '../i18n/catalogue';
import { isLang, type Lang } from '../i18n/langs';
import { browserLang } from '../i18n/browserLang';

const FIRST_DAY = '2001-11-23';
const isEntity = (atlas: Atlas, id: string) => atlas.countryById.has(id) || atlas.nodeById.has(id) || id === 'budapest' || id === 'un-convention';
/** What `sel` may name: an entity, or a bloc as `bloc:<id>` (its members lit). */
const isSelectable = (atlas: Atlas, id: string) => isEntity(atlas, id) || isOutlineBloc(atlas, blocOfSel(id) ?? '');
const isGraphView = (v: string): v is GraphViewMode => (GRAPH_VIEWS as readonly string[]).includes(v);
/** Every parameter a link may carry (README "URL and automation"), in the order their notices are said. */
const LINK_PARAMS = ['lang', 'lens', 'sel', 'f', 't', 'cmp', 'focus', 'z', 'step', 'graph', 'group', 'outline', 'rows', DECK_PARAM];

/** A parameter given twice (`?lens=a&lens=b`) is read from its first value, as everywhere else in the page
 *  (`URLSearchParams.get`); the values left out are named, so a hand-edited link never loses one unseen.
 *  The address is then rewritten with the one value kept (atlasArrived). */
function repeatedParams(q: URLSearchParams, say: (key: MessageKey, values: MessageValues) => string, lang: Lang): string[] {
  return LINK_PARAMS.flatMap((name) => {
    const [first, ...rest] = q.getAll(name);
    const ignored = [...new Set(rest)].filter((v) => v !== first);
    return ignored.length ? [say('notice.repeated', { name: quoteValue(name, lang), value: quoteValue(first, lang), ignored: listValues(ignored, lang) })] : [];
  });
}

/** `fallbackLang` is the language of an address without `lang`: the browser's, if it is one of the six. */
export function viewFromSearch(atlas: Atlas, search: string, fallbackLang: Lang = browserLang()): { view: View; notices: string[] } {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  const view: View = { ...DEFAULT_VIEW, lang: fallbackLang };
  const lang = q.get('lang');
  if (lang !== null && isLang(lang)) view.lang = lang;
  // notices are said in the view's language (its catalogue is loaded before the address is read: App)
  const w = (key: MessageKey, values: MessageValues) => formatMessage(view.lang, key, values);
  notices.push(...repeatedParams(q, w, view.lang));
  if (lang !== null && !isLang(lang)) notices.push(w('notice.lang', { value: quoteValue(lang, view.lang) }));
  /** A one-word parameter: taken when valid, else named in a notice (the default stays). */
  const take = <T extends string>(name: string, valid: (v: string) => v is T, keep: (v: T) => void, notice: MessageKey) => {
    const v = q.get(name);
    if (v === null) return;
    if (valid(v)) keep(v);
    else notices.push(w(notice, { value: quoteValue(v, view.lang) }));
  };
  take('lens', isLensId, (v) => { view.lens = v; }, 'notice.lens');
  take('sel', (v): v is string => isSelectable(atlas, v), (v) => { view.sel = v; }, 'notice.sel');
  const f = parseFilters(atlas, q.get('f'), view.lang);
  view.filters = f.filters;
  notices.push(...f.notices);
  const t = q.get('t');
  if (t !== null) {
    const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(t) && isValidDate(t);
    if (wellFormed && t >= FIRST_DAY && t <= atlas.asOf) view.t = t === atlas.asOf ? null : t;
    // a real day outside the data is not a format error: say which dates the atlas covers
    else notices.push(w(wellFormed ? 'notice.dateRange' : 'notice.date', { value: quoteValue(t, view.lang), from: FIRST_DAY, to: atlas.asOf }));
  }
  const cmp = q.get('cmp');
  if (cmp) {
    const ids = [...new Set(cmp.split(','))];
    const good = ids.filter((id) => atlas.countryById.has(id)).slice(0, MAX_COMPARE);
    // the parts left out, not the whole value ("USA,BIH,CHN,FRA" did not say that FRA was the one)
    const ignored = ids.filter((id) => !good.includes(id));
    if (ignored.length) notices.push(w('notice.cmp', { value: listValues(ignored, view.lang), max: MAX_COMPARE }));
    view.cmp = good;
  }
  const focus = q.get('focus');
  if (focus) {
    const [id, depth] = focus.split(':');
    if (isEntity(atlas, id) && (depth === undefined || depth === '1' || depth === '2')) view.focus = { id, depth: depth === '2' ? 2 : 1 };
    else notices.push(w('notice.focus', { value: quoteValue(focus, view.lang) }));
  }
  const zoom = q.get('z');
  if (zoom) {
    // numbers are brought within what the map can show before they reach the DOM or the address
    const parts = zoom.split(',');
    const [k, x, y] = parts.map(Number);
    const t = parts.length === 3 && parts.every((p) => p.trim() !== '') ? clampZoom({ k, x, y }, MAP_WIDTH, MAP_HEIGHT) : null;
    if (!t) notices.push(w('notice.zoom', { value: quoteValue(zoom, view.lang) }));
    else {
      view.zoom = formatZoom(t);
      if (t.k !== k || t.x !== x || t.y !== y) notices.push(w('notice.zoomClamped', { value: quoteValue(zoom, view.lang) }));
    }
  }
  const step = q.get('step');
  if (step !== null) {
    if (/^\d{1,3}$/.test(step) && Number(step) >= 1 && Number(step) <= DECK_LIMITS.steps) view.step = Number(step);
    else notices.push(w('notice.step', { value: quoteValue(step, view.lang), max: DECK_LIMITS.steps }));
  }
  take('graph', isGraphView, (v) => { view.graphView = v; }, 'notice.graphView');
  take('group', isGrouping, (v) => { view.grouping = v; }, 'notice.grouping');
  take('outline', (v): v is string => isOutlineBloc(atlas, v), (v) => { view.outline = v; }, 'notice.outline');
  take('rows', isMatrixSort, (v) => { view.rowsBy = v; }, 'notice.rowsBy');
  return { view, notices: boundNotices(notices, view.lang) };
}

/**
 * Only what differs from the default, in a fixed order, so equal views give equal links. `lang` is left out only
 * when it is English and the browser's own language would give English too, so reloading keeps the language.
 */
export function searchFromView(view: View, implicitLang: Lang = browserLang()): string {
  const q = new URLSearchParams();
  if (view.lens !== DEFAULT_VIEW.lens) q.set('lens', view.lens);
  if (view.sel) q.set('sel', view.sel);
  const f = serialiseFilters(view.filters);
  if (f) q.set('f', f);
  if (view.t) q.set('t', view.t);
  if (view.cmp.length) q.set('cmp', view.cmp.join(','));
  if (view.focus) q.set('focus', `${view.focus.id}:${view.focus.depth}`);
  if (view.zoom) q.set('z', view.zoom);
  if (view.step) q.set('step', String(view.step));
  if (view.graphView && view.graphView !== DEFAULT_VIEW.graphView) q.set('graph', view.graphView);
  if (view.grouping && view.grouping !== DEFAULT_VIEW.grouping) q.set('group', view.grouping);
  if (view.outline) q.set('outline', view.outline);
  if (view.rowsBy && view.rowsBy !== DEFAULT_VIEW.rowsBy) q.set('rows', view.rowsBy);
  if (view.lang !== 'en' || implicitLang !== 'en') q.set('lang', view.lang);
  const s = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%3B/g, ';');
  return s ? `?${s}` : '';
}
