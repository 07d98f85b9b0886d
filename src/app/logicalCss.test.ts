// @vitest-environment node
// On an Arabic page (dir="rtl") the panels, controls, record, presentation and handout mirror, so their margins,
// paddings, borders, alignment and insets are logical (margin-inline-start, text-align: start, inset-inline-end…).
// This fails on a physical left or right in a style sheet, unless the rule is one of the few that must stay
// physical, each said below. Before, the "no deck" notice stayed top left, the handout's state list kept its indent on
// the left (the browser's 40 px on the right beside it), the matrix's names and caption sat left in a right-to-left
// table, the rule between the views stood on the map's outer edge, and eight more such declarations.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '..');
const cssFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? cssFiles(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : []);

/** Rules that stay physical, and why (a selector matched whole). */
const PHYSICAL: Record<string, string> = {
  // laid out left to right on every page (dir="ltr" or direction: ltr), so a logical property would resolve the same
  '.view': 'the map and network sections are dir="ltr" for their drawings: the rule between the views',
  "[dir='rtl'] .view": 'the same rule on an Arabic page, where the columns run from the right',
  '.fact-note p': 'an English note, dir="ltr": its indent',
  "[dir='rtl'] .fact-note p": 'the English note\'s indent from the right on an Arabic page',
  '.time-slider': 'time runs left to right on every page (.time-track is direction: ltr)',
  '.time-events': 'time runs left to right',
  '.time-event': 'time runs left to right: a key date centred on its day',
  '.time-ticks': 'time runs left to right',
  '.time-tick': 'time runs left to right: a year\'s label centred on its 1 January',
  '.time-tick::before': 'time runs left to right: a labelled year\'s tick, centred over its label',
  '.time-tick.minor': 'time runs left to right: a year\'s tick at its 1 January',
  '.time-play.play::before': 'a media mark (Play), not mirrored',
  '.time-play.step::after': 'a media mark (Step), not mirrored',
  // no side to mirror
  '.graph-link-list': 'an accessible list drawn nowhere (clipped to nothing)',
  '.deck-banners': 'centred: left 50% and translateX(-50%)',
  '.handout': 'out of sight on screen (left -100000px); static in print',
  '.source-more::before': 'a chevron (two borders turned 45°) pointing down or up, to no side',
};

const SIDED = /^(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)$/;

/** Physical declarations: a left or right property, a left/right value of text-align, float or clear, or a
 *  four-value margin, padding, border-width/-style/-color or inset whose right and left differ. */
function physical(property: string, value: string): boolean {
  if (SIDED.test(property)) return true;
  if (/^(?:text-align|float|clear)$/.test(property)) return /\b(?:left|right)\b/.test(value);
  if (/^(?:margin|padding|inset|border-(?:width|style|color))$/.test(property)) {
    const parts = value.split(/\s+/);
    return parts.length === 4 && parts[1] !== parts[3];
  }
  return false;
}

function physicalDeclarations(): string[] {
  return cssFiles(SRC).flatMap((file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selectors, body]) => {
      const found = body.split(';').map((d) => d.split(':')).filter((d) => d.length >= 2)
        .map(([p, ...v]) => [p.trim(), v.join(':').trim()] as const).filter(([p, v]) => physical(p, v));
      return found.length && !selectors.split(',').every((s) => s.trim() in PHYSICAL)
        ? found.map(([p, v]) => `${path.relative(SRC, file)}: ${selectors.trim()} { ${p}: ${v} }`) : [];
    });
  });
}

describe('style sheets mirror on a right-to-left page', () => {
  it('the oracle sees a physical side and lets a logical one or a symmetric shorthand be', () => {
    expect(physical('margin-left', '8px')).toBe(true);
    expect(physical('right', '0')).toBe(true);
    expect(physical('text-align', 'left')).toBe(true);
    expect(physical('padding', '0 4px 0 8px')).toBe(true);
    expect(physical('border-top-left-radius', '4px')).toBe(true);
    expect(physical('margin-inline-start', '8px')).toBe(false);
    expect(physical('text-align', 'start')).toBe(false);
    expect(physical('padding', '4px 8px 0')).toBe(false);
    expect(physical('margin', '2px 6px 2px 6px')).toBe(false);
  });

  it('uses logical properties wherever a side follows the page\'s direction', () => {
    expect(physicalDeclarations()).toEqual([]);
  });
});
