// Rendered snapshots in the manner of Observable Plot: the view's SVG serialised with numbers rounded and ids
// normalised, compared with a committed file. UPDATE_SNAPSHOTS=1 rewrites the files (review the diff).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

export const SNAPSHOTS = path.join(ROOT, 'tests/e2e/snapshots');

/** Serialises the largest <svg> inside `scope` that holds `marker` elements, one element per line. */
export const normalisedSvg = (page, scope, marker) => page.evaluate(([scope, marker]) => {
  const svgs = [...document.querySelectorAll(`${scope} svg`)].filter((s) => s.querySelector(marker));
  const svg = svgs.sort((a, b) => b.querySelectorAll('*').length - a.querySelectorAll('*').length)[0];
  if (!svg) return null;
  // with the drawings stacked on it (the network's labels and list of links have SVGs of their own beside it)
  const drawings = [...svg.parentElement.children].filter((e) => e.localName === 'svg');
  const ids = new Map();
  for (const d of drawings) for (const e of d.querySelectorAll('[id]')) if (!ids.has(e.id)) ids.set(e.id, `id${ids.size}`);
  const fixIds = (v) => v.replace(/#([\w:.-]+)/g, (m, id) => (ids.has(id) ? `#${ids.get(id)}` : m));
  // Hex colours pass through whole; every other number is rounded to an integer.
  const round = (v) => v.replace(/(#[0-9a-f]{3,8}\b)|-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n, hex) => {
    if (hex) return hex;
    const r = Math.round(Number(n));
    return Object.is(r, -0) ? '0' : String(r);
  });
  const ID_REFS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-activedescendant', 'for']);
  const lines = [];
  const walk = (el, depth) => {
    const attrs = [...el.attributes].map((a) => {
      let v = a.value;
      // the map panel's measured size (fonts and the browser's layout: 508 or 506 px tall in two Chromium builds), not
      // what is drawn; the drawing's own coordinates are in its viewBox
      if (a.name === 'style') v = v.replace(/--map-[wh]:\s*[\d.]+px;?\s*/g, '').trim();
      if (a.name === 'style' && !v) return null;
      if (a.name === 'id') v = ids.get(v) ?? v;
      else if (ID_REFS.has(a.name)) v = v.split(/\s+/).map((x) => ids.get(x) ?? x).join(' ');
      else v = fixIds(v);
      if (!a.name.startsWith('aria-') && a.name !== 'data-iso3' && a.name !== 'data-node-id' && a.name !== 'class') v = round(v);
      return [a.name, v];
    }).filter((a) => a !== null).sort(([a], [b]) => a.localeCompare(b));
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(' ').trim();
    lines.push(`${'  '.repeat(depth)}<${el.localName}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${text}`);
    for (const c of el.children) walk(c, depth + 1);
  };
  for (const d of drawings) walk(d, 0);
  return lines.join('\n') + '\n';
}, [scope, marker]);

/** Returns null when equal (or updated), else a short description of the first differences. */
export function compareSnapshot(name, actual) {
  const file = path.join(SNAPSHOTS, `${name}.svg.txt`);
  if (process.env.UPDATE_SNAPSHOTS) {
    fs.mkdirSync(SNAPSHOTS, { recursive: true });
    fs.writeFileSync(file, actual);
    return null;
  }
  if (!fs.existsSync(file)) return `no snapshot ${path.relative(ROOT, file)}: run UPDATE_SNAPSHOTS=1 npm run test:e2e -- snapshots`;
  const want = fs.readFileSync(file, 'utf8');
  if (want === actual) return null;
  const a = want.split('\n'), b = actual.split('\n');
  const diffs = [];
  for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 6; i++)
    if (a[i] !== b[i]) diffs.push(`line ${i + 1}:\n    - ${(a[i] ?? '').slice(0, 200)}\n    + ${(b[i] ?? '').slice(0, 200)}`);
  const out = path.join(ROOT, 'tests/e2e/artifacts', `${name}.svg.txt`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, actual);
  return `${name} differs from its snapshot (${a.length} → ${b.length} lines; actual in ${path.relative(ROOT, out)}):\n${diffs.join('\n')}`;
}
