// @vitest-environment node
// The theme's categorical colours, measured by an oracle of the test's own (colourVision.ts): told apart under normal
// vision and the three dichromacies, and legible on the network's background.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILY_COLOURS } from '../../src/theme/families';
import { PALETTES } from '../../src/theme/palette';
import { closestPair, contrastRatio, deltaE2000, lab, linearRgb, simulate, type Lab, type Vision } from './colourVision';

const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia', 'tritanopia'];
/** Smallest CIEDE2000 distance between any two link families, by vision (the searched palette: 16.4, 11.8, 11.2, 11.7;
 *  the palette before it: 7.5, 1.0, 2.8, 4.1). */
const FAMILY_MIN_DELTA_E: Record<Vision, number> = { normal: 16, deuteranopia: 11, protanopia: 11, tritanopia: 11 };
/** Smallest distance between the classes of one lens on the map; each class also has its own pattern. */
const CLASS_MIN_DELTA_E = 8;

describe('colour oracle', () => {
  it('gives the CIEDE2000 test pairs of Sharma, Wu & Dalal (2005)', () => {
    const pairs: [Lab, Lab, number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425], [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195], [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [56, -27, -3], 31.903], [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });

  it('keeps greys and merges the red–green pairs a dichromat confuses', () => {
    for (const v of VISIONS) expect(deltaE2000(lab(simulate(linearRgb('#808080'), v)), lab(linearRgb('#808080')))).toBeLessThan(0.5);
    // the palette before this test: Budapest blue and Europol violet, 30 apart, look alike without green cones
    const seen = (hex: string, v: Vision) => lab(simulate(linearRgb(hex), v));
    expect(deltaE2000(seen('#2f6db5', 'normal'), seen('#7a4fb0', 'normal'))).toBeGreaterThan(15);
    expect(deltaE2000(seen('#2f6db5', 'deuteranopia'), seen('#7a4fb0', 'deuteranopia'))).toBeLessThan(2);
  });

  it('gives WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('link family colours', () => {
  it.each(VISIONS)('are far apart two by two under %s', (vision) => {
    const closest = closestPair(FAMILY_COLOURS, vision);
    expect(closest.deltaE, `${closest.a} / ${closest.b}`).toBeGreaterThanOrEqual(FAMILY_MIN_DELTA_E[vision]);
  });

  it('stand out at least 3:1 from the network’s background (the page’s --bg; slides are white)', () => {
    const bg = /--bg:\s*(#[0-9a-f]{6})/i.exec(readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8'))![1];
    for (const background of [bg, '#ffffff'])
      for (const [family, colour] of Object.entries(FAMILY_COLOURS))
        expect(contrastRatio(colour, background), `${family} ${colour} on ${background}`).toBeGreaterThanOrEqual(3);
  });
});

describe('map class colours', () => {
  it.each(VISIONS)('differ within each lens under %s', (vision) => {
    for (const [lens, entries] of Object.entries(PALETTES)) {
      const closest = closestPair(Object.fromEntries(entries.map((e) => [e.cls, e.fill])), vision);
      expect(closest.deltaE, `${lens}: ${closest.a} / ${closest.b}`).toBeGreaterThanOrEqual(CLASS_MIN_DELTA_E);
    }
  });
});
