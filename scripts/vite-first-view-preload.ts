// Vite plugin: the first view's chunks (src/data/firstView.ts and what it imports: the dataset's core, its
// validator, the shipped map layout, the English messages) get <link rel="modulepreload"> tags in index.html, so the
// browser fetches and compiles them beside the main script. Without them they are requested by data/prefetch.ts,
// which runs only once every static module of the main script has arrived and is being evaluated (~130 ms later on
// this machine). Nothing is used before it is validated: the tags only fetch; data/queries.ts still checks the data.
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[] };
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

export function firstViewPreload(): Plugin {
  return {
    name: 'atlas:first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const files = chunkFilesOf(ctx.bundle as unknown as Bundle, (id) => id.replace(/\\/g, '/').endsWith('/src/data/firstView.ts'))
          .filter((f) => !html.includes(f));
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}
