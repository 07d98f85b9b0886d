// Hosts the graph painter: created once per mount, subscribed to the store outside React (zustand's transient
// updates), so a click, a hover or a lens change repaints only what the scene diff names, without a React render.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Atlas } from '../../data/atlas';
import type { Positions } from '../../graph/layout';
import { selectHoverSet, withAtlas, type WithAtlas } from '../../store/derived';
import { useAppStore, type AppState } from '../../store/appStore';
import { currentScene } from '../map/useMapPainter';
import { installStatusStyles } from '../../theme/mapStyle';
import { createGraphPainter, type GraphEvents, type GraphLayers, type GraphPainter, type Words } from './graphPainter';
import type { LabelConfig, LabelState } from './graphLabels';
import { selectLitSet } from './selectors';
import { afterPaint } from '../../lib/afterPaint';

let painted = false;

const labelStateOf = (s: AppState & WithAtlas): LabelState => ({
  sel: s.sel, hover: s.hover, hoverSet: selectHoverSet(s), lit: selectLitSet(s), focusId: s.focus?.id ?? null,
});

type LayerRefs = { [K in keyof GraphLayers]: RefObject<GraphLayers[K] | null> };

/** `atlas` is the dataset the painter draws (the host's: react-query's, never the store's); read once, at creation. */
export function useGraphPainter(atlas: Atlas, layers: LayerRefs, events: GraphEvents, words: Words, labels: LabelConfig, layout: Positions,
  size: { width: number; height: number }): RefObject<GraphPainter | null> {
  const painter = useRef<GraphPainter | null>(null);
  // the latest callbacks, read when an event happens (the painter is not rebuilt for new closures)
  const ev = useRef(events);
  ev.current = events;
  useLayoutEffect(() => {
    installStatusStyles();
    // graph:painted: after the frame that draws the nodes (committed below) and the links (the painter's canvas, drawn
    // in that frame's animation callbacks). Asked for before the painter is set up, so it is not also held behind the
    // labels, which the painter places after that frame (20–50 ms on first load).
    if (!painted) afterPaint(() => { if (!painted) { painted = true; performance.mark('graph:painted'); } });
    const get = <K extends keyof GraphLayers>(k: K) => layers[k].current!;
    const p = createGraphPainter({ svg: get('svg'), canvas: get('canvas'), dragCanvas: get('dragCanvas'), world: get('world'), nodes: get('nodes'), labels: get('labels'), links: get('links') }, {
      click: (id, repeat) => ev.current.click(id, repeat), select: (id) => ev.current.select(id), hover: (id) => ev.current.hover(id),
      focus: (id) => ev.current.focus(id), pins: (ids) => ev.current.pins(ids), pan: (t) => ev.current.pan(t),
    }, words);
    painter.current = p;
    p.setSize(size.width, size.height, window.devicePixelRatio || 1);
    p.setLayout(layout);
    p.setLabels(labels);
    const paint = () => p.paint(currentScene(atlas), labelStateOf(withAtlas(useAppStore.getState(), atlas)));
    paint();
    const off = useAppStore.subscribe(paint);
    return () => { off(); p.destroy(); painter.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once; the effects below pass later changes on
  }, []);
  useLayoutEffect(() => painter.current?.setSize(size.width, size.height, window.devicePixelRatio || 1), [size.width, size.height]);
  useLayoutEffect(() => painter.current?.setLayout(layout), [layout]);
  useLayoutEffect(() => painter.current?.setLabels(labels), [labels]);
  useLayoutEffect(() => painter.current?.setWords(words), [words]);
  return painter;
}
