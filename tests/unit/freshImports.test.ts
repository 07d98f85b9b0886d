// The build's routing of dynamic imports (scripts/vite-fresh-imports.ts): what it rewrites, and that a chunk whose
// fetch failed arrives on the next call. Node does not keep a failed import, so the browser journeys are what fail
// without the new address: in 19-hardening and 20-bad-input, five failed on Chromium 150 before it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INSTALL, depsToPreload, installCode, routeDynamicImports } from '../../scripts/vite-fresh-imports';

describe('routeDynamicImports', () => {
  it('routes each dynamic import of a chunk, in any quotes, and keeps the plain import as the fallback', () => {
    expect(routeDynamicImports('a=()=>import(`./DeckDialog-DM7J_Cn.js`);b=import("./fr-1V.js");c=import(\'./x.y-Z.js\')')).toBe(
      'a=()=>(globalThis.__atlasImport?.(`./DeckDialog-DM7J_Cn.js`,import.meta.url)??import(`./DeckDialog-DM7J_Cn.js`));'
      + 'b=(globalThis.__atlasImport?.("./fr-1V.js",import.meta.url)??import("./fr-1V.js"));'
      + 'c=(globalThis.__atlasImport?.(\'./x.y-Z.js\',import.meta.url)??import(\'./x.y-Z.js\'))');
  });
  it('leaves static imports, import.meta, computed specifiers and other packages alone', () => {
    const code = 'import{a as b}from"./rolldown-runtime-C.js";const u=import.meta.url;import(u);import("react");import(`./a-${n}.js`)';
    expect(routeDynamicImports(code)).toBe(code);
  });
});

describe('INSTALL', () => {
  // run by node itself (an ES module of its own): vitest's runner gives code built from a string no import()
  const run = (script: string) => execFileSync(process.execPath, ['--input-type=module', '-e', INSTALL + script], { encoding: 'utf8' }).trim();

  it('asks again for a chunk whose first fetch failed, and keeps one that loaded', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-'));
    const base = pathToFileURL(`${dir}/index.js`).href;
    const chunk = path.join(dir, 'late-A1.js');
    const out = run(`
      import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
      const load = () => globalThis.__atlasImport('./late-A1.js', ${JSON.stringify(base)});
      const first = await load().then(() => 'loaded', () => 'failed');
      fs.writeFileSync(${JSON.stringify(chunk)}, 'export const v = 1;');
      const again = await load();
      const once = (await load()) === again;
      console.log(first, again.v, once);`);
    fs.rmSync(dir, { recursive: true });
    expect(out).toBe('failed 1 true');
  });
  it('is installed once: a second entry keeps the first one', () => {
    expect(run(`const first = globalThis.__atlasImport; ${INSTALL} console.log(globalThis.__atlasImport === first);`)).toBe('true');
  });
});

describe('depsToPreload', () => {
  const chunk = (fileName: string, imports: string[], code = '', isEntry = false) => [fileName, { fileName, imports, code, isEntry }] as const;
  it("names, per chunk a dynamic import asks for, the chunks it imports that the page does not hold from its start", () => {
    const chunks = new Map([
      chunk('assets/index-A.js', ['assets/runtime-R.js'], 'x=import("./Dialog-D.js");y=import("./first-F.js");z=import("./Lone-L.js")', true),
      chunk('assets/runtime-R.js', []),
      chunk('assets/first-F.js', ['assets/atlas-T.js']), // preloaded by index.html
      chunk('assets/atlas-T.js', []),
      chunk('assets/Dialog-D.js', ['assets/shared-S.js', 'assets/runtime-R.js', 'assets/atlas-T.js'], 'import("./Lone-L.js")'),
      chunk('assets/shared-S.js', ['assets/deep-P.js']),
      chunk('assets/deep-P.js', ['assets/shared-S.js']), // a cycle
      chunk('assets/Lone-L.js', []),
    ]);
    expect(depsToPreload(chunks, ['assets/first-F.js'])).toEqual({ 'Dialog-D': 'deep-P shared-S' });
  });
});

describe('installCode', () => {
  it('with a dependencies file, still routes and retries where there is no document (node)', () => {
    const code = installCode('lazy-deps-X.json');
    expect(code).toContain('"./lazy-deps-X.json"');
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', `${code} console.log(typeof globalThis.__atlasImport, await globalThis.__atlasImport('./nothing-Z.js', 'file:///nowhere/i.js').then(() => 'loaded', () => 'failed'))`], { encoding: 'utf8' }).trim()).toBe('function failed');
  });
});
