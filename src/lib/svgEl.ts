const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes, appended to `parent` if given: the painters' one way of making marks. */
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: ParentNode): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  parent?.appendChild(e);
  return e;
}
