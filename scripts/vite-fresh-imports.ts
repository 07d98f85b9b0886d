// Vite plugin: a part of the page whose code could not be fetched (offline, a dropped connection) can be fetched
// again. Where the browser keeps a failed module fetch in its module map for the page's life, as the HTML standard
// said until whatwg/html#10327 (Chromium 150 does; Firefox and WebKit had open bugs in 2026), a dynamic import that
// failed once fails again at once, without asking the server: "Try again" and "once back online" did nothing. Each
// dynamic import of a chunk then goes through `__atlasImport`, which asks for a chunk that failed before under a new
// address (`?retry=n`), a new entry in that map.
// A chunk's own static imports keep their addresses: one whose fetch failed stays failed, and so does every retry of
// a chunk that imports it, until the page is reloaded (app/PartBoundary.tsx then offers the reload). Vite's preload of
// a dynamic import's JS dependencies is turned off (build.modulePreload.resolveDependencies in vite.config.ts): it
// also ran offline, where each preload failed and poisoned its chunk. `__atlasImport` preloads them instead (each
// with <link rel=modulepreload>, at the same time as the chunk) only while the browser says it is online; without
// preloads each level of static imports waited for the one before (at 150 ms RTT a dialog opened 350-480 ms later:
// bench/lazy-parts.mjs). A preload that fails while the browser thinks it is online (a connection dropping mid-way)
// still poisons its chunk: <link rel=preload as=script> would not help, Chromium 150 hands the failed preload to the
// module loader. The list of what each chunk imports is a JSON file beside the chunks, asked for once the page has
// loaded (it is not part of the first script, and not among the first view's requests); until it has arrived, or
// if it cannot, nothing is preloaded.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';

type Chunk = { fileName: string; imports: string[]; isEntry: boolean; code: string };

/** Defines `__atlasImport` once, first in the entry chunk. `depsFile`: the chunks' dependencies to preload (a JSON
 *  object, chunk name to the names of the chunks it imports, space-separated), in the entry's folder; asked for once
 *  the page has loaded, and again after a failure. A chunk already fetched (Resource Timing) is not preloaded. */
export const installCode = (depsFile?: string) => 'globalThis.__atlasImport??=(()=>{const failed=new Map,seen=new Set;let deps;'
  + (depsFile
    ? 'const want=b=>{if(deps!==void 0||typeof document>"u")return;deps=null;'
      + `const go=()=>fetch(new URL(${JSON.stringify(`./${depsFile}`)},b)).then(r=>r.ok?r.json():Promise.reject()).then(m=>{deps=m},()=>{deps=void 0});`
      + 'document.readyState==="complete"?go():addEventListener("load",go,{once:!0})},'
      + 'preload=(u,b)=>{want(b);const d=deps?.[u.slice(u.lastIndexOf("/")+1,-3)];'
      + 'if(!d||navigator.onLine===!1)return;for(const n of d.split(" ")){const h=new URL("./"+n+".js",b).href;'
      + 'if(seen.has(h)||performance.getEntriesByName(h).some(e=>e.responseStatus===200))continue;seen.add(h);'
      + 'const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;'
      + 'l.onerror=()=>{seen.delete(h);l.remove()};document.head.appendChild(l)}};'
    : 'const preload=()=>{};')
  + 'return(s,b)=>{const u=new URL(s,b).href,n=failed.get(u)??0;preload(u,b);'
  + 'return import(n?u+"?retry="+n:u).catch(e=>{failed.set(u,n+1);throw e})}})();\n';

/** Without preloads (and without a dependencies file), as tests run it. */
export const INSTALL = installCode();

const DYNAMIC_IMPORT = /\bimport\((["'`])(\.\/[\w.-]+\.js)\1\)/g;

/** Each `import("./chunk.js")` in `code` through `__atlasImport`, or the plain import where it is not defined (a
 *  worker, or code run before the entry chunk's first statement). */
export function routeDynamicImports(code: string): string {
  return code.replace(DYNAMIC_IMPORT, (_m, q: string, spec: string) =>
    `(globalThis.__atlasImport?.(${q}${spec}${q},import.meta.url)??import(${q}${spec}${q}))`);
}

/** The dynamic imports' targets in `code`, as file names in the folder `dir`. */
export const dynamicTargets = (code: string, dir: string): string[] =>
  [...code.matchAll(DYNAMIC_IMPORT)].map((m) => path.posix.join(dir, m[2]));

/** The chunks `target` (a file name in `chunks`) loads by static imports, in no order. */
export function staticClosure(chunks: Map<string, Pick<Chunk, 'imports'>>, target: string, into = new Set<string>()): Set<string> {
  for (const d of chunks.get(target)?.imports ?? []) {
    if (into.has(d)) continue;
    into.add(d);
    staticClosure(chunks, d, into);
  }
  return into;
}

/** Per chunk a dynamic import asks for: the chunks it loads by static imports that the page does not hold from its
 *  start (the entries' and `held`'s: index.html's preloads), by name (no folder, no ".js"), space-separated. */
export function depsToPreload(chunks: Map<string, Chunk>, held: string[]): Record<string, string> {
  const start = new Set<string>();
  for (const c of chunks.values()) if (c.isEntry) held = [...held, c.fileName];
  for (const f of held) { start.add(f); staticClosure(chunks, f, start); }
  const name = (f: string) => path.posix.basename(f).replace(/\.js$/, '');
  const out: Record<string, string> = {};
  for (const c of chunks.values()) {
    for (const t of dynamicTargets(c.code, path.posix.dirname(c.fileName))) {
      const deps = [...staticClosure(chunks, t)].filter((f) => f !== t && !start.has(f)).map(name).sort();
      if (deps.length) out[name(t)] = deps.join(' ');
    }
  }
  return out;
}

export function freshImports(): Plugin {
  return {
    name: 'atlas:fresh-imports',
    apply: 'build',
    enforce: 'post',
    // after every renderChunk hook (Vite's own preload rewriting reads the plain imports) and after index.html is made
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const c of Object.values(bundle)) if (c.type === 'chunk') chunks.set(c.fileName, c);
      const html = Object.values(bundle).find((a) => a.type === 'asset' && a.fileName === 'index.html');
      const inHtml = html?.type === 'asset' ? [...String(html.source).matchAll(/\.\/([\w./-]+\.js)"/g)].map((m) => m[1]) : [];
      const deps = depsToPreload(chunks, inHtml.filter((f) => chunks.has(f)));
      let depsFile: string | undefined;
      if (Object.keys(deps).length) {
        const source = JSON.stringify(deps);
        depsFile = `lazy-deps-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.json`;
        this.emitFile({ type: 'asset', fileName: `assets/${depsFile}`, source });
      }
      for (const c of chunks.values()) {
        c.code = routeDynamicImports(c.code);
        if (c.isEntry) c.code = installCode(depsFile) + c.code;
      }
    },
  };
}
