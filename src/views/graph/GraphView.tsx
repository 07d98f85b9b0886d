// The cooperation network: a static SVG of a layout computed once per atlas (see graph/layout.ts), linked with the
// map through the one store. Interaction never touches geometry: hover and selection are attributes and classes,
// zoom is one transform on a <g> (node glyphs and labels counter-scale through the --k CSS variable).
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type SyntheticEvent } from 'react';
import type { Atlas } from '../../data/atlas';
import { fitTransform } from '../../graph/fit';
import { egoLayout } from '../../graph/ego';
import type { Grouping } from '../../graph/grouping';
import { layoutDegrees, layoutOf, type Point } from '../../graph/layout';
import { stepToward, type Direction } from '../../graph/navigation';
import { selectGraph, selectHoverSet, useAtlas } from '../../store/derived';
import { useAppStore } from '../../store/appStore';
import { ActiveEdges } from './ActiveEdges';
import { BlocOutline } from './BlocOutline';
import { HowToRead } from './HowToRead';
import { useI18n } from '../../i18n/useI18n';
import { MatrixView } from './MatrixView';
import { FamilyToggles } from './FamilyToggles';
import { GraphControls } from './GraphControls';
import { GraphEdges } from './GraphEdges';
import { GraphLabels } from './GraphLabels';
import { GraphLegend } from './GraphLegend';
import { GraphNodeMark } from './GraphNodeMark';
import { selectVisibleIds, selectVisibleLinks } from './selectors';
import { useElementSize } from './useElementSize';
import { useGraphZoom } from './useGraphZoom';
import './graph.css';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
let painted = false;

export function GraphView() {
  const atlas = useAtlas();
  return atlas ? <GraphPanel atlas={atlas} /> : null;
}

/** Where the ego sectors' captions sit, as a multiple of the inner ring's radius. */
const CAPTION_OUT = 1.45;

/** Hubs whose family is off by default (their id is also the family's). */
const NEAR_UNIVERSAL = ['interpol', 'untoc'] as const;

const nodeIdOf = (e: SyntheticEvent) => (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;

function GraphPanel({ atlas }: { atlas: Atlas }) {
  const { t: tr } = useI18n();
  const [mode, setMode] = useState<'network' | 'matrix'>('network');
  const [grouping, setGrouping] = useState<Grouping>('region');
  const [outline, setOutline] = useState<string>('');
  const blocs = atlas.blocs.filter((b) => b.kind === 'bloc');
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
                {blocs.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select></label>
            </>
          )}
        </div>
      </div>
      {mode === 'network' ? <NetworkPanel atlas={atlas} grouping={grouping} outline={outline} /> : <MatrixView />}
      <HowToRead mode={mode} />
    </div>
  );
}

function NetworkPanel({ atlas, grouping, outline }: { atlas: Atlas; grouping: Grouping; outline: string }) {
  const grouped = useMemo(() => layoutOf(atlas, grouping), [atlas, grouping]);
  const degrees = useMemo(() => layoutDegrees(atlas), [atlas]);
  const [pins, setPins] = useState<ReadonlyMap<string, Point>>(() => new Map());
  const graph = useAppStore(selectGraph)!;
  const focus = useAppStore((s) => s.focus);
  const hidden = useAppStore((s) => s.hiddenFamilies);
  // With a focus, its ego network arranged round it: partners in sectors by state, partners through a national
  // body beside that body; otherwise the grouped layout (nodes absent at the date hidden, never moved).
  const ego = useMemo(() => (focus && graph.nodeById.has(focus.id) ? egoLayout(graph, focus.id, focus.depth, (l) => !hidden.includes(l.family)) : null),
    [graph, focus, hidden]);
  const layout = ego?.positions ?? grouped;
  // Near-universal memberships (INTERPOL, UNTOC) are a count on their hub, not ~390 lines, until turned on.
  const badges = useMemo(() => new Map(NEAR_UNIVERSAL.filter((f) => hidden.includes(f)).map((f) => {
    const n = (graph.linksOf.get(f) ?? []).filter((lid) => { const l = graph.linkById.get(lid)!; return l.family === f && l.stage === 'in_force' && (l.relation === 'member_of' || l.relation === 'party_to'); }).length;
    return [f, f === 'interpol' ? `INTERPOL: ${n} members` : `UNTOC: ${n} parties`];
  })), [graph, hidden]);
  const positions = useMemo(() => (pins.size ? new Map([...layout, ...pins]) : layout), [layout, pins]);
  const shownIds = useAppStore(selectVisibleIds);
  const shownLinks = useAppStore(selectVisibleLinks);
  const visibleIds = useMemo(() => (ego ? new Set(ego.positions.keys()) : shownIds), [ego, shownIds]);
  const links = useMemo(() => (ego ? graph.links.filter((l) => !hidden.includes(l.family) && ego.positions.has(l.source) && ego.positions.has(l.target)) : shownLinks),
    [ego, graph, hidden, shownLinks]);
  const sel = useAppStore((s) => s.sel);
  const hovering = useAppStore((s) => selectHoverSet(s) !== null);
  const { entitySelected, entityClicked, entityHovered, focusSet } = useAppStore.getState();
  const nodes = useMemo(() => graph.nodes.filter((n) => visibleIds.has(n.id) && positions.has(n.id)), [graph, visibleIds, positions]);

  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(wrapRef);
  const [t, setTransform] = useGraphZoom(svgRef, size);
  const tRef = useRef(t);
  tRef.current = t;

  // Fit the whole layout (so the picture does not move with the date) or, when focused, the focus neighbourhood.
  const fitIds = useMemo(() => (focus ? [...visibleIds].sort().join(',') : grouping), [focus, visibleIds, grouping]);
  useEffect(() => {
    const pts = focus ? [...visibleIds].map((id) => positions.get(id)).filter((p): p is Point => !!p) : [...layout.values()];
    // the sector captions sit beyond the inner ring: keep them in view
    for (const sc of ego?.sectors ?? []) pts.push({ x: ego!.rings[0] * CAPTION_OUT * Math.cos(sc.angle), y: ego!.rings[0] * CAPTION_OUT * Math.sin(sc.angle) });
    setTransform(fitTransform(pts, size.width, size.height, focus ? 60 : 24));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on focus or size changes only, not on drags
  }, [fitIds, size.width, size.height, setTransform]);

  useEffect(() => {
    if (painted) return;
    requestAnimationFrame(() => setTimeout(() => {
      if (!painted) { painted = true; performance.mark('graph:painted'); }
    }, 0));
  }, []);

  // Roving tabindex: one node is in the tab order (the last one focused, else the selection, else the first hub).
  const [current, setCurrent] = useState<string | null>(null);
  const tabId = [current, sel, 'budapest'].find((id) => id && visibleIds.has(id)) ?? nodes[0]?.id;

  const drag = useRef<{ id: string; x0: number; y0: number; active: boolean; moved: boolean } | null>(null);
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    const id = nodeIdOf(e);
    drag.current = id && !e.button ? { id, x0: e.clientX, y0: e.clientY, active: true, moved: false } : null;
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d?.active || (!d.moved && Math.hypot(e.clientX - d.x0, e.clientY - d.y0) < 4)) return;
    // Capture only once it is a drag, so plain clicks and double-clicks still reach the node.
    if (!d.moved) e.currentTarget.setPointerCapture?.(e.pointerId);
    d.moved = true;
    const rect = svgRef.current!.getBoundingClientRect();
    const { k, x, y } = tRef.current;
    setPins((prev) => new Map(prev).set(d.id, { x: (e.clientX - rect.left - x) / k, y: (e.clientY - rect.top - y) / k }));
  };
  const onPointerUp = () => { if (drag.current) drag.current.active = false; };
  const onClick = (e: SyntheticEvent) => {
    const id = nodeIdOf(e);
    const dragged = drag.current?.moved;
    drag.current = null;
    if (!id || dragged) return;
    entityClicked(id, (e.nativeEvent as MouseEvent).detail > 1);
    setCurrent(id);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const id = nodeIdOf(e);
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); entitySelected(id); return; } // Enter selects (Escape clears), never toggles
    if (e.key === 'Escape') { entitySelected(null); entityHovered(null); return; }
    const dir = ARROWS[e.key];
    if (!dir) return;
    e.preventDefault();
    const from = positions.get(id)!;
    const near = new Set(links.filter((l) => l.source === id || l.target === id).map((l) => (l.source === id ? l.target : l.source)));
    const pool = nodes.filter((n) => n.id !== id && (near.size ? near.has(n.id) : true)).map((n) => ({ id: n.id, p: positions.get(n.id)! }));
    const next = stepToward(from, dir, pool);
    if (next) {
      setCurrent(next);
      svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(next)}"]`)?.focus();
    }
  };

  return (
    <>
      <div className="graph-toolbar">
        <FamilyToggles />
        <GraphControls pinned={pins.size} onUnpinAll={() => setPins(new Map())}
          onUnpin={sel && pins.has(sel) ? () => setPins((prev) => { const m = new Map(prev); m.delete(sel); return m; }) : undefined} />
      </div>
      <div ref={wrapRef} className="graph-canvas">
        <svg ref={svgRef} width={size.width} height={size.height} className={`graph-svg${hovering ? ' hovering' : ''}${sel && visibleIds.has(sel) ? ' has-sel' : ''}`}
          role="group" aria-label={`Cooperation network: ${nodes.length} nodes, ${links.length} links`}>
          <g transform={`translate(${t.x},${t.y}) scale(${t.k})`} style={{ '--k': t.k } as CSSProperties}>
            {outline && !ego && <BlocOutline bloc={outline} nodes={nodes} positions={positions} />}
            {ego?.sectors.map((sc) => {
              const r = ego.rings[0] * CAPTION_OUT; // beyond the ring and its labels
              return <text key={sc.state} className="ego-sector" x={r * Math.cos(sc.angle)} y={r * Math.sin(sc.angle)}>{`${sc.label} (${sc.count})`}</text>;
            })}
            <GraphEdges links={links} positions={positions} className="edges" />
            <ActiveEdges links={links} positions={positions} />
            <g className="nodes" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onClick={onClick}
              onDoubleClick={(e) => { const id = nodeIdOf(e); if (id) focusSet({ id, depth: focus?.depth ?? 1 }); }}
              onPointerOver={(e) => entityHovered(nodeIdOf(e))} onPointerLeave={() => entityHovered(null)}
              onFocus={(e) => setCurrent(nodeIdOf(e))} onKeyDown={onKeyDown}>
              {nodes.map((n) => {
                const p = positions.get(n.id)!;
                return <GraphNodeMark key={n.id} node={n} unverified={atlas.nodeById.get(n.id)?.unverified ?? false} x={p.x} y={p.y} focusable={n.id === tabId} pinned={pins.has(n.id)} />;
              })}
            </g>
            <GraphLabels nodes={nodes} positions={positions} degrees={degrees} texts={badges} transform={t} width={size.width} height={size.height} focusId={focus?.id ?? null} />
          </g>
        </svg>
      </div>
      <GraphLegend />
    </>
  );
}
