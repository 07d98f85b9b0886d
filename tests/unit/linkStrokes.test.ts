// @vitest-environment node
// Links legible on the live page: their widths in screen pixels and their colours' contrast on white once faded by
// their opacity, for every family, in each way a link is drawn. Before session 14 the live network's were 0.8 px at
// 0.35 opacity (1.65:1, median).
import { describe, expect, it } from 'vitest';
import { FAMILY_COLOURS } from '../../src/theme/families';
import { ACTIVE, BASE, QUIET } from '../../src/views/graph/edgeCanvas';
import { contrastRatio } from './colourVision';

/** A colour at `alpha` over white, as the eye gets it. */
const faded = (hex: string, alpha: number) => `#${[1, 3, 5].map((i) => Math.round(alpha * parseInt(hex.slice(i, i + 2), 16) + (1 - alpha) * 255).toString(16).padStart(2, '0')).join('')}`;
const contrasts = (alpha: number) => Object.values(FAMILY_COLOURS).map((c) => contrastRatio(faded(c, alpha), '#ffffff')).sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];

describe('the live network\'s links', () => {
  it('an unselected link is at least 1.2 px and 2:1 on white (median), at most 0.6 opaque so the nodes stay the figure', () => {
    expect(BASE.width).toBeGreaterThanOrEqual(1.2);
    expect(median(contrasts(BASE.alpha))).toBeGreaterThanOrEqual(2);
    expect(BASE.alpha).toBeLessThanOrEqual(0.6);
    // unverified links stay fainter than the others, as the legend's sample says
    expect(BASE.unverifiedAlpha).toBeLessThanOrEqual(BASE.alpha * 0.6);
  });

  it('beside a selection the base fades to at most 1.35:1 and the story is drawn 1.8 times as wide, nearly opaque', () => {
    expect(Math.max(...contrasts(BASE.alpha * QUIET))).toBeLessThanOrEqual(1.35);
    expect(ACTIVE.width / BASE.width).toBeGreaterThanOrEqual(1.8);
    expect(ACTIVE.alpha).toBeGreaterThanOrEqual(0.9);
  });
});
