// @vitest-environment node
// Links legible on a projector and on the live page: their widths in screen pixels and their colours' contrast on
// white once faded by their opacity, for every family, in each way a link is drawn. Before session 14 a slide's links
// were 0.9 px at 1024×768 and 1.9:1 (median), the live network's 0.8 px at 0.35 opacity (1.65:1).
import { describe, expect, it } from 'vitest';
import { LINK_STROKE, linkDash } from '../../src/briefing/networkPicture';
import { FAMILY_COLOURS, STAGE_DASH } from '../../src/theme/families';
import { ACTIVE, BASE, QUIET } from '../../src/views/graph/edgeCanvas';
import { contrastRatio } from './colourVision';

/** A slide is 1600 units wide: 0.64 of its size on a 1024×768 projector. */
const AT_1024 = 1024 / 1600;
/** A colour at `alpha` over white, as the eye gets it. */
const faded = (hex: string, alpha: number) => `#${[1, 3, 5].map((i) => Math.round(alpha * parseInt(hex.slice(i, i + 2), 16) + (1 - alpha) * 255).toString(16).padStart(2, '0')).join('')}`;
const contrasts = (alpha: number) => Object.values(FAMILY_COLOURS).map((c) => contrastRatio(faded(c, alpha), '#ffffff')).sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];

describe('a slide\'s links at 1024×768', () => {
  it('a plain link is at least 1.6 px wide and 2.3:1 on white (median of the families)', () => {
    expect(LINK_STROKE.plain.width * AT_1024).toBeGreaterThanOrEqual(1.6);
    expect(median(contrasts(LINK_STROKE.plain.opacity))).toBeGreaterThanOrEqual(2.3);
  });

  it('a story link is at least 3 px and 4:1; a quiet one at most 1.1 px and 1.5:1 for every family, so the three are told apart', () => {
    expect(LINK_STROKE.story.width * AT_1024).toBeGreaterThanOrEqual(3);
    expect(median(contrasts(LINK_STROKE.story.opacity))).toBeGreaterThanOrEqual(4);
    expect(LINK_STROKE.quiet.width * AT_1024).toBeLessThanOrEqual(1.1);
    expect(Math.max(...contrasts(LINK_STROKE.quiet.opacity))).toBeLessThanOrEqual(1.5);
    expect(LINK_STROKE.story.width / LINK_STROKE.plain.width).toBeGreaterThanOrEqual(1.8);
    expect(LINK_STROKE.plain.opacity / LINK_STROKE.quiet.opacity).toBeGreaterThanOrEqual(2.5);
  });

  it('dashes stretch with the line: at every width a gap is wider than the line, a dot shorter than its gap, a dash longer', () => {
    for (const { width } of Object.values(LINK_STROKE)) {
      for (const stage of Object.keys(STAGE_DASH)) {
        const dash = linkDash(stage, width)?.split(' ').map(Number);
        if (!STAGE_DASH[stage]) { expect(dash, stage).toBeUndefined(); continue; }
        expect(dash!.length, stage).toBe(STAGE_DASH[stage]!.split(' ').length);
        for (const gap of dash!.filter((_, i) => i % 2 === 1)) expect(gap, `${stage} at ${width}`).toBeGreaterThan(width);
      }
      const [dot, dotGap] = linkDash('negotiating', width)!.split(' ').map(Number);
      const [dash, dashGap] = linkDash('signed', width)!.split(' ').map(Number);
      expect(dot).toBeLessThan(dotGap);
      expect(dash).toBeGreaterThan(dashGap);
    }
  });
});

describe('the live network\'s links', () => {
  it('an unselected link is a whole pixel and 2:1 on white (median), at most 0.6 opaque so the nodes stay the figure', () => {
    // and no wider: past one pixel the canvas leaves its fast path for thin lines (edgeCanvas.ts)
    expect(BASE.width).toBe(1);
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
