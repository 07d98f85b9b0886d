// @vitest-environment node
// Blocs on slides: the outline drawn on the map (the union of the members' shapes) and on the network (the live
// graph's hull), the network grouped by bloc, and the words that say what the outline and a selected bloc show.
// Members are counted from the raw membership rows (an oracle apart from the bloc code).
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { computeLayout } from '../graph/forceLayout';
import { loadCatalogue } from '../i18n/catalogue';
import { networkDrawing } from './networkPicture';
import { renderSlide, slideFrame } from './renderSlide';
import { slideModel } from './slideModel';
import { atlas, geometry, svgDocument, viewOf, sources } from './slideTestAtlas';

let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all((['fr', 'ar', 'ru', 'es', 'zh'] as const).map(loadCatalogue));
});
const parse = svgDocument;

/** Members of a bloc on a day, straight from the dataset's membership rows (observers are not members). */
const membersOn = (bloc: string, day: string) => new Set(atlas.dataset.memberships
  .filter((m) => m.bloc === bloc && m.status !== 'observer' && (!m.since || m.since <= day) && (!m.until || m.until > day)).map((m) => m.country));

describe('bloc outlines on slides', () => {
  it('a map slide draws the EU outline at the date and says so; Malta is ringed from its accession', () => {
    const eu = membersOn('eu', '2004-05-01');
    expect(eu.size).toBe(25);
    const m = slideModel(atlas, sources, { view: viewOf('?outline=eu&t=2004-05-01'), layout: 'map' });
    expect(m.statement).toBe('Outlined in purple: European Union, 25 members on 1 May 2004');
    const doc = parse(renderSlide(m, geo));
    const g = doc.querySelector('g.map-bloc-outline')!;
    expect(g.getAttribute('data-bloc')).toBe('eu');
    expect(g.getAttribute('data-members')).toBe('25');
    expect(g.querySelectorAll('path')[1].getAttribute('d')!.length).toBeGreaterThan(1000);
    const ringed = [...doc.querySelectorAll('circle[data-in-bloc="true"]')].length;
    const markersInEu = geo.markers.filter((mk) => eu.has(mk.id)).map((mk) => mk.id);
    expect(markersInEu).toContain('MLT');
    expect(ringed).toBe(markersInEu.length);
    const before = parse(renderSlide(slideModel(atlas, sources, { view: viewOf('?outline=eu&t=2004-04-30'), layout: 'map' }), geo));
    expect(before.querySelector('g.map-bloc-outline')!.getAttribute('data-members')).toBe('15');
    // the membership rows behind the outline are cited
    const cited = new Set(m.citations.map((c) => c.id));
    const rows = atlas.dataset.memberships.filter((r) => r.bloc === 'eu' && eu.has(r.country));
    expect(rows.some((r) => r.sources.some((s) => cited.has(s)))).toBe(true);
  });

  it('a network slide draws the bloc hull round exactly its members among the drawn nodes', () => {
    for (const [search, bloc, day] of [['?outline=eu&t=2004-05-01', 'eu', '2004-05-01'], ['?outline=au', 'au', atlas.asOf], ['?outline=asean&group=bloc', 'asean', atlas.asOf]]) {
      const m = slideModel(atlas, sources, { view: viewOf(search), layout: 'network' });
      const members = membersOn(bloc, day);
      const f = slideFrame(m);
      const d = networkDrawing(m.network!, f.picture);
      expect(d.hull.length, search).toBe(m.network!.nodes.filter((n) => members.has(n.id)).length);
      for (const n of m.network!.nodes) {
        const [x, y] = d.at(n.x, n.y);
        const inside = d.hull.some((c) => Math.hypot(x - c.x, y - c.y) < c.r);
        expect(inside, `${search}: ${n.id}`).toBe(members.has(n.id));
      }
      const g = parse(renderSlide(m, geo)).querySelector('[data-role="network-outline"]')!;
      expect(g.getAttribute('data-bloc')).toBe(bloc);
      expect(m.statement).toMatch(/^Outlined in purple: .+, \d+ members on /);
    }
    expect(slideModel(atlas, sources, { view: viewOf('?t=2004-05-01'), layout: 'network' }).network!.hull).toBeNull();
  });

  it('says what the outline shows in each language (ICU plurals)', () => {
    const say = (lang: string) => slideModel(atlas, sources, { view: viewOf(`?outline=eu&t=2004-05-01&lang=${lang}`), layout: 'map' }).statement;
    expect(say('fr')).toBe('Contour violet\u00a0: Union européenne, 25 membres au 1 mai 2004');
    expect(say('ar')).toContain('25 عضوًا');
    expect(say('ru')).toMatch(/^Фиолетовым контуром обведены 25 членов блока «Европейский союз» на 1 мая 2004/);
  });
});

describe('a selected bloc on slides', () => {
  it('says its members are the dots ringed in orange, and they are exactly its members', () => {
    const members = membersOn('eu', '2004-05-01');
    const m = slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-05-01'), layout: 'network' });
    expect(m.statement).toBe('Selected: European Union; the dots ringed in orange are its 25 members on 1 May 2004');
    const doc = parse(renderSlide(m, geo));
    const orange = [...doc.querySelectorAll('path[data-node-id][stroke="#e69f00"]')].map((p) => p.getAttribute('data-node-id'));
    expect(new Set(orange)).toEqual(new Set(m.network!.nodes.filter((n) => members.has(n.id)).map((n) => n.id)));
    expect(slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-05-01'), layout: 'map' }).statement).toBe('Selected: European Union; outlined in orange: its 25 members on 1 May 2004');
    expect(slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-05-01'), layout: 'map-network' }).statement).toMatch(/outlined in orange on the map and ringed in orange in the network: its 25 members/);
    expect(slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-05-01&lang=fr'), layout: 'network' }).statement).toBe('Sélection\u00a0: Union européenne\u202f; les points cerclés d’orange sont ses 25 membres au 1 mai 2004');
  });
});

describe('a bloc both selected and outlined', () => {
  const say = (search: string, layout: 'map' | 'network' | 'map-network' | 'table') => slideModel(atlas, sources, { view: viewOf(search), layout }).statement;
  it('says one sentence naming both marks, on the map, the network and both', () => {
    const q = '?sel=bloc:eu&outline=eu&t=2004-05-01';
    expect(say(q, 'network')).toBe('Selected and outlined in purple: European Union; the dots ringed in orange are its 25 members on 1 May 2004');
    expect(say(q, 'map')).toBe('Selected and outlined in purple: European Union; outlined in orange: its 25 members on 1 May 2004');
    expect(say(q, 'map-network')).toBe('Selected and outlined in purple: European Union; outlined in orange on the map and ringed in orange in the network: its 25 members on 1 May 2004');
    // both marks are drawn, so the one sentence is true of the slide
    const m = slideModel(atlas, sources, { view: viewOf(q), layout: 'network' });
    const doc = parse(renderSlide(m, geo));
    expect(doc.querySelectorAll('[data-role="network-outline"][data-bloc="eu"]').length).toBe(1);
    expect(doc.querySelectorAll('path[data-node-id][stroke="#e69f00"]').length).toBeGreaterThan(0);
  });
  it('in every language: the bloc and its count are said once', () => {
    for (const lang of ['fr', 'ar', 'ru', 'es', 'zh'] as const) {
      for (const layout of ['map', 'network', 'map-network'] as const) {
        const two = say(`?sel=bloc:eu&t=2004-05-01&lang=${lang}`, layout) + ' · ' + say(`?outline=eu&t=2004-05-01&lang=${lang}`, layout);
        const one = say(`?sel=bloc:eu&outline=eu&t=2004-05-01&lang=${lang}`, layout);
        expect(one, `${lang} ${layout}`).not.toContain(' · ');
        expect(one.length, `${lang} ${layout}`).toBeLessThan(two.length);
        expect(one.split('25').length - 1, `${lang} ${layout}`).toBe(1);
        expect(one.split(lang === 'zh' ? '欧洲联盟' : lang === 'ru' ? 'Европейский союз' : lang === 'ar' ? 'الاتحاد الأوروبي' : lang === 'es' ? 'Unión Europea' : 'Union européenne').length - 1, `${lang} ${layout}`).toBe(1);
      }
    }
    expect(say('?sel=bloc:eu&outline=eu&t=2004-05-01&lang=fr', 'network')).toBe('Sélection et contour violet\u00a0: Union européenne\u202f; les points cerclés d’orange sont ses 25 membres au 1 mai 2004');
    expect(say('?sel=bloc:eu&outline=eu&t=2004-05-01&lang=ru', 'map')).toBe('Выбрано и обведено фиолетовым контуром: Европейский союз; оранжевым контуром выделены 25 членов на 1 мая 2004 г.');
  });
  it('another bloc outlined keeps two sentences; a slide with neither map nor network says only the selection', () => {
    expect(say('?sel=bloc:eu&outline=coe&t=2004-05-01', 'map')).toMatch(/^Selected: European Union; outlined in orange: its 25 members on 1 May 2004 · Outlined in purple: Council of Europe, \d+ members on 1 May 2004$/);
    expect(say('?sel=bloc:eu&outline=eu&t=2004-05-01', 'table')).toBe('Selected: European Union (25 members on 1 May 2004)');
  });
});

describe('the slide network follows the step\'s grouping', () => {
  it('group=bloc takes the positions of the live view\'s bloc layout (the pure computation its worker runs)', () => {
    const byBloc = slideModel(atlas, sources, { view: viewOf('?group=bloc'), layout: 'network' }).network!;
    const byRegion = slideModel(atlas, sources, { view: viewOf('?'), layout: 'network' }).network!;
    const expected = computeLayout(atlas, 'bloc');
    for (const n of byBloc.nodes) expect([n.x, n.y], n.id).toEqual([expected.get(n.id)!.x, expected.get(n.id)!.y]);
    // the EU's members sit together by bloc; by UN regional group they are split between two clusters
    const spread = (net: typeof byBloc) => {
      const eu = net.nodes.filter((n) => membersOn('eu', atlas.asOf).has(n.id));
      const cx = eu.reduce((s, n) => s + n.x, 0) / eu.length, cy = eu.reduce((s, n) => s + n.y, 0) / eu.length;
      return Math.max(...eu.map((n) => Math.hypot(n.x - cx, n.y - cy)));
    };
    expect(spread(byBloc)).toBeLessThan(spread(byRegion) / 2);
  });
});
