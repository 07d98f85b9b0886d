// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/vite-compile-hints';

const chunk = (fileName: string, facadeModuleId: string | null, code: string) => ({ type: 'chunk' as const, fileName, facadeModuleId, code });
type Hook = (this: { error: (m: string) => never }, options: unknown, bundle: Record<string, ReturnType<typeof chunk>>) => void;
const run = (entries: RegExp[], bundle: Record<string, ReturnType<typeof chunk>>) =>
  (compileHints(entries).generateBundle as unknown as Hook).call({ error: (m: string) => { throw new Error(m); } }, {}, bundle);

describe('the compile-hint plugin', () => {
  it("puts V8's hint first in the named module's chunk only, and once", () => {
    const bundle = {
      'a.js': chunk('a.js', '/app/src/views/record/RecordFacts.tsx', 'export const f=()=>1;'),
      'b.js': chunk('b.js', '/app/src/main.tsx', 'import"./a.js";'),
      'c.js': chunk('c.js', null, 'shared();'),
    };
    run([/\/views\/record\/RecordFacts\.tsx$/], bundle);
    run([/\/views\/record\/RecordFacts\.tsx$/], bundle);
    // V8's spelling (https://v8.dev/blog/explicit-compile-hints), not the plugin's constant: a misspelt hint is a comment
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    expect(bundle['a.js'].code).toBe('//# allFunctionsCalledOnLoad\nexport const f=()=>1;');
    expect(bundle['b.js'].code).toBe('import"./a.js";');
    expect(bundle['c.js'].code).toBe('shared();');
  });

  it('fails the build when the named module makes no chunk of its own (merged into another, or renamed)', () => {
    expect(() => run([/\/views\/record\/RecordFacts\.tsx$/], { 'b.js': chunk('b.js', '/app/src/main.tsx', '') })).toThrow(/no chunk is built from a module matching/);
  });
});
