// @vitest-environment node
// The split of the catalogues (messageParts.ts): no module of the first view names a later key, so the first paint
// never needs the later part; each lazy view that the first view's modules load and that uses later keys waits for
// them; every language is split by the same keys, the two parts together being the catalogue.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from './langs';
import { LATER_FEATURES, isLaterKey } from './messageParts';
import { loaders } from './catalogue';

const SRC = resolve(process.cwd(), 'src');
const en = JSON.parse(readFileSync(resolve(SRC, 'i18n/messages/en.json'), 'utf8')) as Record<string, string>;
const keys = Object.keys(en);

/** The modules `entry` loads with static imports (not `import type`, not `import()`, which is how every lazy
 *  feature is loaded), leaving out those in `known`. */
function staticGraph(entry: string, known: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || known.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"?]*)/gm)) {
      if (m[1]) continue;
      const found = resolveModule(file, m[2]);
      if (found) visit(found);
    }
  };
  visit(entry);
  return [...seen];
}
const resolveModule = (from: string, spec: string): string | undefined => {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`].find((f) => existsSync(f) && statSync(f).isFile() && /\.tsx?$/.test(f));
};
const laterKeysIn = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  return keys.filter((k) => isLaterKey(k) && text.includes(`'${k}'`));
};

describe('the catalogues\' two parts', () => {
  const modules = staticGraph(resolve(SRC, 'main.tsx'));

  it('the first view\'s modules are found (the scan follows the app, not an empty graph)', () => {
    const names = modules.map((f) => relative(SRC, f));
    for (const m of ['app/App.tsx', 'app/Layout.tsx', 'views/map/MapView.tsx', 'views/record/EntityRecord.tsx', 'store/url.ts'])
      expect(names).toContain(m);
    // the lazy features are not: they are loaded with import()
    for (const m of ['views/about/AboutDialog.tsx', 'views/briefing/BriefingToolbar.tsx', 'views/time/TimePanel.tsx'])
      expect(names).not.toContain(m);
  });

  it('no module of the first view names a key of the later part', () => {
    expect(modules.flatMap((f) => laterKeysIn(f).map((k) => `${relative(SRC, f)}: ${k}`))).toEqual([]);
  });

  it('every lazy view the first view loads that uses later messages waits for them (withLaterMessages)', () => {
    const first = new Set(modules);
    const bare = modules.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [...text.matchAll(/\blazy\(/g)].flatMap((m) => {
        const call = text.slice(m.index, m.index + 160);
        if (call.includes('withLaterMessages(import(')) return [];
        const spec = /import\('(\.[^'?]+)'\)/.exec(call)?.[1];
        const chunk = spec && resolveModule(f, spec);
        if (!chunk) return [`${relative(SRC, f)}: a lazy() this test cannot follow`];
        const uses = staticGraph(chunk, first).flatMap(laterKeysIn);
        return uses.length ? [`${relative(SRC, f)}: ${spec} uses ${uses[0]}`] : [];
      });
    });
    expect(bare).toEqual([]);
  });

  it('each rule names keys that exist, and some keys are left for the first view', () => {
    for (const { feature, keys: re } of LATER_FEATURES) expect(keys.some((k) => re.test(k)), feature).toBe(true);
    expect(keys.filter((k) => !isLaterKey(k)).length).toBeGreaterThan(0);
  });

  it.each(LANGS)('%s: the two parts are the whole catalogue, split by the rule', async (lang) => {
    const source = Object.keys(JSON.parse(readFileSync(resolve(SRC, `i18n/messages/${lang}.json`), 'utf8')) as object);
    const [first, later] = await Promise.all([loaders.first[lang](), loaders.later[lang]()]);
    expect(Object.keys(first.default).sort()).toEqual(source.filter((k) => !isLaterKey(k)).sort());
    expect(Object.keys(later.default).sort()).toEqual(source.filter((k) => isLaterKey(k)).sort());
    expect(source.filter((k) => isLaterKey(k)).sort()).toEqual(keys.filter((k) => isLaterKey(k)).sort());
  });
});
