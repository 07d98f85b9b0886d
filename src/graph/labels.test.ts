import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, shortLabel } from './labels';
import { stepToward } from './navigation';
import { fitTransform } from './fit';

describe('labels', () => {
  it('shortens long names', () => {
    expect(shortLabel({ id: 'ec3', kind: 'agency', label: 'European Cybercrime Centre (EC3)' })).toBe('EC3');
    expect(shortLabel({ id: 'europol', kind: 'agency', label: 'Europol (EU Agency for Law Enforcement Cooperation)' })).toBe('Europol');
    expect(shortLabel({ id: 'x', kind: 'instrument', label: 'A very long instrument name that goes on and on' }).length).toBeLessThanOrEqual(24);
  });
  it('tries below, above, right and left, and drops a label with no free side unless forced', () => {
    // stacked on one spot: each label only meets the labels placed before it
    const c = (id: string, x: number, force = false) => ({ id, x, y: 0, r: 10, text: 'Label', force });
    expect([...placeLabels([c('a', 0), c('b', 0), c('c', 0), c('d', 0), c('far', 200)])]).toEqual(
      [['a', 'below'], ['b', 'above'], ['c', 'right'], ['d', 'left'], ['far', 'below']]);
    expect(placeLabels([c('a', 0), c('b', 0), c('c', 0), c('d', 0), c('e', 0)]).has('e')).toBe(false);
    // forced: one line further out, below then above; with those taken too, below regardless
    expect(placeLabels([c('a', 0), c('b', 0), c('c', 0), c('d', 0), c('e', 0, true)]).get('e')).toBe('below-far');
    expect(placeLabels([c('a', 0), c('b', 0), c('c', 0), c('d', 0), c('e', 0, true), c('f', 0, true)]).get('f')).toBe('above-far');
    expect(placeLabels([c('a', 0), c('b', 0), c('c', 0), c('d', 0), c('e', 0, true), c('f', 0, true), c('g', 0, true)]).get('g')).toBe('below');
  });
  it("keeps a label off other nodes' marks", () => {
    // b sits just under a: a's label goes above, not over b
    const a = { id: 'a', x: 100, y: 100, r: 5, text: 'Europol', force: false };
    const b = { id: 'b', x: 100, y: 118, r: 6, text: 'EU', force: false };
    expect(placeLabels([a, b]).get('a')).toBe('above');
  });
  it('leaves a visible gap between labels side by side (the default graph had "CIS Agreement 2001" touching "CIS")', () => {
    const long = { id: 'cis-2001', x: 100, y: 100, r: 6, text: 'CIS Agreement 2001', force: false };
    // "CIS" 70 px to the right, labelled first: the long label's centred box would reach into it
    const cis = { id: 'cis', x: 170, y: 100, r: 6, text: 'CIS', force: false };
    expect(placeLabels([cis, long]).get('cis-2001')).not.toBe('below');
  });
  it('estimates widths no narrower than DejaVu Sans 11px draws them (measured in Chromium)', () => {
    expect(labelWidth('CIS Agreement 2001')).toBeGreaterThanOrEqual(114);
    expect(labelWidth('UN Cybercrime Convention')).toBeGreaterThanOrEqual(149.3);
    expect(labelWidth('Republic of Korea', true)).toBeGreaterThan(labelWidth('Republic of Korea'));
  });
  it('keeps labels inside the viewport', () => {
    const atEdge = { id: 'edge', x: 2, y: 50, r: 5, text: 'Long label', force: false };
    expect(placeLabels([atEdge], [300, 100]).get('edge')).toBe('right');
    expect(placeLabels([{ ...atEdge, x: 298 }], [300, 100]).get('edge')).toBe('left');
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
