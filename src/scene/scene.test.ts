// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { atlas } from '../views/map/testAtlas';
import { countByClass, statusAt } from '../data/lenses';
import { buildGraph, isActive, neighbourhood, FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { EMPTY_FILTERS } from '../data/filters';
import { computeScene, sameLinkList, type SceneInput } from './scene';
import { diffScene } from './diff';
import { loadCatalogue, useCatalogues } from '../i18n/catalogue';

const base: SceneInput = {
  atlas, lens: 'budapest', filters: EMPTY_FILTERS, sel: null, t: null, focus: null, hover: null, legendHover: null,
  hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null, lang: 'en',
};

describe('scene', () => {
  it('builds the marks\' status words again when the language\'s messages arrive after a first scene (a deck step in Russian)', async () => {
    // the pure tests share one module state: forget Russian if another file loaded it
    useCatalogues.setState((s) => ({ loaded: { ...s.loaded, ru: undefined } }));
    const before = computeScene({ ...base, lang: 'ru' }).names.mark('USA');
    expect(before).toMatch(/: Party\b/); // English stands in while the Russian catalogue loads
    await loadCatalogue('ru');
    const after = computeScene({ ...base, lang: 'ru' }).names.mark('USA');
    expect(after).not.toMatch(/\bParty\b/);
    expect(after).toMatch(/^Соединенные Штаты Америки: Государство-участник/);
  });

  it('gives back the very edges drawn before a selection once it is cleared (the painter then repaints no link)', () => {
    const before = computeScene(base).edges;
    expect(computeScene({ ...base, sel: 'KOR' }).edges).not.toBe(before);
    expect(computeScene({ ...base, hover: 'BRA' }).edges).not.toBe(before);
    expect(computeScene(base).edges).toBe(before);
  });

  it('keeps the very objects of the marks and nodes a selection does not change (diffs skip them by identity)', () => {
    const a = computeScene({ ...base, sel: 'BRA' });
    const b = computeScene({ ...base, sel: 'KOR' });
    const diff = diffScene(a, b);
    const changedMarks = new Set(diff.marks.map((c) => c.id));
    expect(changedMarks.has('KOR') && changedMarks.has('BRA')).toBe(true);
    for (const [id, m] of b.marks) expect(m === a.marks.get(id), id).toBe(!changedMarks.has(id));
    const changedNodes = new Set(diff.nodes.map((c) => c.id));
    expect(changedNodes.has('KOR')).toBe(true);
    for (const [id, n] of b.nodes) expect(n === a.nodes.get(id), id).toBe(!changedNodes.has(id));
    // and the values are those a scene computed from nothing gives
    const fresh = [...b.marks.values()].map((m) => ({ ...m }));
    computeScene({ ...base, lens: 'unga-74-247' }); // another scene in between
    expect([...computeScene({ ...base, sel: 'KOR' }).marks.values()].map((m) => ({ ...m }))).toEqual(fresh);
  });

  it('labels marks and nodes with the name in the active language, as the UN writes it', () => {
    const fr = computeScene({ ...base, lang: 'fr' });
    expect(fr.names.mark('KOR')).toMatch(/^République de Corée\u00a0: /);
    expect(fr.names.node('KOR')).toMatch(/^République de Corée/);
    const ar = computeScene({ ...base, lang: 'ar' });
    expect(ar.names.mark('KOR')).toMatch(/^جمهورية كوريا: /);
    expect(computeScene(base).names.mark('KOR')).toMatch(/^Republic of Korea: /);
  });

  it('names each node\'s status under the lens in the map\'s words, and none for a node the lens does not apply to', async () => {
    const fra = (x: Partial<SceneInput>) => computeScene({ ...base, ...x }).names.node('FRA');
    expect(fra({})).toBe('France — Budapest Convention (CETS 185): Party since 10 January 2006, INTERPOL member, party to UNTOC');
    // the same words as the map's mark, whatever the lens and date
    for (const lens of ['budapest-p2', 'unga-74-247', 'un-convention'] as const) {
      const s = computeScene({ ...base, lens });
      expect(s.names.node('FRA')).toContain(s.names.mark('FRA').replace(/^France: /, ''));
    }
    // a status not yet known at the date says so, never a later one shown early (Serbia's undated Budapest party)
    const srb = computeScene({ ...base, t: '2009-01-01' }).names.node('SRB');
    expect(srb).toMatch(/^Serbia — Budapest Convention \(CETS 185\): Unknown at this date/);
    expect(computeScene({ ...base, t: '2009-01-01' }).nodes.get('SRB')!.status).toBe('unknown');
    expect(computeScene(base).names.node('europol')).toBe('Europol (EU Agency for Law Enforcement Cooperation), agency');
    await loadCatalogue('fr');
    expect(fra({ lang: 'fr' })).toMatch(/^France — Convention sur la cybercriminalité \(Budapest, STCE 185\)\u00a0: État partie depuis 10 janvier 2006/);
  });

  it('gives every country its class under the lens, as the lens functions compute it', () => {
    for (const lens of ['budapest', 'unga-74-247', 'un-convention'] as const) {
      const scene = computeScene({ ...base, lens, t: '2020-01-01' });
      const counts: Record<string, number> = {};
      for (const m of scene.marks.values()) counts[m.status] = (counts[m.status] ?? 0) + 1;
      // an independent tally: the legend's count function
      const want = Object.fromEntries(Object.entries(countByClass(atlas, lens, '2020-01-01')).filter(([, n]) => n > 0));
      expect(counts).toEqual(want);
      expect(scene.marks.get('KOR')!.status).toBe(statusAt(atlas, lens, 'KOR', '2020-01-01').cls);
    }
  });

  it('labels each mark with the name first and flags no mark by default', () => {
    const scene = computeScene(base);
    expect(scene.marks.size).toBe(atlas.countries.length);
    for (const c of atlas.countries) expect(scene.names.mark(c.id).startsWith(c.name)).toBe(true);
    expect([...scene.marks.values()].some((m) => m.selected || m.dimmed || m.highlighted || m.legendHover)).toBe(false);
  });

  it('marks the selection in map and graph and highlights its partners in force at the date', () => {
    const scene = computeScene({ ...base, sel: 'europol' });
    const partners = neighbourhood(buildGraph(atlas, atlas.asOf), 'europol', 1, isActive);
    partners.delete('europol');
    expect(scene.nodes.get('europol')!.selected).toBe(true);
    const lit = [...scene.marks.values()].filter((m) => m.highlighted).map((m) => m.id).sort();
    expect(lit).toEqual([...partners].filter((id) => atlas.countryById.has(id)).sort());
    expect(lit).not.toContain('RUS');
    expect(scene.edges.filter((e) => e.active).every((e) => e.source === 'europol' || e.target === 'europol')).toBe(true);
  });

  it('carries the selection’s story: partners through a national body are `via`, their links active', () => {
    const scene = computeScene({ ...base, sel: 'KOR' });
    const via = [...scene.nodes.values()].filter((n) => n.via).map((n) => n.id);
    for (const id of ['fbi', 'bka', 'ec3']) expect(via).toContain(id);
    const active = scene.edges.filter((e) => e.active);
    expect(active.every((e) => [e.source, e.target].some((x) => x === 'KOR' || x === 'spo-kor'))).toBe(true);
    expect(active.some((e) => e.source === 'spo-kor' && e.target === 'fbi' || e.target === 'spo-kor' && e.source === 'fbi')).toBe(true);
    // hovering another node lights that node's links instead
    const hovered = computeScene({ ...base, sel: 'KOR', hover: 'FRA' }).edges.filter((e) => e.active);
    expect(hovered.length).toBeGreaterThan(0);
    expect(hovered.every((e) => e.source === 'FRA' || e.target === 'FRA')).toBe(true);
  });

  it('dims what the filters leave out, in map and graph alike', () => {
    const scene = computeScene({ ...base, filters: { budapest: ['party'] } });
    for (const m of scene.marks.values()) expect(m.dimmed).toBe(m.status !== 'party');
    expect(scene.nodes.get('KOR')?.dimmed ?? true).toBe(scene.marks.get('KOR')!.dimmed);
  });

  it('returns the same parts while nothing they show changed', () => {
    const a = computeScene(base);
    const b = computeScene({ ...base, hover: 'nowhere' });
    expect(b.marks).toBe(a.marks);
    expect(computeScene({ ...base, sel: 'KOR' })).toBe(computeScene({ ...base, sel: 'KOR' }));
  });

  it('says when two scenes’ links come from one list (a hover, a selection), and not when the links shown change', () => {
    const a = computeScene(base), b = computeScene({ ...base, hover: 'KOR' }), c = computeScene({ ...base, sel: 'FRA', hover: 'DEU' });
    expect(b.edges).not.toBe(a.edges);
    expect(sameLinkList(a.edges, b.edges) && sameLinkList(b.edges, c.edges)).toBe(true);
    const fewer = computeScene({ ...base, hiddenFamilies: [...FAMILIES_OFF_BY_DEFAULT, 'europol'] });
    expect(sameLinkList(a.edges, fewer.edges)).toBe(false);
    expect(sameLinkList(a.edges, computeScene({ ...base, t: '2005-01-01' }).edges)).toBe(false);
    expect(sameLinkList(a.edges, [...a.edges])).toBe(false);
  });
});

describe('scene diff', () => {
  it('lists every mark against no previous scene, nothing against an equal one', () => {
    const a = computeScene(base);
    expect(diffScene(null, a).marks).toHaveLength(a.marks.size);
    const same = diffScene(a, computeScene({ ...base }));
    expect(same).toEqual({ marks: [], nodes: [], nodesEntered: [], nodesExited: [], edges: false, outlines: false, blocOutline: false });
  });

  it('touches only the selected mark and its partners on a selection', () => {
    const a = computeScene(base);
    const b = computeScene({ ...base, sel: 'KOR' });
    const d = diffScene(a, b);
    const kor = d.marks.find((c) => c.id === 'KOR')!;
    expect(kor.attrs).toEqual({ 'data-selected': 'true', 'aria-pressed': 'true' });
    const others = d.marks.filter((c) => c.id !== 'KOR');
    expect(others.every((c) => Object.keys(c.attrs).join() === 'data-highlighted')).toBe(true);
    expect(others.length).toBe([...b.marks.values()].filter((m) => m.highlighted).length);
    expect(d.outlines).toBe(true);
    // and back: the flags go away again
    expect(diffScene(b, a).marks.find((c) => c.id === 'KOR')!.attrs).toEqual({ 'data-selected': null, 'aria-pressed': 'false' });
  });

  it('rewrites the status, never more, on a lens change; the names are new, made only when asked', () => {
    const a = computeScene(base);
    const b = computeScene({ ...base, lens: 'unga-74-247' });
    const d = diffScene(a, b);
    expect(d.marks.length).toBeGreaterThan(150);
    for (const c of d.marks) expect(Object.keys(c.attrs).every((k) => k === 'data-status' || k === 'data-flagged')).toBe(true);
    expect(b.names).not.toBe(a.names);
    expect(b.names.mark('FRA')).toBe('France: No (27 December 2019)');
    // a selection, a hover or a filter keeps the names (no painter writes them again)
    expect(computeScene({ ...base, lens: 'unga-74-247', sel: 'KOR', hover: 'FRA' }).names).toBe(b.names);
    expect(d.outlines).toBe(false);
  });

  it('reports nodes entering and leaving with the ego focus', () => {
    const a = computeScene(base);
    const d = diffScene(a, computeScene({ ...base, focus: { id: 'BIH', depth: 1 } }));
    expect(d.nodesEntered).toEqual([]);
    expect(d.nodesExited.length).toBeGreaterThan(50);
    expect(d.edges).toBe(true);
  });
});
