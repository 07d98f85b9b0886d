// Vite plugin: a part of the page whose code could not be fetched (offline, a dropped connection) can be fetched
// again. Where the browser keeps a failed module fetch in its module map for the page's life, as the HTML standard
// said until whatwg/html#10327 (Chromium 150 does; Firefox and WebKit had open bugs in 2026), a dynamic import that
// failed once fails again at once, without asking the server: "Try again" and "once back online" did nothing. Each
// dynamic import of a chunk then goes through `__atlasImport`, which asks for a chunk that failed before under a new
// address (`?retry=n`), a new entry in that map.
// A chunk's own static imports keep their addresses, so their code must not have been asked for and failed: the
// JS dependencies of a dynamic import are therefore not preloaded (build.modulePreload.resolveDependencies in
// vite.config.ts), which would make them fail with the chunk when offline. They arrive when the chunk asks for them.
import type { Plugin } from 'vite';

/** Defines `__atlasImport` once, first in the entry chunk. */
export const INSTALL = 'globalThis.__atlasImport??=(()=>{const failed=new Map;'
  + 'return(s,b)=>{const u=new URL(s,b).href,n=failed.get(u)??0;'
  + 'return import(n?u+"?retry="+n:u).catch(e=>{failed.set(u,n+1);throw e})}})();\n';

const DYNAMIC_IMPORT = /\bimport\((["'`])(\.\/[\w.-]+\.js)\1\)/g;

/** Each `import("./chunk.js")` in `code` through `__atlasImport`, or the plain import where it is not defined (a
 *  worker, or code run before the entry chunk's first statement). */
export function routeDynamicImports(code: string): string {
  return code.replace(DYNAMIC_IMPORT, (_m, q: string, spec: string) =>
    `(globalThis.__atlasImport?.(${q}${spec}${q},import.meta.url)??import(${q}${spec}${q}))`);
}

export function freshImports(): Plugin {
  return {
    name: 'atlas:fresh-imports',
    apply: 'build',
    enforce: 'post',
    // after every renderChunk hook: Vite's own preload rewriting reads the plain imports
    generateBundle(_options, bundle) {
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        c.code = routeDynamicImports(c.code);
        if (c.isEntry) c.code = INSTALL + c.code;
      }
    },
  };
}
