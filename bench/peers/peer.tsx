// What a developer would pick instead: react-simple-maps for the map, react-force-graph-2d for the network, fed with
// the same dataset, the same 110m topology and the same graph model, with the same performance marks as the app.
// Map paths carry data-iso3 / data-status / data-selected so the bench measures both pages the same way.
import { memo, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import ForceGraph2D from 'react-force-graph-2d';
import world from 'world-atlas/countries-110m.json';
import { normaliseDataset, type Atlas } from '../../src/data/atlas';
import { LENS_IDS, statusAt, type LensId } from '../../src/data/lenses';
import { buildGraph } from '../../src/graph/model';
import type { Dataset } from '../../src/data/schema';
import { colourOf } from './palette';
import { syntheticAtlas } from './synthetic';

interface PeerProbe { graphShows: string | null; graphShownAt: number | null; graphLens: LensId; graphLensAt: number | null; screenOf: (id: string) => { x: number; y: number } | null; settledAt: number | null }
declare global { interface Window { __peer: PeerProbe } }
// What the bench reads: which selection and lens the canvas last painted and when, node screen positions, settle time.
window.__peer = { graphShows: null, graphShownAt: null, graphLens: 'budapest', graphLensAt: null, screenOf: () => null, settledAt: null };
const markOnce = (name: string) => { if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name); };
const afterFrame = (name: string) => requestAnimationFrame(() => setTimeout(() => markOnce(name), 0));
let graphPaintAsked = false;

const PeerMap = memo(function PeerMap({ atlas, lens, sel, onSelect }: { atlas: Atlas; lens: LensId; sel: string | null; onSelect: (id: string) => void }) {
  const isoOf = useMemo(() => new Map(atlas.countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c.id])), [atlas]);
  useEffect(() => { afterFrame('map:painted'); }, []);
  return (
    <ComposableMap projection="geoEqualEarth" projectionConfig={{ scale: 150 }} width={800} height={400}>
      <Geographies geography={world as unknown as ComponentProps<typeof Geographies>['geography']}>
        {({ geographies }) => geographies.map((geo) => {
          const iso = isoOf.get(String(geo.id)) ?? '';
          const cls = iso ? statusAt(atlas, lens, iso, atlas.asOf).cls : 'no-data';
          return (
            <Geography key={geo.rsmKey} geography={geo} data-iso3={iso} data-status={cls} data-selected={sel === iso ? 'true' : undefined}
              aria-label={geo.properties?.name} onClick={() => iso && onSelect(iso)}
              fill={colourOf(cls)} stroke={sel === iso ? '#000' : '#fff'} strokeWidth={sel === iso ? 1.5 : 0.3} />
          );
        })}
      </Geographies>
    </ComposableMap>
  );
});

function PeerGraph({ atlas, lens, sel, onSelect }: { atlas: Atlas; lens: LensId; sel: string | null; onSelect: (id: string) => void }) {
  // Copies: force-graph mutates its input (it swaps link ids for node objects).
  const data = useMemo(() => {
    const g = buildGraph(atlas, atlas.asOf);
    const hidden = new Set(new URLSearchParams(location.search).get('families') === 'all' ? [] : ['interpol', 'untoc']);
    return { nodes: g.nodes.map((n) => ({ id: n.id, label: n.label })), links: g.links.filter((l) => !hidden.has(l.family)).map((l) => ({ source: l.source, target: l.target })) };
  }, [atlas]);
  const ref = useRef<any>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 600, h: 600 });
  useEffect(() => { const r = wrap.current!.getBoundingClientRect(); setSize({ w: r.width, h: r.height }); }, []);
  useEffect(() => {
    window.__peer.screenOf = (id) => {
      const n = data.nodes.find((x) => x.id === id) as { x?: number; y?: number } | undefined;
      if (!n || n.x === undefined || !ref.current) return null;
      const p = ref.current.graph2ScreenCoords(n.x, n.y);
      const r = wrap.current!.getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    };
  }, [data]);
  return (
    <div ref={wrap} style={{ width: '100%', height: '100%' }}>
      <ForceGraph2D ref={ref} graphData={data} width={size.w} height={size.h}
        nodeColor={(n: any) => (n.id === sel ? '#000' : colourOf(statusAt(atlas, lens, n.id, atlas.asOf).cls))}
        nodeLabel="label" onNodeClick={(n: any) => onSelect(n.id)}
        onRenderFramePost={() => {
          // force-graph draws its first frame on the canvas synchronously, inside React's commit: the pixels reach
          // the screen with the next frame. graph:painted means the same on both pages: after that frame.
          if (!graphPaintAsked) { graphPaintAsked = true; afterFrame('graph:painted'); }
          if (window.__peer.graphShows !== sel) Object.assign(window.__peer, { graphShows: sel, graphShownAt: performance.now() });
          if (window.__peer.graphLens !== lens) Object.assign(window.__peer, { graphLens: lens, graphLensAt: performance.now() });
        }}
        onEngineStop={() => { window.__peer.settledAt ??= performance.now(); }} />
    </div>
  );
}

function Peer({ atlas }: { atlas: Atlas }) {
  const [lens, setLens] = useState<LensId>('budapest');
  const [sel, setSel] = useState<string | null>(null);
  return (
    <div className="peer">
      <section className="view-map" aria-label="World map">
        <select aria-label="Colour the map by" value={lens} onChange={(e) => setLens(e.target.value as LensId)}>
          {LENS_IDS.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
        <PeerMap atlas={atlas} lens={lens} sel={sel} onSelect={setSel} />
      </section>
      <section className="view-graph" aria-label="Cooperation network">
        <PeerGraph atlas={atlas} lens={lens} sel={sel} onSelect={setSel} />
      </section>
    </div>
  );
}

// Loaded the way the app loads it: the JSON in its own chunk, normalised (the peer skips schema validation).
// ?copies=11&families=all draws the synthetic network of the scale benchmark instead.
const copies = Number(new URLSearchParams(location.search).get('copies') ?? 1);
import('../../data/atlas.json').then((mod) => {
  const raw = mod.default as unknown as Dataset;
  const atlas = copies > 1 ? syntheticAtlas(raw, copies) : normaliseDataset(raw);
  performance.mark('data:ready');
  createRoot(document.getElementById('root')!).render(<Peer atlas={atlas} />);
});
