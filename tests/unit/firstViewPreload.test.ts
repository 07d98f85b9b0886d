// @vitest-environment node
import { chunkFilesOf, unwantedIn } from '../../scripts/vite-first-view-preload';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({ type: 'chunk' as const, fileName, imports, facadeModuleId });

describe('the first view chunks index.html preloads', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', ['assets/react.js'], '/app/src/main.tsx'),
    'assets/firstView.js': chunk('assets/firstView.js', ['assets/atlas.js', 'assets/loadDataset.js'], '/app/src/data/firstView.ts'),
    'assets/atlas.js': chunk('assets/atlas.js', [], '/app/data/atlas.json?packed'),
    'assets/loadDataset.js': chunk('assets/loadDataset.js', ['assets/schemas.js', 'assets/atlas.js'], '/app/src/data/loadDataset.ts'),
    'assets/schemas.js': chunk('assets/schemas.js', []),
    'assets/react.js': chunk('assets/react.js', []),
    'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
  };
  const isFirstView = (id: string) => id.endsWith('/src/data/firstView.ts');

  it('are the entry chunk and everything it imports, each once, and nothing else', () => {
    expect(chunkFilesOf(bundle, isFirstView)).toEqual(['assets/firstView.js', 'assets/atlas.js', 'assets/loadDataset.js', 'assets/schemas.js']);
  });

  it('are none when the build has no such chunk (the single-file build inlines it)', () => {
    expect(chunkFilesOf(bundle, (id) => id.endsWith('/nowhere.ts'))).toEqual([]);
  });

  it('name zod when one of them holds it (the build then fails), and nothing when none does', () => {
    const withModules = (ids: string[]) => ({ ...chunk('assets/x.js', []), moduleIds: ids });
    const built = { ...bundle, 'assets/schemas.js': withModules(['/app/node_modules/zod/v4/mini/schemas.js', '/app/src/data/shapeIssues.ts']),
      'assets/loadDataset.js': { ...bundle['assets/loadDataset.js'], moduleIds: ['/app/src/data/loadDataset.ts', '/app/src/data/shapeGuards.ts'] } };
    expect(unwantedIn(built, ['assets/firstView.js', 'assets/loadDataset.js'])).toBeUndefined();
    expect(unwantedIn(built, ['assets/loadDataset.js', 'assets/schemas.js', 'assets/index.css'])?.id).toBe('/app/node_modules/zod/v4/mini/schemas.js');
  });

  it('name d3-geo or topojson-client when one of them holds it (the map\'s first render draws without them), and not their neighbours', () => {
    const withModules = (ids: string[]) => ({ ...chunk('assets/x.js', []), moduleIds: ids });
    const built = { ...bundle,
      'assets/index.js': withModules(['/app/node_modules/d3-zoom/src/zoom.js', '/app/node_modules/d3-geo-projection/src/x.js', '/app/src/geo/mapGeometry.ts']),
      'assets/mapGeometryComputed.js': withModules(['/app/node_modules/d3-geo/dist/d3-geo.mjs', '/app/src/geo/mapGeometryComputed.ts']) };
    expect(unwantedIn(built, ['assets/index.js'])).toBeUndefined();
    const found = unwantedIn(built, ['assets/index.js', 'assets/mapGeometryComputed.js']);
    expect(found?.id).toBe('/app/node_modules/d3-geo/dist/d3-geo.mjs');
    expect(found?.why).toMatch(/mapGeometryComputed/);
    const merging = { ...built, 'assets/index.js': withModules(['/app/node_modules/topojson-client/src/merge.js']) };
    expect(unwantedIn(merging, ['assets/index.js'])?.id).toBe('/app/node_modules/topojson-client/src/merge.js');
  });
});
