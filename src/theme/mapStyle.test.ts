// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusFillCss } from './mapStyle';
import { CLASS_STYLES } from './palette';

/** The last compound of a selector: what the rule styles. */
const lastCompound = (selector: string) => selector.trim().split(/\s*[\s>+~]\s*/).pop()!;

describe('statusFillCss', () => {
  const rules = [...statusFillCss().matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, sel, body]) => ({ sel: sel.trim(), body }));

  it('colours every class on shapes, markers and network glyphs', () => {
    for (const cls of Object.keys(CLASS_STYLES)) {
      for (const target of ['.map-shape', '.map-marker', '.glyph']) {
        expect(rules.some((r) => r.sel.includes(`"${cls}"`) && lastCompound(r.sel) === target && /fill:/.test(r.body)), `${cls} ${target}`).toBe(true);
      }
    }
  });

  it('keys no rule on an attribute of the element it styles (each change of it would restyle the element)', () => {
    for (const r of rules) for (const sel of r.sel.split(',')) expect(lastCompound(sel), sel).not.toMatch(/\[/);
  });
});
