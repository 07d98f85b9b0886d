// Vite plugin: the first view's chunks (src/data/firstView.ts and what it imports: the dataset's core, its
// validator, the shipped map layout, the English messages) get <link rel="modulepreload"> tags in index.html, so the
// browser fetches and compiles them beside the main script. Without them they are requested by data/prefetch.ts,
// which runs only once every static module of the main script has arrived and is being evaluated (~130 ms later on
// this machine). Nothing is used before it is validated: the tags only fetch; data/queries.ts still checks the data.
// The validator is the generated shape guards and the rules; zod is loaded only to explain bad data
// (data/check.ts), so a first-view chunk that holds zod fails the build rather than quietly adding ~8 KB gzip and its
// evaluation to every first load.
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

/** The first module of a package the first view must not load (zod) in `files`, if any. */
export function unwantedIn(bundle: Bundle, files: string[]): string | undefined {
  return files.flatMap((f) => { const c = bundle[f]; return c?.type === 'chunk' ? c.moduleIds ?? [] : []; })
    .find((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id));
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
        if (unwanted) throw new Error(`first view: ${unwanted} is in a chunk loaded before the first paint; zod must stay behind data/check.ts's dynamic import`);
        const files = all.filter((f) => !html.includes(f));
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}
