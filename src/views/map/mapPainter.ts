// The map's marks are created once per geometry and then only updated from the scene diff: React never
// re-renders them. A lens change rewrites data-status of the marks that changed (colours come from CSS on
// data-status, see theme/mapStyle.ts; a marker's from its group's data-fill, a copy of its status), and their names
// after the paint; a click rewrites a dozen attributes; zoom moves the markers.
import type { MapGeometry } from '../../geo/mapGeometry';
import { MARKER_RADIUS } from '../../geo/mapGeometry';
import { markerOnScreen } from '../../geo/markers';
import type { ZoomTransform } from '../../zoom/transform';
import { applyAttributes } from '../../scene/attributes';
import { laterNames } from '../../lib/laterNames';
import { diffMarks } from '../../scene/diff';
import type { MarkState, Scene } from '../../scene/scene';
import type { EntityRef } from '../../geo/topology';
import { createTabStop } from '../../lib/rovingFocus';
import { svgEl } from '../../lib/svgEl';


export interface MapLayers { shapes: SVGGElement; blocs: SVGGElement; outlines: SVGGElement; markers: SVGGElement }

export interface MapPainter {
  /** applies what changed since the last painted scene */
  paint: (scene: Scene) => void;
  /** keeps markers at their zoomed positions (they are drawn outside the zoomed group, at a fixed size) */
  place: (t: ZoomTransform) => void;
  /** the one mark in the tab order (roving tabindex) */
  setTabStop: (id: string | null) => void;
  /** the mark element of an id */
  mark: (id: string) => SVGElement | undefined;
  destroy: () => void;
}

/** `entities`: the dataset's entities, which tie the base map's shapes to ids (for the bloc outline's union);
 *  `outlineFailed`: told which bloc's outline could not be drawn because its code did not load. */
export function createMapPainter(layers: MapLayers, geo: MapGeometry, entities: readonly EntityRef[], outlineFailed: (bloc: string) => void = () => {}): MapPainter {
  const marks = new Map<string, SVGElement>();
  const pathById = new Map(geo.shapes.map((s) => [s.id, s.d]));
  const button = (id: string) => ({ 'data-iso3': id, role: 'button', tabindex: -1 });

  const shapes = document.createDocumentFragment();
  for (const s of geo.shapes) {
    // the group carries the attributes; an invisible rect centres its box on the label point, so tools that click
    // "the middle of the element" land inside the country (France with French Guiana)
    const g = svgEl('g', { class: 'map-country', ...button(s.id) }, shapes);
    svgEl('path', { class: 'map-shape', d: s.d }, g);
    const [[x0, y0], [x1, y1]] = s.box;
    svgEl('rect', { class: 'map-hitbox', x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, g);
    marks.set(s.id, g);
  }
  layers.shapes.replaceChildren(shapes);

  const markerGroups = new Map<string, SVGGElement>();
  const placed: { leader?: SVGLineElement; halo: SVGCircleElement; dot: SVGCircleElement; m: MapGeometry['markers'][number] }[] = [];
  const markers = document.createDocumentFragment();
  for (const m of geo.markers) {
    const g = svgEl('g', { class: 'map-marker-group' }, markers);
    // a marker nudged off its true location keeps a leader line to it (the nudge is the same at every zoom)
    const nudged = Math.hypot(m.at[0] - m.anchor[0], m.at[1] - m.anchor[1]) > MARKER_RADIUS;
    const leader = nudged ? svgEl('line', { class: 'map-leader' }, g) : undefined;
    // a white halo keeps the marker visible on a shape of its own colour
    const halo = svgEl('circle', { class: 'map-marker-halo', r: MARKER_RADIUS + 1.5 }, g);
    const dot = svgEl('circle', { class: 'map-marker', r: MARKER_RADIUS, ...button(m.id) }, g);
    placed.push({ leader, halo, dot, m });
    marks.set(m.id, dot);
    markerGroups.set(m.id, g);
  }
  layers.markers.replaceChildren(markers);

  let last: Scene | null = null;
  /** each mark's name as written, so a scene whose names are new rewrites only those that differ */
  const written = new Map<string, string>();
  const nameMark = (scene: Scene, id: string) => {
    const e = marks.get(id);
    if (!e) return;
    const name = scene.names.mark(id);
    if (written.get(id) !== name) { e.setAttribute('aria-label', name); written.set(id, name); }
  };
  const names = laterNames<Scene>((scene) => scene.marks.keys(), nameMark);
  const tabStop = createTabStop((id) => marks.get(id));

  const OUTLINES: [string, (m: MarkState) => boolean][] = [
    ['outline-legend', (m) => m.legendHover], ['outline-apart', (m) => m.apart], ['outline-highlight', (m) => m.highlighted], ['outline-selected', (m) => m.selected],
  ];
  function outline(scene: Scene) {
    const out = document.createDocumentFragment();
    const drawn = [...scene.marks.values()].filter((m) => pathById.has(m.id));
    // selection last, so no neighbour's outline covers it
    for (const [cls, on] of OUTLINES) for (const m of drawn) if (on(m)) svgEl('path', { class: cls, d: pathById.get(m.id)! }, out);
    layers.outlines.replaceChildren(out);
  }

  const haloById = new Map(placed.map((p) => [p.m.id, p.halo]));
  let ringed: string[] = [];
  // The union is d3-geo's and topojson's work (geo/blocOutline.ts), a chunk requested when an outline is first asked
  // for: the outline is drawn when it arrives, from the scene painted by then.
  let outlines: typeof import('../../geo/blocOutline') | null = null;
  let requested = false, destroyed = false;
  const requestOutlines = () => {
    if (requested) return;
    requested = true;
    import('../../geo/blocOutline').then((m) => {
      outlines = m;
      if (!destroyed && last?.outline) blocOutline(last);
    }, (error: unknown) => {
      // a chunk that could not be fetched (offline): the next change of the view tries again
      requested = false;
      console.error('The bloc outline could not be drawn:', error);
      if (!destroyed && last?.outline) outlineFailed(last.outline.bloc);
    });
  };
  /** The outlined bloc: the union of its members' shapes (cased so it reads on every fill), rings on its markers;
   *  colours from the theme through map.css's variables. */
  function blocOutline(scene: Scene) {
    for (const id of ringed) haloById.get(id)!.removeAttribute('data-in-bloc');
    ringed = [];
    const out = document.createDocumentFragment();
    if (scene.outline && !outlines) requestOutlines();
    else if (scene.outline && outlines) {
      const { d, markers } = outlines.mapBlocOutline(geo, entities, scene.outline.members);
      const g = svgEl('g', { class: 'map-bloc-outline', 'data-bloc': scene.outline.bloc, 'data-members': scene.outline.members.size }, out);
      if (d) {
        svgEl('path', { class: 'bloc-casing', d }, g);
        svgEl('path', { class: 'bloc-line', d }, g);
      }
      for (const id of markers) haloById.get(id)!.setAttribute('data-in-bloc', 'true');
      ringed = markers;
    }
    layers.blocs.replaceChildren(out);
  }

  return {
    paint(scene) {
      if (scene === last) return;
      const d = diffMarks(last, scene);
      for (const c of d.marks) {
        const e = marks.get(c.id);
        if (!e) continue;
        applyAttributes(e, c.attrs);
        // the marker's colour keys on its group (mapStyle.ts says why)
        const status = c.attrs['data-status'];
        if (status) markerGroups.get(c.id)?.setAttribute('data-fill', status);
      }
      // the names: the first at once, new ones (a lens, date or language) after the paint
      if (!last) for (const id of scene.marks.keys()) nameMark(scene, id);
      else if (scene.names !== last.names) names.set(scene);
      if (d.outlines) outline(scene);
      if (d.blocOutline) blocOutline(scene);
      // an outline whose code failed to arrive: asked for again with the next change, not only the next outline
      else if (scene.outline && !outlines) requestOutlines();
      last = scene;
    },
    place(t) {
      for (const { leader, halo, dot, m } of placed) {
        const [x, y] = markerOnScreen(m, t);
        const xs = String(x), ys = String(y);
        halo.setAttribute('cx', xs); halo.setAttribute('cy', ys);
        dot.setAttribute('cx', xs); dot.setAttribute('cy', ys);
        if (leader) applyAttributes(leader, { x1: String(t.k * m.anchor[0] + t.x), y1: String(t.k * m.anchor[1] + t.y), x2: xs, y2: ys });
      }
    },
    setTabStop: (id) => tabStop.set(id),
    mark: (id) => marks.get(id),
    destroy() {
      destroyed = true;
      names.dispose();
      layers.shapes.replaceChildren();
      layers.outlines.replaceChildren();
      layers.blocs.replaceChildren();
      layers.markers.replaceChildren();
      marks.clear();
      written.clear();
      last = null;
    },
  };
}
