// Tests run on the real bundled dataset: the product is the data, so fixtures would test something else.
import raw from '../../data/atlas.json';
import { normaliseDataset, type Atlas } from './atlas';
import type { Dataset } from './schema';
import { sourcesOf, type Sources } from './sourceTexts';

let cached: Atlas | null = null;
export const testAtlas = (): Atlas => (cached ??= normaliseDataset(raw as Dataset));
let cachedSources: Sources | null = null;
/** The sources' texts of that dataset, as the page has them once they arrive after the first paint. */
export const testSources = (): Sources => (cachedSources ??= sourcesOf(raw as Dataset));

/** A smaller network cut from the real one: every n-th State with its facts and links (organisations kept). For tests
 * where the size is not the point, and no precomputed layout can stand in. */
export function sampledDataset(every: number): Dataset {
  const full = raw as Dataset;
  const kept = new Set(full.countries.filter((_, i) => i % every === 0).map((c) => c.id));
  const orgs = new Set(full.nodes.map((n) => n.id));
  const own = <T extends { country: string }>(rows: T[]) => rows.filter((r) => kept.has(r.country));
  return {
    ...full, countries: full.countries.filter((c) => kept.has(c.id)), treaties: own(full.treaties), votes: own(full.votes),
    unConvention: own(full.unConvention), memberships: own(full.memberships), sponsors: own(full.sponsors), requests: own(full.requests),
    edges: full.edges.filter((e) => [e.source, e.target].every((id) => kept.has(id) || orgs.has(id))),
  };
}
