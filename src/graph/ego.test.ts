// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { egoLayout, intermediariesOf, reach, STATE_GROUPS } from './ego';
import { buildGraph } from './model';

const atlas = testAtlas();
const g = buildGraph(atlas, atlas.asOf);

describe('ego network', () => {
  it("reaches the FBI, BKA, EC3 and Microsoft through Korea's Supreme Prosecutors' Office", () => {
    expect(intermediariesOf(g, 'KOR')).toEqual(['spo-kor']);
    const r = reach(g, 'KOR');
    for (const id of ['fbi', 'bka', 'ec3', 'microsoft']) expect(r.via.get(id), id).toBe('spo-kor');
    expect(r.direct.get('europol')).toBe('in-force');
    expect(r.direct.get('eurojust')).toBe('signed');
    expect(r.direct.has('spo-kor')).toBe(true);
    // the story's links: the body's own ties are among them
    expect([...r.links].map((id) => g.linkById.get(id)!).some((l) => l.source === 'spo-kor' && l.target === 'fbi')).toBe(true);
  });

  it('only countries pass partners through their bodies', () => {
    expect(intermediariesOf(g, 'europol')).toEqual([]);
    expect(reach(g, 'europol').via.size).toBe(0);
  });

  it('arranges the ego network round the node, one sector per state, outer ring beside the body', () => {
    const e = egoLayout(g, 'KOR', 1);
    const r = reach(g, 'KOR');
    expect(e.positions.get('KOR')).toEqual({ x: 0, y: 0 });
    expect([...e.positions.keys()].sort()).toEqual(['KOR', ...r.direct.keys(), ...r.via.keys()].sort());
    expect(e.sectors.map((s) => s.state)).toEqual(STATE_GROUPS.filter((s) => [...r.direct.values()].includes(s)));
    // no two nodes share a point
    const pts = [...e.positions.values()];
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y)).toBeGreaterThan(15);
    // a partner through the SPO sits on the outer ring, nearer the SPO than the opposite side
    const spo = e.positions.get('spo-kor')!, fbi = e.positions.get('fbi')!;
    expect(Math.hypot(fbi.x, fbi.y)).toBeGreaterThan(Math.hypot(spo.x, spo.y));
    expect(Math.hypot(fbi.x - spo.x, fbi.y - spo.y)).toBeLessThan(Math.hypot(fbi.x + spo.x, fbi.y + spo.y));
  });

  it('at depth 2 adds every second-step neighbour once', () => {
    const e = egoLayout(g, 'KOR', 2);
    expect(e.positions.has('DEU')).toBe(true); // through Europol
    expect(e.rings.length).toBe(2);
  });
});
