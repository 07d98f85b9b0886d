// Bytes a build ships, gzip -9 per file (what a static host would send), classified from index.html and content:
// the dataset's core (data, first load) and its source texts and notes (loaded after the first paint) apart.
// When the world topology is bundled inside a JS chunk, its share is measured as the gzip size the chunk loses
// without the topology literal.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const TOPOLOGY = /\{\s*["'`]?type["'`]?\s*:\s*["'`]Topology["'`]/;
/** The map layout computed at build time (src/geo/mapLayout.generated.json): shapes' centroids and boxes, markers,
 *  neighbours, the fitted projection, the sphere and clipped polygons. The first view waits for it, so it counts with
 *  the geometry. */
const MAP_LAYOUT = ['neighbours', 'clipped', 'sphere', 'projection'].map((k) => new RegExp(`["'\`]?\\b${k}["'\`]?\\s*:`));

/** [start, end) of the object literal that begins at `start`, skipping braces inside strings. */
function literalEnd(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

export function buildBytes(dir, page = 'index.html') {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(js|css|json)$/.test(f));
  const out = { initialJs: 0, initialMessages: 0, initialCss: 0, data: 0, dataAfterPaint: 0, geometry: 0, mapLayout: 0, lazyJs: 0, geometryIn: null, files: [] };
  for (const f of files) {
    const body = fs.readFileSync(path.join(dir, f));
    const text = body.toString('utf8');
    const initial = refs.includes(f.split(path.sep).join('/'));
    // the dataset's core (packed, ours) or the whole published JSON (the peer's): an object that opens with its version
    // and as-of date (the first script also names the dataset, for its error page, but not so)
    const isData = /["'`]?version["'`]?\s*:\s*["'`][\d.]+["'`]\s*,\s*["'`]?asOf["'`]?\s*:/.test(text);
    // the sources' texts and the facts' notes, which the app loads after the first paint (src/data/sourceTexts.ts)
    const isLater = /["'`]?part["'`]?\s*:\s*["'`]Cybercrime Cooperation Atlas source texts/.test(text) && !isData;
    const isLayout = !isData && f.endsWith('.js') && MAP_LAYOUT.every((re) => re.test(text));
    // a message catalogue (src/i18n/messages/*.json as a chunk): the first view's (English, preloaded) or another's
    const isMessages = !isData && f.endsWith('.js') && /["'`]app\.title["'`]\s*:\s*\[/.test(text);
    // What index.html loads (its script and the chunks it preloads) is loaded before the first paint, whatever the
    // chunk: the dataset's core and the map layout are counted as data and geometry, a catalogue as messages.
    const kind = f.endsWith('.css') ? (initial ? 'initial css' : 'lazy css') : isLater ? 'data after paint'
      : isData ? 'data' : isLayout ? 'map layout' : isMessages ? (initial ? 'initial messages' : 'lazy js')
      : initial ? 'initial js' : 'lazy js';
    const size = { file: f, kind, raw: body.length, gzip: gz(body) };
    const m = TOPOLOGY.exec(text);
    if (m) {
      const end = literalEnd(text, m.index);
      if (end > 0) {
        size.geometryGzip = size.gzip - gz(Buffer.from(text.slice(0, m.index) + text.slice(end)));
        out.geometry += size.geometryGzip;
        out.geometryIn = f;
      }
    }
    out.files.push(size);
    const own = size.gzip - (size.geometryGzip ?? 0);
    if (kind === 'initial js') out.initialJs += own;
    else if (kind === 'initial messages') out.initialMessages += size.gzip;
    else if (kind === 'initial css') out.initialCss += size.gzip;
    else if (kind === 'data') out.data += own;
    else if (kind === 'data after paint') out.dataAfterPaint += own;
    else if (kind === 'map layout') { out.mapLayout += size.gzip; out.geometry += size.gzip; }
    else if (kind === 'lazy js') out.lazyJs += own;
  }
  return out;
}
