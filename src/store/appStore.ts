// One store for the whole app's view (what the URL encodes) and transient UI state, changed only through its named
// events. The dataset is not here: it lives in react-query's cache (data/queries.ts), read by components through
// data/useAtlas.ts and handed to painters by their hosts.
import { create } from 'zustand';
import type { Atlas } from '../data/atlas';
import { EMPTY_FILTERS, toggleClass, type Dimension, type Filters } from '../data/filters';
import type { LensId } from '../data/lenses';
import { EDGE_FAMILIES, FAMILIES_OFF_BY_DEFAULT, type EdgeFamily } from '../graph/model';
import type { Grouping } from '../graph/grouping';
import type { MatrixSort } from '../graph/matrixSort';
import type { Lang } from '../i18n/langs';
import { initialLang } from '../i18n/browserLang';
import { boundNotices } from '../lib/notices';
import { formatMessage, type MessageKey, type MessageValues } from '../i18n/catalogue';

/** Everything that makes up a shareable view; serialised to the URL by store/url.ts. */
export interface View {
  lens: LensId;
  filters: Filters;
  sel: string | null;
  /** as-of date; null means the dataset's own as-of date */
  t: string | null;
  cmp: string[];
  /** graph ego focus */
  focus: { id: string; depth: 1 | 2 } | null;
  /** map zoom as "k,x,y" (scale and translate), null = whole world */
  zoom: string | null;
  /** 1-based presentation step, null when not presenting */
  step: number | null;
  /** interface and names language, one of the six UN languages */
  lang: Lang;
  /** the graph panel shows the network or the matrix */
  graphView: GraphViewMode;
  /** how the network groups countries: by UN regional group or by bloc */
  grouping: Grouping;
  /** bloc outlined on the map and the network at the as-of date (a bloc id of kind "bloc"), null for none */
  outline: string | null;
  /** how the matrix orders its rows */
  rowsBy: MatrixSort;
}

export const GRAPH_VIEWS = ['network', 'matrix'] as const;
export type GraphViewMode = (typeof GRAPH_VIEWS)[number];

export const DEFAULT_VIEW: View = { lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: null, cmp: [], focus: null, zoom: null, step: null, lang: 'en',
  graphView: 'network', grouping: 'region', outline: null, rowsBy: 'lens' };

export interface AppState extends View {
  /** false until the view the address names has arrived with the dataset (`viewArrived`): nothing is painted before */
  viewReady: boolean;
  hover: string | null;
  /** legend class whose members are outlined on the map (hover on a legend item) */
  legendHover: string | null;
  hiddenFamilies: readonly EdgeFamily[];
  notices: string[];
  /** The view the address names, read once the dataset is here (one update: no default view is painted first). */
  viewArrived: (view?: Partial<View>, notices?: string[]) => void;
  viewRestored: (view: Partial<View>, notices?: string[]) => void;
  lensChosen: (lens: LensId) => void;
  entitySelected: (id: string | null) => void;
  /** The one pointer-click rule of map and graph: selects the entity, or clears the selection when it is already
   *  selected; `repeat` (the second click of a double click) keeps it. (Keyboard: Enter selects, Escape clears.) */
  entityClicked: (id: string, repeat?: boolean) => void;
  entityHovered: (id: string | null) => void;
  legendHovered: (cls: string | null) => void;
  /** Adds or removes one class; the dataset (passed in, it is not the store's) gives the classes' order. */
  filterToggled: (atlas: Atlas, dim: Dimension, cls: string) => void;
  filtersSet: (filters: Filters) => void;
  filtersCleared: () => void;
  dateChosen: (t: string | null) => void;
  compareToggled: (id: string) => void;
  /** A bloc outline (`name`: the bloc's name) whose code could not be loaded: said once in the notices. */
  outlineFailed: (name: string) => void;
  /** A language's messages that could not load (all or part): they are said in English, and the notices say so once;
   *  `offline`: because the device is offline (the page loads them when it is back online: app/App.tsx). */
  languageFailed: (language: string, offline?: boolean) => void;
  /** The sources' texts could not be fetched (`offline`: the device is): said once in the notices; the facts stay. */
  sourceTextsFailed: (offline: boolean) => void;
  /** A language chosen while offline whose messages could not load: the page stays in its language and says so. */
  languageOffline: (language: string, current: string) => void;
  focusSet: (focus: View['focus']) => void;
  zoomChanged: (zoom: string | null) => void;
  familyToggled: (family: EdgeFamily) => void;
  /** one family shown alone, or (null) the default families again */
  familyOnly: (family: EdgeFamily | null) => void;
  stepChosen: (step: number | null) => void;
  langChosen: (lang: Lang) => void;
  graphViewChosen: (graphView: GraphViewMode) => void;
  groupingChosen: (grouping: Grouping) => void;
  rowsByChosen: (rowsBy: MatrixSort) => void;
  outlineChosen: (outline: string | null) => void;
  noticeDismissed: (index: number) => void;
  noticesDismissed: () => void;
}

export const MAX_COMPARE = 3;

export const useAppStore = create<AppState>()((set, get) => {
  /** Adds a notice in the page's language, once (the same failure said again adds nothing). */
  const sayOnce = (key: MessageKey, values?: MessageValues) => {
    const text = formatMessage(get().lang, key, values);
    if (!get().notices.includes(text)) set({ notices: boundNotices([...get().notices, text], get().lang) });
  };
  return {
    ...DEFAULT_VIEW,
    // Until the atlas brings the whole view, the address (or the browser) already names the language.
    lang: initialLang(),
    viewReady: false,
    hover: null,
    legendHover: null,
    hiddenFamilies: FAMILIES_OFF_BY_DEFAULT,
    notices: [],
    viewArrived: (view = {}, notices = []) => set({ ...DEFAULT_VIEW, ...view, notices, viewReady: true }),
    viewRestored: (view, notices = []) => set({ ...DEFAULT_VIEW, ...view, notices }),
    // the legend item under the pointer belonged to the old lens's list: its outline goes with it
    lensChosen: (lens) => set({ lens, legendHover: null }),
    entitySelected: (sel) => set({ sel }),
    entityClicked: (id, repeat = false) => set({ sel: !repeat && get().sel === id ? null : id }),
    entityHovered: (hover) => (get().hover === hover ? undefined : set({ hover })),
    legendHovered: (legendHover) => set({ legendHover }),
    filterToggled: (atlas, dim, cls) => set({ filters: toggleClass(atlas, get().filters, dim, cls) }),
    filtersSet: (filters) => set({ filters }),
    filtersCleared: () => set({ filters: EMPTY_FILTERS }),
    dateChosen: (t) => set({ t }),
    compareToggled: (id) => {
      const cmp = get().cmp;
      if (cmp.includes(id)) set({ cmp: cmp.filter((c) => c !== id) });
      else if (cmp.length < MAX_COMPARE) set({ cmp: [...cmp, id] });
      else set({ notices: boundNotices([...get().notices, formatMessage(get().lang, 'notice.compareFull', { max: MAX_COMPARE })], get().lang) });
    },
    outlineFailed: (name) => sayOnce('notice.outlineFailed', { name }),
    languageFailed: (language, offline = false) => sayOnce(offline ? 'notice.languageFailedOffline' : 'notice.languageFailed', { language }),
    sourceTextsFailed: (offline) => sayOnce(offline ? 'notice.sourcesOffline' : 'notice.sourcesFailed'),
    languageOffline: (language, current) => sayOnce('notice.languageOffline', { language, current }),
    focusSet: (focus) => set({ focus }),
    zoomChanged: (zoom) => set({ zoom }),
    familyToggled: (family) => {
      const hidden = get().hiddenFamilies;
      set({ hiddenFamilies: hidden.includes(family) ? hidden.filter((f) => f !== family) : [...hidden, family] });
    },
    familyOnly: (family) => set({ hiddenFamilies: family ? EDGE_FAMILIES.filter((f) => f !== family) : FAMILIES_OFF_BY_DEFAULT }),
    stepChosen: (step) => set({ step }),
    langChosen: (lang) => set({ lang }),
    graphViewChosen: (graphView) => set({ graphView }),
    groupingChosen: (grouping) => set({ grouping }),
    rowsByChosen: (rowsBy) => set({ rowsBy }),
    outlineChosen: (outline) => set({ outline }),
    noticeDismissed: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    noticesDismissed: () => set({ notices: [] }),
  };
});


/** The fields of a view: the one list that URL sync and `pickView` read. */
export const VIEW_KEYS = Object.keys(DEFAULT_VIEW) as readonly (keyof View)[];
export const pickView = (s: AppState): View => Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as View;
