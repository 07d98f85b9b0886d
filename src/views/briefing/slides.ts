// Steps into slides for the stage, the exporters, the handout and the presenter view: the step's view is cleaned
// against this dataset (a deck may come from another version), then drawn by the pure model and renderer.
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import { mapGeometry } from '../../geo/mapGeometryComputed';
import type { Step } from '../../briefing/deck';
import { renderSlide, type RenderOptions } from '../../briefing/renderSlide';
import { slideModel, type SlideModel } from '../../briefing/slideModel';
import { searchFromView, viewFromSearch } from '../../store/url';
import type { View } from '../../store/appStore';

/** Drops what this dataset does not know (ids, classes, dates), like opening the view's link would. */
export const cleanView = (atlas: Atlas, view: View): View => viewFromSearch(atlas, searchFromView({ ...view, step: null })).view;

/** A step (or, with `step` null, the bare view) as a slide model; `sources` null while their texts are not here. */
export function stepModel(atlas: Atlas, sources: Sources | null, view: View, step: Step | null, index?: number, total?: number): SlideModel {
  return slideModel(atlas, sources, {
    view: cleanView(atlas, view),
    title: step?.title, caption: step?.caption, notes: step?.notes, layout: step?.layout, callout: step?.callout, index, total,
  }, mapGeometry(atlas.countries));
}

export const slideSvg = (atlas: Atlas, model: SlideModel, o?: RenderOptions) => renderSlide(model, mapGeometry(atlas.countries), o);
