// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { buildGraph } from './model';
import { nearUniversalCount, nearUniversalFloor, nearUniversalOf } from './universal';
import { hubCaption } from '../i18n/entityWords';
import { loadCatalogue } from '../i18n/catalogue';
import { computeScene } from '../scene/scene';
import { EMPTY_FILTERS } from '../data/filters';
import { FAMILIES_OFF_BY_DEFAULT } from './model';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../data/csv';
import { selectFamilyCounts } from '../views/graph/selectors';
import { DEFAULT_VIEW } from '../store/appStore';

const atlas = testAtlas();
const graph = buildGraph(atlas, atlas.asOf);
/** Oracle from the raw edge rows: members of a hub with no end date and no stage other than in force. */
const rawMembers = (hub: string) => new Set(atlas.dataset.edges
  .filter((e) => e.target === hub && (e.relation === 'member_of' || e.relation === 'party_to')).map((e) => e.source));

describe('near-universal memberships per country', () => {
  it('the Republic of Korea is an INTERPOL member and a party to UNTOC', () => {
    expect(nearUniversalOf(graph, 'KOR')).toEqual(['interpol', 'untoc']);
  });

  it('each country\'s badge agrees with the hub\'s count (which also counts the EU as a party to UNTOC)', () => {
    for (const hub of ['interpol', 'untoc'] as const) {
      const withBadge = atlas.countries.filter((c) => nearUniversalOf(graph, c.id).includes(hub)).map((c) => c.id);
      const others = [...graph.nodes].filter((n) => n.kind !== 'country' && nearUniversalOf(graph, n.id).includes(hub)).length;
      expect(withBadge.length + others, hub).toBe(nearUniversalCount(graph, hub));
      for (const id of withBadge) expect(rawMembers(hub).has(id), `${hub} ${id}`).toBe(true);
    }
    expect(nearUniversalCount(graph, 'interpol')).toBeGreaterThan(180);
  });

  it('is said in the node\'s aria-label after the name', () => {
    const scene = computeScene({ atlas, lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: null, focus: null, hover: null, legendHover: null,
      hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: 'en' });
    expect(scene.names.node('KOR')).toMatch(/^Republic of Korea.*, INTERPOL member, party to UNTOC$/);
    expect(scene.names.node('interpol')).not.toMatch(/INTERPOL member/);
  });

  it('is a floor ("at least") at a date before undated memberships are evidenced, the whole count at the as-of date', async () => {
    await loadCatalogue('ru');
    // oracle: the raw rows, some INTERPOL memberships with no date (drawn from their sources' date)
    const undated = atlas.dataset.edges.filter((e) => e.target === 'interpol' && e.relation === 'member_of' && !e.date);
    expect(undated.length).toBeGreaterThan(0);
    // 2003: Ukraine and Yemen are evidenced only from 2004-05-14 and 2014-02-26 (net:S357, net:S355); every undated
    // member is evidenced by 2014, so a later date would show the whole count
    const past = '2003-01-01';
    const then = buildGraph(atlas, past);
    expect(nearUniversalCount(then, 'interpol')).toBeLessThan(nearUniversalCount(graph, 'interpol'));
    expect(nearUniversalFloor(atlas, 'interpol', past)).toBe(true);
    expect(nearUniversalFloor(atlas, 'interpol', atlas.asOf)).toBe(false);
    expect(hubCaption('interpol', nearUniversalCount(then, 'interpol'), 'en', true)).toMatch(/^INTERPOL: at least \d+ members$/);
    expect(hubCaption('interpol', 196, 'en')).toBe('INTERPOL: 196 members');
    expect(hubCaption('interpol', 151, 'ru', true)).toBe('Интерпол: не менее 151 члена');
  });
});

describe('the INTERPOL and UNTOC family chips', () => {
  const chip = (t: string | null, hub: 'interpol' | 'untoc') => selectFamilyCounts({ ...DEFAULT_VIEW, atlas, t } as never).get(hub)!;

  it('count what their hubs count, at the as-of date and before (the INTERPOL–Europol agreement is a Europol link)', () => {
    // oracle: the raw table's rows in force with no end, 196 INTERPOL members (net:S127)
    const raw = parseCsv(readFileSync('data/raw/network-edges.csv', 'utf8')).map((r) => r.values);
    const members = raw.filter((v) => v.target === 'interpol' && v.relation === 'member_of' && v.stage === 'in_force');
    expect(members).toHaveLength(196);
    expect(chip(null, 'interpol')).toEqual({ inForce: 196, other: 0 });
    for (const t of [null, '2015-01-01', '2005-06-01'])
      for (const hub of ['interpol', 'untoc'] as const)
        expect(chip(t, hub).inForce, `${hub} ${t}`).toBe(nearUniversalCount(buildGraph(atlas, t ?? atlas.asOf), hub));
    const agreement = graph.links.find((l) => l.source === 'interpol' && l.target === 'europol')!;
    expect(agreement.family).toBe('europol');
  });
});
