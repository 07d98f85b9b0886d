import { describe, expect, it } from 'vitest';
import { placeLabels, shortLabel } from './labels';
import { stepToward } from './navigation';
import { fitTransform } from './fit';

describe('labels', () => {
  it('shortens long names', () => {
    expect(shortLabel({ id: 'ec3', kind: 'agency', label: 'European Cybercrime Centre (EC3)' })).toBe('EC3');
    expect(shortLabel({ id: 'europol', kind: 'agency', label: 'Europol (EU Agency for Law Enforcement Cooperation)' })).toBe('Europol');
    expect(shortLabel({ id: 'x', kind: 'instrument', label: 'A very long instrument name that goes on and on' }).length).toBeLessThanOrEqual(24);
  });
  it('tries below, above, right and left, and drops a label with no free side unless forced', () => {
    const c = (id: string, x: number, force = false) => ({ id, x, y: 0, r: 5, text: 'Label', force });
    expect([...placeLabels([c('a', 0), c('b', 1), c('c', 2), c('d', 3), c('far', 200)])]).toEqual(
      [['a', 'below'], ['b', 'above'], ['c', 'right'], ['d', 'left'], ['far', 'below']]);
    expect(placeLabels([c('a', 0), c('b', 1), c('c', 2), c('d', 3), c('e', 4)]).has('e')).toBe(false);
    expect(placeLabels([c('a', 0), c('b', 1), c('c', 2), c('d', 3), c('e', 4, true)]).get('e')).toBe('below');
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
