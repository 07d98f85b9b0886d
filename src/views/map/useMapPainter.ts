// Hosts the map painter: created once per geometry, subscribed to the stores (zustand's "transient updates"),
// so a store change repaints only the marks whose attributes changed, without a React render. The dataset comes
// from the host (react-query's, data/useAtlas.ts), never from the store.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Atlas } from '../../data/atlas';
import type { MapGeometry } from '../../geo/mapGeometry';
import type { ZoomTransform } from '../../zoom/transform';
import type { EntityRef } from '../../geo/topology';
import { computeScene } from '../../scene/scene';
import { createLensWarmer } from '../../scene/warm';
import { useAppStore } from '../../store/appStore';
import { useChangesStore } from '../../store/changes';
import { useCatalogues } from '../../i18n/catalogue';
import { installStatusStyles } from '../../theme/mapStyle';
import { groupName } from '../../i18n/entityWords';
import { createMapPainter, type MapLayers, type MapPainter } from './mapPainter';

/** The scene's input: the stores' state now, with the given dataset. */
const currentInput = (atlas: Atlas) => ({ ...useAppStore.getState(), atlas, since: useChangesStore.getState().since });
/** The scene of the stores' state now, drawn from the given dataset (map and graph painters repaint from it). */
export const currentScene = (atlas: Atlas) => computeScene(currentInput(atlas));

/** `tabStop`: the mark in the tab order; the host changes it through the painter (no render) and keeps it here for a
 *  painter created again (a new geometry or dataset). */
export function useMapPainter(atlas: Atlas, geo: MapGeometry, entities: readonly EntityRef[], layers: { [K in keyof MapLayers]: RefObject<MapLayers[K] | null> }, t: ZoomTransform, tabStop: RefObject<string>) {
  const painter = useRef<MapPainter | null>(null);
  useLayoutEffect(() => {
    installStatusStyles();
    const p = createMapPainter({ shapes: layers.shapes.current!, blocs: layers.blocs.current!, outlines: layers.outlines.current!, markers: layers.markers.current! }, geo, entities,
      (bloc) => useAppStore.getState().outlineFailed(groupName(atlas, bloc, useAppStore.getState().lang)));
    painter.current = p;
    const warmer = createLensWarmer();
    const paint = () => {
      p.paint(currentScene(atlas));
      // the other lenses' statuses at this date, made in idle time for a lens change (scene/warm.ts)
      warmer.ask(() => currentInput(atlas));
    };
    paint();
    p.setTabStop(tabStop.current);
    const offApp = useAppStore.subscribe(paint);
    const offChanges = useChangesStore.subscribe(paint);
    // a language's messages arriving after the view changed to it: status words in the marks' labels follow
    const offWords = useCatalogues.subscribe(paint);
    return () => { offApp(); offChanges(); offWords(); warmer.cancel(); p.destroy(); painter.current = null; };
  }, [atlas, geo, entities, layers.shapes, layers.blocs, layers.outlines, layers.markers, tabStop]);
  useLayoutEffect(() => painter.current?.place(t), [t, geo]);
  return painter;
}
