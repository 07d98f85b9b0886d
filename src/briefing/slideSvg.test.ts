// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeSlideSvg, SLIDE_H, SLIDE_W, wrap } from './slideSvg';

const parts = {
  title: 'Vote on A/RES/74/247 (2019)',
  subtitle: 'Showing 74/247: Yes · Selected: Korea & "friends" <test>',
  asOf: 'As of 27 December 2019',
  source: 'Sources: 12 documents (digitallibrary.un.org) · Cybercrime Cooperation Atlas v1, data as of 1 March 2026',
  legend: [
    { label: 'Yes', count: 79, fill: 'rgb(31, 95, 191)' },
    { label: 'No', count: 60, fill: 'url(#lg-pat-no)' },
  ],
  defs: '<defs xmlns="http://www.w3.org/2000/svg"><pattern id="lg-pat-no" width="6" height="6"><rect width="6" height="6" fill="#D55E00"/></pattern></defs>',
  panels: [
    { label: 'Map', viewBox: '0 0 960 500', markup: '<path xmlns="http://www.w3.org/2000/svg" d="M0 0L10 10" style="fill:rgb(1, 2, 3)"/>' },
    { label: 'Cooperation network', viewBox: '0 0 600 600', markup: '<circle xmlns="http://www.w3.org/2000/svg" cx="5" cy="5" r="3"/>' },
  ],
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('composeSlideSvg', () => {
  it('produces well-formed 16:9 SVG at 1920×1080', () => {
    const doc = parse(composeSlideSvg(parts));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(SLIDE_W), String(SLIDE_H)]);
  });

  it('leaves the title out of the picture on request (a .pptx slide has its own title box), the rest stays', () => {
    const texts = [...parse(composeSlideSvg({ ...parts, heading: false })).getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).not.toContain('Vote on A/RES/74/247 (2019)');
    expect(texts).toContain('As of 27 December 2019');
    expect(texts.some((t) => t?.startsWith('Sources:'))).toBe(true);
  });

  it('builds in the title, as-of date, legend with counts and the source line', () => {
    const doc = parse(composeSlideSvg(parts));
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Vote on A/RES/74/247 (2019)');
    expect(texts).toContain('As of 27 December 2019');
    expect(texts).toContain('Yes (79)');
    expect(texts).toContain('No (60)');
    expect(texts).toContain('Showing 74/247: Yes · Selected: Korea & "friends" <test>');
    const swatch = doc.querySelector('[data-legend-class-label="No"] rect');
    expect(swatch?.getAttribute('fill')).toBe('url(#lg-pat-no)');
    expect(doc.getElementById('lg-pat-no')).not.toBeNull();
    const source = doc.querySelector('[data-role="source"]');
    expect(source?.textContent).toMatch(/^Sources: 12 documents/);
  });

  it('nests each captured panel with its own viewBox', () => {
    const doc = parse(composeSlideSvg(parts));
    const nested = [...doc.documentElement.querySelectorAll('svg')];
    expect(nested.map((s) => s.getAttribute('viewBox'))).toEqual(['0 0 960 500', '0 0 600 600']);
    expect(nested[0].querySelector('path')?.getAttribute('d')).toBe('M0 0L10 10');
    expect(nested[1].querySelector('circle')).not.toBeNull();
  });

  it('wraps long source lines and marks the cut', () => {
    const lines = wrap('word '.repeat(200), 50, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
  });
});
