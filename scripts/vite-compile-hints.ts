// Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad` as a chunk's first line, Chromium 136+;
// https://v8.dev/blog/explicit-compile-hints) on the chunks named here. V8 then compiles every function of such a
// chunk while the chunk loads, off the main thread, instead of each one on the main thread the first time it runs.
// Only for chunks requested after the first frame whose functions nearly all run at their first use: the record's
// facts, which the first click on a country draws (measured: ~140 lazy compiles, ~25 ms of the first click's main
// thread without the hint; the first paint does not wait for that chunk). Other engines read a comment.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** `entries`: the modules whose chunks get the hint; the build fails if one of them makes no chunk of its own. */
export function compileHints(entries: RegExp[]): Plugin {
  return {
    name: 'atlas:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const entry of entries) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk' && c.facadeModuleId !== null && entry.test(c.facadeModuleId));
        if (!chunks.length) this.error(`compile hints: no chunk is built from a module matching ${entry}`);
        for (const c of chunks) if (c.type === 'chunk' && !c.code.startsWith(COMPILE_HINT)) c.code = COMPILE_HINT + c.code;
      }
    },
  };
}
