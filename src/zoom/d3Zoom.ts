// d3-zoom and what it brings (d3-selection, -transition, -interpolate, -color, -ease, -timer, -drag; ~17 KB gzip): a
// chunk of its own that zoomController.ts loads when the first view sets up its zoom, so the first script is
// lighter by that much. Nothing else imports these.
export { select, zoom, zoomIdentity, zoomTransform } from 'd3';
