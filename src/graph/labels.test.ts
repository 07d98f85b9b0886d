// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BoxIndex, overlaps, type Box } from '../lib/boxIndex';
import { countryLabel, labelWidth, placeLabels, placeLabelsStepwise, shortLabel, type LabelCandidate } from './labels';
import { stepToward } from './navigation';
import { fitTransform } from './fit';

/** A seeded generator (LCG), so every random case is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const WORDS = ['France', 'Republic of Korea', 'EU', 'Budapest Convention', 'Chile', 'United States', 'Niue', 'Côte d\'Ivoire', 'SCO'];
function randomCandidates(seed: number, n: number, w: number, h: number, forcedShare: number): LabelCandidate[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`, x: r() * w, y: r() * h, r: 3 + r() * 8, text: WORDS[Math.floor(r() * WORDS.length)], force: r() < forcedShare, bold: i === 0,
  }));
}
const markBox = (c: LabelCandidate) => [c.x - c.r - 1, c.y - c.r - 1, c.x + c.r + 1, c.y + c.r + 1] as const;

describe('labels', () => {
  it('shortens long names', () => {
    expect(shortLabel({ id: 'ec3', kind: 'agency', label: 'European Cybercrime Centre (EC3)' })).toBe('EC3');
    expect(shortLabel({ id: 'europol', kind: 'agency', label: 'Europol (EU Agency for Law Enforcement Cooperation)' })).toBe('Europol');
    expect(shortLabel({ id: 'GBR', kind: 'country', label: 'United Kingdom of Great Britain and Northern Ireland' })).toBe('United Kingdom');
    expect(shortLabel({ id: 'x', kind: 'instrument', label: 'A very long instrument name that goes on and on' }).length).toBeLessThanOrEqual(24);
  });

  it('labels a country by its name in another language, cut to fit, and counts Chinese characters a whole em wide', () => {
    expect(countryLabel('République de Corée')).toBe('République de Corée');
    expect(countryLabel("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord").length).toBeLessThanOrEqual(24);
    expect(labelWidth('大韩民国')).toBeGreaterThan(labelWidth('abcd') * 1.5);
  });

  it('tries below, above, right and left first, and drops an optional label with no free place', () => {
    const c = (id: string, x: number, force = false) => ({ id, x, y: 100, r: 10, text: 'Label', force });
    const p = placeLabels([c('a', 100), c('b', 100), c('c', 100), c('d', 100), c('far', 400)]);
    expect(p.get('a')!.box[1]).toBeGreaterThan(100); // below
    expect(p.get('b')!.box[3]).toBeLessThan(100); // above
    expect(p.get('c')!.anchor).toBe('start'); // right
    expect(p.get('d')!.anchor).toBe('end'); // left
    expect(p.get('far')!.leader).toBe(false);
  });

  it('moves a forced label further out, with a leader, when every near place is taken', () => {
    const c = (id: string, force = false) => ({ id, x: 200, y: 200, r: 10, text: 'Label', force });
    const p = placeLabels(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => c(id, true)).concat(c('forced', true)));
    expect(p.get('forced')!.leader).toBe(true);
  });

  it('places every forced label that fits beside its node before sending any further out, and forced before optional', () => {
    // 'far' finds no room beside its node (its neighbours' marks all round) and goes out on a leader line; placed in
    // list order it took the place beside 'later', which then had to go out too
    const ring = [[0, 22], [0, -22], [22, 0], [-22, 0], [22, 22], [-22, 22], [22, -22], [-22, -22]].map(([dx, dy], i) => ({ id: `m${i}`, x: 100 + dx, y: 100 + dy, r: 3, text: '', force: false }));
    const far = { id: 'far', x: 100, y: 100, r: 4, text: 'A long forced name', force: true };
    const later = { id: 'later', x: 100, y: 160, r: 4, text: 'Later', force: true };
    const optional = { id: 'optional', x: 100, y: 200, r: 4, text: 'Optional', force: false };
    const p = placeLabels([optional, far, later, ...ring], [400, 300]);
    expect(p.get('far')!.leader).toBe(true);
    expect(p.get('later')!.leader).toBe(false);
    expect(p.get('optional')).toBeDefined();
  });

  it("keeps a label off other nodes' marks", () => {
    const a = { id: 'a', x: 100, y: 100, r: 5, text: 'Europol', force: false };
    const b = { id: 'b', x: 100, y: 118, r: 6, text: 'EU', force: false };
    expect(placeLabels([a, b]).get('a')!.box[3]).toBeLessThanOrEqual(100); // above, not over b
  });

  it('estimates widths no narrower than DejaVu Sans 11px draws them (measured in Chromium)', () => {
    expect(labelWidth('CIS Agreement 2001')).toBeGreaterThanOrEqual(114);
    expect(labelWidth('UN Cybercrime Convention')).toBeGreaterThanOrEqual(149.3);
    expect(labelWidth('Republic of Korea', true)).toBeGreaterThan(labelWidth('Republic of Korea'));
  });

  it('keeps labels inside the viewport', () => {
    const atEdge = { id: 'edge', x: 2, y: 50, r: 5, text: 'Long label', force: false };
    expect(placeLabels([atEdge], [300, 100]).get('edge')!.anchor).toBe('start');
    expect(placeLabels([{ ...atEdge, x: 298 }], [300, 100]).get('edge')!.anchor).toBe('end');
  });

  // Property: on random graphs, dense or sparse, placed labels never overlap one another or leave the viewport, and
  // an optional label never covers another node's mark.
  it('never overlaps, on 200 random graphs', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const [w, h] = [300 + (seed % 5) * 100, 300 + (seed % 3) * 150];
      const cands = randomCandidates(seed, 20 + (seed % 10) * 25, w, h, seed % 4 === 0 ? 0.2 : 0.05);
      const placed = placeLabels(cands, [w, h]);
      const boxes = [...placed].map(([id, p]) => [id, p.box] as const);
      for (let i = 0; i < boxes.length; i++) {
        const [id, b] = boxes[i];
        if (!(b[0] >= 0 && b[1] >= 0 && b[2] <= w && b[3] <= h)) problems.push(`seed ${seed}: ${id} outside`);
        for (let j = i + 1; j < boxes.length; j++) if (overlaps(b, boxes[j][1])) problems.push(`seed ${seed}: ${id} overlaps ${boxes[j][0]}`);
      }
      for (const c of cands) {
        const p = placed.get(c.id);
        if (!p || c.force || c.bold) continue;
        for (const o of cands) if (o !== c && overlaps(p.box, markBox(o))) problems.push(`seed ${seed}: ${c.id} over the mark of ${o.id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds an overlapping box through its index exactly when a scan of every box does (brute force as the oracle)', () => {
    const r = rng(11);
    const box = (size: number): Box => { const x = r() * 1400 - 100, y = r() * 900 - 100; return [x, y, x + r() * size, y + r() * size / 3]; };
    const index = new BoxIndex();
    const all: Box[] = [];
    for (let i = 0; i < 300; i++) all.push(box(160)), index.add(all[i]);
    for (let q = 0; q < 2000; q++) {
      const b = box(q % 2 ? 120 : 2), except = q % 7 ? -1 : Math.floor(r() * all.length);
      expect(index.hits(b, except), `query ${q}`).toBe(all.some((o, i) => i !== except && overlaps(o, b)));
    }
  });

  it('forgets the boxes added after the first n, as an index of the first n alone (brute force as the oracle)', () => {
    const r = rng(12);
    const box = (): Box => { const x = r() * 900, y = r() * 600; return [x, y, x + r() * 150, y + r() * 40]; };
    const index = new BoxIndex();
    const all: Box[] = [];
    for (let i = 0; i < 200; i++) all.push(box()), index.add(all[i]);
    index.truncate(120);
    for (let i = 0; i < 30; i++) index.add(all[120 + i]); // added again, as a second try places its labels
    for (let q = 0; q < 1000; q++) {
      const b = box();
      expect(index.hits(b), `query ${q}`).toBe(all.slice(0, 150).some((o) => overlaps(o, b)));
    }
  });

  it('forgets a box removed and finds the boxes overlapping a query, as a scan of every box does (brute force as the oracle)', () => {
    const r = rng(13);
    const box = (): Box => { const x = r() * 3400 - 200, y = r() * 700 - 100; return [x, y, x + r() * 150, y + r() * 40]; };
    const index = new BoxIndex();
    const all: Box[] = [];
    for (let i = 0; i < 200; i++) all.push(box()), index.add(all[i]);
    const gone = new Set<number>();
    for (let i = 0; i < 200; i += 3) index.remove(i), gone.add(i);
    for (let q = 0; q < 1000; q++) {
      const b = box(), found = new Set<number>();
      index.find(b, found);
      const want = all.flatMap((o, i) => (!gone.has(i) && overlaps(o, b) ? [i] : []));
      expect([...found].sort((x, y) => x - y), `query ${q}`).toEqual(want);
      expect(index.hits(b), `query ${q}`).toBe(want.length > 0);
    }
  });

  it('places one candidate per step, ending with what placeLabels returns', () => {
    const cands = randomCandidates(5, 120, 600, 450, 0.1);
    const steps = placeLabelsStepwise(cands, [600, 450]);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    expect(n).toBe(cands.length);
    expect([...r.value]).toEqual([...placeLabels(cands, [600, 450])]);
    expect(r.value.size).toBeGreaterThan(10);
  });

  it('places every forced label when there is room, on 100 sparse random graphs', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const cands = randomCandidates(seed, 30, 900, 700, 0.3);
      const placed = placeLabels(cands, [900, 700]);
      for (const c of cands) if (c.force) expect(placed.has(c.id), `seed ${seed}: ${c.id}`).toBe(true);
    }
  });
});

describe('keyboard steps', () => {
  const pool = [{ id: 'r', p: { x: 10, y: 1 } }, { id: 'l', p: { x: -10, y: 0 } }, { id: 'far', p: { x: 50, y: 0 } }, { id: 'd', p: { x: 0, y: 8 } }];
  it('picks the nearest candidate in the arrow direction', () => {
    expect(stepToward({ x: 0, y: 0 }, 'right', pool)).toBe('r');
    expect(stepToward({ x: 0, y: 0 }, 'left', pool)).toBe('l');
    expect(stepToward({ x: 0, y: 0 }, 'down', pool)).toBe('d');
    expect(stepToward({ x: 0, y: 0 }, 'up', [{ id: 'd', p: { x: 0, y: 8 } }])).toBeNull();
  });
});

describe('fitTransform', () => {
  it('maps the bounds into the viewport with a margin', () => {
    const t = fitTransform([{ x: -100, y: -50 }, { x: 100, y: 50 }], 440, 400, 20);
    expect(t.k).toBeCloseTo(2);
    expect(t.k * -100 + t.x).toBeCloseTo(20);
    expect(t.k * 0 + t.y).toBeCloseTo(200);
  });
});
