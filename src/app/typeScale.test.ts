// @vitest-environment node
// The app's type stays cheap to draw (src/styles.css says why): on Linux, Chromium asks the browser process
// synchronously for every distinct font size × weight and for every character its font lacks, before the first paint.
// These fail when a rule brings back a size or weight outside the scale, a font family of its own, or a first-view
// message draws a symbol the system UI fonts (Noto Sans, Segoe UI, San Francisco) do not all have.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLaterKey } from '../i18n/messageParts';
import { LANGS } from '../i18n/langs';

const SRC = path.resolve(__dirname, '..');
const cssFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? cssFiles(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : []);

/** Every declaration of `property` with the selector of its rule (innermost braces; comments out). */
function declarations(property: string): { file: string; selector: string; value: string }[] {
  return cssFiles(SRC).flatMap((file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selector, body]) =>
      [...body.matchAll(new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'g'))].map((m) =>
        ({ file: path.relative(SRC, file), selector: selector.trim(), value: m[1].trim() })));
  });
}

// Not in the first view: the presenter window (a projector's sizes), the printed handout and print rules (points),
// the deck dialog's close mark, the side panel's dense tables (12 px: 13 broke words in the compare table).
const OWN_SIZES = /presenter|presentation-nav|handout|print|deck-dialog-head button|^\.(side|crosstab|compare|table-view) table$/;

describe('the type scale', () => {
  it('sizes are 11, 13, 14 or 18 px (SVG labels: 11 px on screen at every zoom)', () => {
    const off = declarations('font-size').filter(({ selector, value }) => !OWN_SIZES.test(selector) && !/pt$/.test(value)
      && !/^(11|13|14|18)px$/.test(value) && value !== 'calc(11px / var(--k))');
    expect(off).toEqual([]);
  });

  it('one bold weight, 600', () => {
    const off = declarations('font-weight').filter(({ value }) => !/^(600|normal|400)$/.test(value));
    expect(off).toEqual([]);
  });

  it('one font stack for the app, set on the root (the printed handout has its own)', () => {
    const families = declarations('font-family').filter(({ selector }) => !/handout/.test(selector));
    expect(families).toEqual([
      { file: 'styles.css', selector: ':root', value: 'system-ui, sans-serif' },
      { file: 'styles.css', selector: 'html:lang(ar)', value: 'system-ui, "Noto Sans Arabic", sans-serif' },
    ]);
  });
});

// Arrows, mathematical operators, technical symbols, geometric shapes, miscellaneous symbols and dingbats: missing
// from Noto Sans (and partly from Segoe UI), each a fallback-font lookup. Drawn marks are shapes in CSS or SVG.
const SYMBOL = /[\u2190-\u23ff\u25a0-\u27bf]/u;
// First-view keys whose text is never drawn in the default first view: read aloud (map.aria), a tooltip
// (zoom.outTitle), the matrix's collapsed help (how.matrix), a record's button once the State is being compared.
const NOT_DRAWN_FIRST = new Set(['map.aria', 'zoom.outTitle', 'how.matrix', 'record.inCompare']);

describe("the first view's messages", () => {
  it.each(LANGS)('%s: no symbol the system UI fonts lack', (lang) => {
    const messages = JSON.parse(readFileSync(path.join(SRC, 'i18n/messages', `${lang}.json`), 'utf8')) as Record<string, string>;
    const off = Object.entries(messages).filter(([key, text]) => !isLaterKey(key) && !NOT_DRAWN_FIRST.has(key) && SYMBOL.test(text));
    expect(off).toEqual([]);
  });
});

// A triangle drawn with borders (transparent sides, one side currentColor) turns into a box in forced colours (Windows
// high contrast), where every border colour becomes the text colour: Play read as a stop mark ("■ Play").
describe('marks drawn with borders', () => {
  it('keep their transparent sides in forced colours (forced-color-adjust: none)', () => {
    const rules = cssFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({ file: path.relative(SRC, file), selector: selector.trim(), body })));
    const triangles = rules.filter(({ body }) => /border-color:[^;]*transparent/.test(body) && /border-color:[^;]*currentColor/.test(body));
    expect(triangles.length).toBeGreaterThanOrEqual(3);
    expect(triangles.filter(({ body }) => !/forced-color-adjust:\s*none/.test(body)).map(({ selector }) => selector)).toEqual([]);
  });

  it('drawn through a mask keep their colour in forced colours (which paints backgrounds as the page)', () => {
    const masked = cssFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, , body]) => /(^|;)\s*mask:/.test(body)).map(([, selector, body]) => ({ selector: selector.trim(), body })));
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.filter(({ body }) => !/forced-color-adjust:\s*none/.test(body)).map(({ selector }) => selector)).toEqual([]);
  });
});
