// Vite plugin: the first view's chunks (src/data/firstView.ts and what it imports: the dataset's core, its
// opener, the shipped map layout, the English messages) get <link rel="modulepreload"> tags in index.html, so the
// browser fetches and compiles them beside the main script. Without them they are requested by data/prefetch.ts,
// which runs only once every static module of the main script has arrived and is being evaluated (~130 ms later on
// this machine). Nothing is used before it is checked: the tags only fetch; data/openDataset.ts proves the core is the
// one the build checked, or checks it. The validator is the generated shape guards and the rules; zod is loaded only to explain bad data
// (data/check.ts), so a first-view chunk that holds zod fails the build rather than quietly adding ~8 KB gzip and its
// evaluation to every first load. So do d3-geo (~7 KB gzip) and topojson-client (~1.6 KB): the map draws from the
// shipped layout without them, and the computed geometry and bloc outlines are chunks loaded on demand
// (geo/mapGeometry.ts, views/map).
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; moduleIds?: string[] };
type Bundle = Record<string, Chunk | { type: 'asset'; fileName: string }>;

/** The files the chunk built from `entry` needs, itself first (static imports, depth first, each once). */
export function chunkFilesOf(bundle: Bundle, entry: (id: string) => boolean): string[] {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId !== null && entry(c.facadeModuleId));
  if (!start) return [];
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const visit = (c: Chunk) => {
    if (files.includes(c.fileName)) return;
    files.push(c.fileName);
    for (const f of c.imports) { const d = byFile.get(f); if (d) visit(d); }
  };
  visit(start);
  return files;
}

/** The packages the first view must not load, and where each belongs instead. */
const UNWANTED: [pkg: string, why: string][] = [
  ['zod', "zod must stay behind data/check.ts's dynamic import"],
  ['d3-geo', 'd3-geo must stay in the computed map geometry and bloc outline chunks (geo/mapGeometryComputed.ts, geo/blocOutline.ts)'],
  ['topojson-client', 'topojson-client must stay in geo/topologyMerge.ts, which only the computed geometry and bloc outlines import'],
];

/** The first module of a package the first view must not load in `files`, if any, and why. */
export function unwantedIn(bundle: Bundle, files: string[]): { id: string; why: string } | undefined {
  const ids = files.flatMap((f) => { const c = bundle[f]; return c?.type === 'chunk' ? c.moduleIds ?? [] : []; });
  for (const [pkg, why] of UNWANTED) {
    const id = ids.find((m) => new RegExp(`[\\\\/]node_modules[\\\\/]${pkg}[\\\\/]`).test(m));
    if (id) return { id, why };
  }
  return undefined;
}

export function firstViewPreload(): Plugin {
  return {
    name: 'atlas:first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle as unknown as Bundle;
        const all = chunkFilesOf(bundle, (id) => id.replace(/\\/g, '/').endsWith('/src/data/firstView.ts'));
        const unwanted = unwantedIn(bundle, [...all, ...Object.keys(bundle).filter((f) => html.includes(f))]);
        if (unwanted) throw new Error(`first view: ${unwanted.id} is in a chunk loaded before the first paint; ${unwanted.why}`);
        const files = all.filter((f) => !html.includes(f));
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}
