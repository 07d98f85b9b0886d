// The cooperation network: React keeps the toolbar, legend and the rare overlays (bloc outline, ego captions); the
// painter (graphPainter.ts) owns links (canvas), nodes, the list of links and labels, updated from the scene diff.
// The layout is computed once per atlas and grouping (see graph/layout.ts); zoom is one transform on one group.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { PartBoundary } from '../../app/PartBoundary';
import type { Atlas } from '../../data/atlas';
import { fitTransform } from '../../graph/fit';
import { egoLayout } from '../../graph/ego';
import type { Grouping } from '../../graph/grouping';
import { layoutDegrees, type Positions } from '../../graph/layout';
import type { MessageKey } from '../../i18n/catalogue';
import { nameOf } from '../../i18n/names';
import { selectGraph, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { useAppStore } from '../../store/appStore';
import { BlocOutline } from './BlocOutline';
import { HowToRead } from './HowToRead';
import { useI18n } from '../../i18n/useI18n';
import { inParens } from '../../i18n/langs';
import { withLaterMessages } from '../../i18n/laterMessages';
import { egoSectorCaption, groupName, stageWord } from '../../i18n/entityWords';
import { outlineBlocs } from '../../data/blocs';
import { FamilyToggles } from './FamilyToggles';
import { GraphControls } from './GraphControls';
import { GraphLegend } from './GraphLegend';
import type { Words } from './graphPainter';
import { labelTextOf, type LabelConfig } from './graphLabels';
import { useElementSize } from '../../lib/useElementSize';
import { useGraphPainter } from './useGraphPainter';
import { useGraphZoom } from './useGraphZoom';
import { useLayout } from './useLayout';
import { rehearseClickWhenIdle } from '../../lib/clickRehearsal';
import { loadZoomBehaviour } from '../../zoom/zoomController';
import './graph.css';

// The matrix is a second view of the same links: it loads when first chosen, not with the first paint.
const loadMatrix = () => withLaterMessages(import('./MatrixView')).then((m) => m.MatrixView);

export function GraphView() {
  const atlas = useAtlas();
  return atlas ? <GraphPanel atlas={atlas} /> : null;
}

/** Where the ego sectors' captions sit, as a multiple of the inner ring's radius. */
const CAPTION_OUT = 1.45;

/** Hubs whose family is off by default (their id is also the family's). */

function GraphPanel({ atlas }: { atlas: Atlas }) {
  const { t: tr, lang } = useI18n();
  // The view mode, grouping and outline are part of the shared view (URL, deck steps).
  const mode = useAppStore((s) => s.graphView);
  const grouping = useAppStore((s) => s.grouping);
  const outline = useAppStore((s) => s.outline) ?? '';
  const { graphViewChosen: setMode, groupingChosen: setGrouping, outlineChosen } = useAppStore.getState();
  const setOutline = (id: string) => outlineChosen(id || null);
  const blocs = outlineBlocs(atlas);
  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <div className="graph-view-switch" role="group" aria-label={tr('graph.viewAria')}>
          <button type="button" aria-pressed={mode === 'network'} onClick={() => setMode('network')}>{tr('graph.network')}</button>
          <button type="button" aria-pressed={mode === 'matrix'} onClick={() => setMode('matrix')}>{tr('graph.matrix')}</button>
          {mode === 'network' && (
            <>
              <label>{tr('graph.groupBy')} <select value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)}>
                <option value="region">{tr('graph.groupRegion')}</option><option value="bloc">{tr('graph.groupBloc')}</option>
              </select></label>
              <label>{tr('graph.outline')} <select value={outline} onChange={(e) => setOutline(e.target.value)} aria-label={tr('graph.outlineAria')}>
                <option value="">{tr('graph.outlineNone')}</option>
                {blocs.map((b) => <option key={b.id} value={b.id}>{groupName(atlas, b.id, lang)}</option>)}
              </select></label>
            </>
          )}
        </div>
      </div>
      {mode === 'network' ? <ArrangedNetwork atlas={atlas} grouping={grouping} outline={outline} />
        : <PartBoundary><WhenLoaded load={loadMatrix} fallback={<p className="loading" role="status">{tr('panel.loading')}</p>}>{(MatrixView) => <MatrixView />}</WhenLoaded></PartBoundary>}
      <HowToRead mode={mode} />
    </div>
  );
}

/** The network once its layout is ready; until then (a layout computed off the main thread) a clear status. */
function ArrangedNetwork({ atlas, grouping, outline }: { atlas: Atlas; grouping: Grouping; outline: string }) {
  const { t } = useI18n();
  const grouped = useLayout(atlas, grouping);
  if (!grouped) return <div className="graph-arranging"><p role="status">{t('graph.arranging')}</p></div>;
  return <NetworkPanel atlas={atlas} grouped={grouped} grouping={grouping} outline={outline} />;
}

function NetworkPanel({ atlas, grouped, grouping, outline }: { atlas: Atlas; grouped: Positions; grouping: Grouping; outline: string }) {
  const { lang, t: tr } = useI18n();
  // asked for by the labels, placed after the first frame: the layout graph they come from is not built before it
  const degrees = useMemo(() => ({ get: (id: string) => layoutDegrees(atlas).get(id) }), [atlas]);
  const [pins, setPins] = useState<readonly string[]>([]);
  const graph = useDerived(selectGraph)!;
  const focus = useAppStore((s) => s.focus);
  const hidden = useAppStore((s) => s.hiddenFamilies);
  // With a focus, its ego network arranged round it: partners in sectors by state, partners through a national
  // body beside that body; otherwise the grouped layout (nodes absent at the date hidden, never moved).
  const ego = useMemo(() => (focus && graph.nodeById.has(focus.id) ? egoLayout(graph, focus.id, focus.depth, (l) => !hidden.includes(l.family)) : null),
    [graph, focus, hidden]);
  const layout = ego?.positions ?? grouped;
  const t = useDate();
  const captions = useMemo(() => ego?.sectors.map((sc) => {
    const r = ego.rings[0] * CAPTION_OUT; // beyond the ring and its labels
    return { key: sc.state, x: r * Math.cos(sc.angle), y: r * Math.sin(sc.angle), text: egoSectorCaption(sc, lang) };
  }) ?? [], [ego, lang]);
  // names in the page's language, again when its messages arrive (`tr` changes then)
  const textOf = useMemo(() => labelTextOf(atlas, graph, hidden, lang, t), [atlas, graph, hidden, lang, t, tr]);
  const labels = useMemo((): LabelConfig => ({ degrees, textOf, captions }), [degrees, textOf, captions]);
  const words = useMemo((): Words => {
    // one message per language, filled in by hand: the ×10 network names 15,000 links
    const [pre, mid1, mid2, mid3, post] = tr('graph.linkItem', { source: '\u0000', target: '\u0000', family: '\u0000', stage: '\u0000' }).split('\u0000');
    const cache = new Map<string, string>();
    const word = (key: string, f: () => string) => cache.get(key) ?? (cache.set(key, f()), cache.get(key)!);
    const name = (id: string) => word(`n:${id}`, () => nameOf(atlas, id, lang));
    const unverified = inParens(tr('status.unverified'), lang);
    return {
      list: (count) => tr('graph.linkList', { count }),
      // the stage in its own word ("ongoing", "invited"), more precise than the legend's line groups
      link: (e) => pre + name(e.source) + mid1 + name(e.target) + mid2 + word(`f:${e.family}`, () => tr(`family.${e.family}` as MessageKey))
        + mid3 + word(`s:${e.stage}`, () => stageWord(e.stage, lang)) + post + (e.unverified ? unverified : ''),
      network: (nodes, links) => tr('graph.networkAria', { nodes, links }),
      pinned: (name) => tr('graph.pinnedName', { name }),
    };
  }, [atlas, lang, tr]);

  const wrapRef = useRef<HTMLDivElement>(null);
  const layers = {
    svg: useRef<SVGSVGElement>(null), canvas: useRef<HTMLCanvasElement>(null), dragCanvas: useRef<HTMLCanvasElement>(null), world: useRef<SVGGElement>(null),
    nodes: useRef<SVGGElement>(null), labels: useRef<SVGGElement>(null), links: useRef<SVGGElement>(null),
  };
  const size = useElementSize(wrapRef);
  const { entitySelected, entityClicked, entityHovered, focusSet } = useAppStore.getState();
  const painter = useGraphPainter(atlas, layers, {
    click: entityClicked, select: entitySelected, hover: entityHovered, pins: setPins,
    focus: (id) => focusSet({ id, depth: useAppStore.getState().focus?.depth ?? 1 }),
    pan: (t) => zoomTo(t),
  }, words, labels, layout, size);
  const zoomTo = useGraphZoom(layers.svg, size, (t) => painter.current?.setTransform(t));
  // the first click's code run once, by a click's events on the drawing itself, when the page is idle (lib/clickRehearsal.ts)
  useEffect(() => rehearseClickWhenIdle(() => layers.svg.current, loadZoomBehaviour), [layers.svg]);

  // Fit the whole layout (so the picture does not move with the date) or, when focused, the focus neighbourhood.
  const fitKey = ego ? [...ego.positions.keys()].sort().join(',') : grouping;
  useLayoutEffect(() => {
    const pts = [...layout.values()];
    // the sector captions sit beyond the inner ring: keep them in view
    for (const sc of ego?.sectors ?? []) pts.push({ x: ego!.rings[0] * CAPTION_OUT * Math.cos(sc.angle), y: ego!.rings[0] * CAPTION_OUT * Math.sin(sc.angle) });
    zoomTo(fitTransform(pts, size.width, size.height, ego ? 60 : 24));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on focus or size changes only, not on drags
  }, [fitKey, size.width, size.height, zoomTo]);

  return (
    <>
      <div className="graph-toolbar">
        <FamilyToggles />
        <GraphControls pins={pins} onUnpin={(id) => painter.current?.unpin(id)} />
      </div>
      <div ref={wrapRef} className="graph-canvas">
        <canvas ref={layers.canvas} className="graph-edges" aria-hidden="true" />
        <canvas ref={layers.dragCanvas} className="graph-edges" aria-hidden="true" />
        <svg ref={layers.svg} width={size.width} height={size.height} className="graph-svg" role="group">
          <g ref={layers.world}>
            {outline && !ego && <BlocOutline bloc={outline} positions={layout} />}
            {captions.map((c) => <text key={c.key} className="ego-sector" x={c.x} y={c.y}>{c.text}</text>)}
            <g ref={layers.nodes} className="nodes" />
          </g>
        </svg>
        {/* the labels over the nodes, in a drawing of their own transformed like the group above (the painter): at ten
            times the network, drawing 200 labels inside the nodes' drawing had Chromium lay out and paint its 2,500
            nodes again, a 100 ms frame after the first paint */}
        <svg className="graph-labels" width={size.width} height={size.height} aria-hidden="true"><g ref={layers.labels} className="labels-layer" /></svg>
        {/* the accessible list of the links drawn on the canvas, in a drawing of its own: at ten times the network it is
            filled in ~40 slices after the first paint, and inside the network's drawing each slice had the browser
            paint all its 2,500 nodes again */}
        <svg className="graph-link-list" width="1" height="1"><g ref={layers.links} className="edges" role="list" /></svg>
      </div>
      <GraphLegend />
    </>
  );
}
