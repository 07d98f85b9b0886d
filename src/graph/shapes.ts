// Node glyphs by kind, as SVG path data centred on 0,0 for a radius r.
import type { NodeKind } from './model';

const polygon = (r: number, sides: number, rotate: number) =>
  Array.from({ length: sides }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / sides;
    return `${i ? 'L' : 'M'}${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
  }).join('') + 'Z';

/** country: circle, organisation: square, agency: diamond, instrument: hexagon, company: triangle */
export function glyphPath(kind: NodeKind, r: number): string {
  switch (kind) {
    case 'country': return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
    case 'organisation': return polygon(r * 1.2, 4, Math.PI / 4);
    case 'agency': return polygon(r * 1.25, 4, 0);
    case 'instrument': return polygon(r * 1.1, 6, 0);
    case 'company': return polygon(r * 1.3, 3, -Math.PI / 2);
  }
}

/** Half the width/height of the box around a glyph of radius r (the polygons above reach past r). */
export function glyphExtent(kind: NodeKind, r: number): number {
  const k = { country: 1, organisation: 1.2 * Math.SQRT1_2, agency: 1.25, instrument: 1.1, company: 1.3 }[kind];
  return k * r;
}
