// Captures the live map and graph as stand-alone SVG fragments: clones the DOM and copies the computed
// presentation styles onto the clone, since the exported file has no stylesheet.
import type { Panel } from './slideSvg';

const STYLE_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin',
  'stroke-linecap', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline', 'paint-order',
  'visibility', 'vector-effect',
] as const;
/** Values that equal the SVG defaults are left out to keep the file small. */
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1', 'stroke-opacity': '1', opacity: '1', 'stroke-dasharray': 'none', visibility: 'visible',
  'fill-rule': 'nonzero', 'stroke-linejoin': 'miter', 'stroke-linecap': 'butt', 'paint-order': 'normal', 'vector-effect': 'none',
};

function inlineStyles(live: Element, copy: Element): void {
  const cs = getComputedStyle(live);
  const decl = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
    .filter(([p, v]) => v && DEFAULTS[p] !== v)
    .map(([p, v]) => `${p}:${v.replace(/"/g, "'")}`)
    .join(';');
  copy.setAttribute('style', decl);
  copy.removeAttribute('class');
}

/** Clone `svg` with inline styles; hidden parts and foreignObject (which would taint a canvas) are dropped. */
export function captureSvg(svg: SVGSVGElement, label: string): Panel {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const lives = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  lives.forEach((live, i) => {
    if (live.tagName.toLowerCase() === 'foreignobject' || getComputedStyle(live).display === 'none') drop.push(copies[i]);
    else inlineStyles(live, copies[i]);
  });
  for (const el of drop) el.remove();
  const box = svg.getBoundingClientRect();
  const viewBox = svg.getAttribute('viewBox') ?? `0 0 ${Math.round(box.width) || 800} ${Math.round(box.height) || 600}`;
  const ser = new XMLSerializer();
  const markup = [...copy.childNodes].map((n) => ser.serializeToString(n)).join('');
  return { label, markup, viewBox };
}

export function capturePanel(sectionSelector: string, label: string): Panel | null {
  const section = document.querySelector(sectionSelector);
  // The section's own top-level svg (icons inside buttons are nested deeper and smaller).
  const svgs = [...(section?.querySelectorAll('svg') ?? [])].filter((s) => !s.parentElement?.closest('svg'));
  const svg = svgs.sort((a, b) => area(b) - area(a))[0];
  // Both views are React-rendered SVG, so there is no canvas to rasterise.
  return svg ? captureSvg(svg, label) : null;
}

const area = (el: Element) => { const r = el.getBoundingClientRect(); return r.width * r.height; };

/** The legend's pattern <defs> (ids `lg-pat-…`), so exported swatches carry the same colour and pattern as the map. */
export function captureLegendDefs(): string {
  const defs = document.querySelector('.legend-defs defs');
  return defs ? new XMLSerializer().serializeToString(defs) : '';
}
