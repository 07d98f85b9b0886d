// For the slide tests: the names on a slide's map and network read back from the drawn SVG, with the marks they name
// (a network node's glyph, a map name's dot, a small state's marker), and what a reader could misread: a name over
// another name or over another mark, or a name without a leader line that sits nearer another mark than its own.
import { LABEL_SIZE } from './mapPicture';
import { NET_LABEL_SIZE } from './networkPicture';
import { textWidth } from './textFit';

export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface Mark extends Box { id: string; part: 'map' | 'network' }
export interface Label extends Box { id: string; part: 'map' | 'network'; text: string; leader: boolean }

export const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** The distance between two boxes (0 when they meet). */
export const gap = (a: Box, b: Box) => Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));

const num = (e: Element, a: string) => Number(e.getAttribute(a));

function labelOf(g: Element, part: 'map' | 'network'): Label {
  const size = part === 'map' ? LABEL_SIZE : NET_LABEL_SIZE;
  const t = g.querySelector('text')!;
  const x = num(t, 'x'), y = num(t, 'y');
  const text = t.textContent ?? '';
  const w = textWidth(text, size, true);
  const x0 = t.getAttribute('text-anchor') === 'end' ? x - w : x;
  // from the ascender to below the baseline
  return { id: g.getAttribute('data-label-for')!, part, text, leader: g.querySelector('line') !== null, x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.22 };
}

/** Every name and mark on the slide, in slide units. */
export function slideLabels(doc: Document): { labels: Label[]; marks: Mark[] } {
  const labels = [
    ...[...doc.querySelectorAll('[data-role="map-label"]')].map((g) => labelOf(g, 'map')),
    ...[...doc.querySelectorAll('[data-role="network-label"]')].map((g) => labelOf(g, 'network')),
  ];
  const marks: Mark[] = [];
  // a node's glyph: the largest coordinate of its path data bounds every shape
  for (const p of [...doc.querySelectorAll('path[data-node-id]')]) {
    const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(p.getAttribute('transform')!)!.map(Number);
    const e = Math.max(...p.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map((v) => Math.abs(Number(v)))) + num(p, 'stroke-width') / 2;
    marks.push({ id: p.getAttribute('data-node-id')!, part: 'network', x0: tx - e, y0: ty - e, x1: tx + e, y1: ty + e });
  }
  // a map name's dot
  for (const c of [...doc.querySelectorAll('[data-role="map-label"] > circle')]) {
    const x = num(c, 'cx'), y = num(c, 'cy'), e = num(c, 'r') + num(c, 'stroke-width') / 2;
    marks.push({ id: c.parentElement!.getAttribute('data-label-for')!, part: 'map', x0: x - e, y0: y - e, x1: x + e, y1: y + e });
  }
  // a small state's marker, in the map's own units inside its nested svg (its white halo is 1.5 wider)
  const map = doc.querySelector('[data-role="map"] > svg');
  if (map) {
    const [, , vw] = map.getAttribute('viewBox')!.split(' ').map(Number);
    const s = num(map, 'width') / vw, ox = num(map, 'x'), oy = num(map, 'y');
    for (const c of [...map.querySelectorAll('circle.map-marker')]) {
      const e = (num(c, 'r') + 1.5) * s;
      const x = ox + num(c, 'cx') * s, y = oy + num(c, 'cy') * s;
      marks.push({ id: c.getAttribute('data-iso3')!, part: 'map', x0: x - e, y0: y - e, x1: x + e, y1: y + e });
    }
  }
  return { labels, marks };
}

/** What could be misread, in words; empty when every name is clear of the other names and of every other mark, and
 *  reads as its own mark's: one without a leader line is nearer its own mark than any other by half a line, and no
 *  other mark within one and a half lines of it is nearer its middle than its own mark; one at the end of a leader
 *  line is half a line from every other mark. */
export function labelProblems(labels: readonly Label[], marks: readonly Mark[]): string[] {
  const out: string[] = [];
  const mid = (b: Box) => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  const apart = (a: Box, b: Box) => { const [ax, ay] = mid(a), [bx, by] = mid(b); return Math.hypot(ax - bx, ay - by); };
  for (const [i, a] of labels.entries()) {
    const line = (a.part === 'map' ? LABEL_SIZE : NET_LABEL_SIZE) * 1.15;
    for (const b of labels.slice(i + 1)) if (meet(a, b)) out.push(`"${a.text}" over "${b.text}"`);
    const own = marks.filter((m) => m.part === a.part && m.id === a.id);
    const others = marks.filter((m) => m.part === a.part && m.id !== a.id);
    for (const m of others) if (meet(a, m)) out.push(`"${a.text}" over the mark of ${m.id}`);
    if (!own.length) out.push(`"${a.text}" without its mark`);
    const mine = a.leader ? 0 : Math.min(...own.map((m) => gap(a, m)));
    const toOwn = Math.min(...own.map((m) => apart(a, m)));
    for (const m of others) {
      const d = gap(a, m);
      if (d < mine + line / 2) out.push(`"${a.text}" ${d.toFixed(1)} from ${m.id}, ${a.leader ? 'at the end of a leader line' : `${mine.toFixed(1)} from its own mark`}`);
      else if (!a.leader && d < 1.5 * line && apart(a, m) < toOwn) out.push(`"${a.text}": ${m.id} ${d.toFixed(1)} from it and nearer its middle than its own mark`);
    }
  }
  return out;
}
