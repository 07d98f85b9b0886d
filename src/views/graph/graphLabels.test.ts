// @vitest-environment node
// The network's labels as the panel places them (graphLabels.ts labelCandidates + graph/labels.ts), on the real
// network in its shipped layout, fitted as GraphView fits it, in the panel sizes of a phone (390×844) and of
// 1024×768, 1440×900 and 1920×1080 windows.
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { FAR_STEP, NEAR_RINGS, type LabelPlacement } from '../../graph/labels';
import { layoutDegrees, readyLayout } from '../../graph/layout';
import { isHub } from '../../graph/nodeSize';
import { loadCatalogues } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/langs';
import type { NodeCandidate } from './graphLabels';
import { crossings, PANELS, placeInPanels, quality } from './labelQuality';

const atlas = testAtlas();
const layout = readyLayout(atlas)!;
const degrees = layoutDegrees(atlas);

/** The panel's labels with `sel` selected, in `lang`, at each size asked. */
const placeAt = (sel: string | null, lang: Lang, sizes: readonly (readonly [number, number])[]) => placeInPanels(atlas, layout, degrees, sel, lang, sizes)!;

/** How far a box lies from a node's centre, px. */
const reach = (c: NodeCandidate, b: readonly number[]) => Math.hypot(Math.max(b[0] - c.x, 0, c.x - b[2]), Math.max(b[1] - c.y, 0, c.y - b[3]));
/** Near a landmark's mark: within NEAR_RINGS rings of it, on a diagonal at most. */
const nearOf = (c: NodeCandidate) => (c.r + 2 + NEAR_RINGS * FAR_STEP) * Math.SQRT2 + 0.5;
const hit = (a: readonly number[], b: readonly number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Whether a box of the label's size fits anywhere near the mark (every 2 px) inside the panel, over no label placed
 *  and no forced node's mark: a brute-force oracle, blind to the placement's own list of positions. */
function roomNear(c: NodeCandidate, p: LabelPlacement, candidates: readonly NodeCandidate[], placed: Map<string, LabelPlacement>, [width, height]: readonly [number, number]) {
  const [w, h] = [p.box[2] - p.box[0], p.box[3] - p.box[1]];
  const taken = [...placed].filter(([id]) => id !== c.id).map(([, q]) => q.box)
    .concat(candidates.filter((o) => o.force && o !== c).map((o) => [o.x - o.r - 1, o.y - o.r - 1, o.x + o.r + 1, o.y + o.r + 1]));
  const own = [c.x - c.r - 1, c.y - c.r - 1, c.x + c.r + 1, c.y + c.r + 1];
  const R = nearOf(c);
  for (let x = Math.max(0, c.x - R - w); x + w <= Math.min(width, c.x + R + w); x += 2) {
    for (let y = Math.max(0, c.y - R - h); y + h <= Math.min(height, c.y + R + h); y += 2) {
      const b = [x, y, x + w, y + h];
      if (reach(c, b) <= R - 2 && !hit(b, own) && !taken.some((t) => hit(b, t))) return `[${b.map(Math.round)}]`;
    }
  }
  return null;
}

beforeAll(() => loadCatalogues(['ar', 'zh', 'en', 'fr', 'ru', 'es']));

describe('network labels in the panel', () => {
  const countries = [...layout.keys()].filter((id) => atlas.countryById.has(id));
  const some = (n: number, k: number) => countries.filter((_, i) => i % n === k);
  const others = [null, ...[...layout.keys()].filter(isHub), 'j-cat', 'fbi', 'g7-247', 'malabo'];
  /** Hub labels missing, or far from their mark while there was room near it, with each selection in each panel. */
  function hubProblems(lang: Lang, sels: readonly (string | null)[], panels: readonly (keyof typeof PANELS)[]): string[] {
    const problems: string[] = [];
    for (const sel of sels) {
      placeAt(sel, lang, panels.map((p) => PANELS[p])).forEach(({ candidates, placed }, i) => {
        const at = `${panels[i]} ${lang} sel=${sel}`;
        // the rule: hubs yield to the selection and its partners, never the other way round
        if (candidates.some((c) => c.force && !c.landmark && !placed.has(c.id))) return;
        // no leader line crosses another label (it read as striking the name out), whatever is selected: a body with
        // a dozen partners and more on a phone too (they are placed again, the walled-in first), with the few
        // exceptions that still need the last resort
        if (!CROSSING_KNOWN.has(`${panels[i]} ${lang} ${sel}`)) problems.push(...crossings(candidates, placed).map((x) => `${at}: ${x}`));
        for (const c of candidates.filter((x) => x.landmark && isHub(x.id))) {
          const p = placed.get(c.id);
          if (!p) { problems.push(`${at}: ${c.id} unnamed`); continue; }
          // far from its mark only when the selection, its partners and the other hubs leave no room near it
          const room = reach(c, p.box) > nearOf(c) ? roomNear(c, p, candidates, placed, PANELS[panels[i]]) : null;
          if (room) problems.push(`${at}: ${c.id} named ${Math.round(reach(c, p.box))} px from its mark, with room at ${room}`);
        }
      });
    }
    return problems;
  }

  /** Where a leader still crosses a name (walled in even when placed again): measured on this sample. */
  const CROSSING_KNOWN = new Set(['phone ar j-cat', 'phone ar fbi', 'phone en j-cat']);
  // Hubs are the network's landmarks. With a selection they were optional: at a phone's width 214 of 232 selections
  // left one unnamed (an unlabelled hexagon), and a hub's caption could go out 144 px on a leader line. A sample of
  // selections here (every country passed once, in ~25 s).
  it('names every hub near its mark on a phone in Arabic (the longest captions), whatever is selected', () => {
    expect(hubProblems('ar', [...others, ...some(16, 0)], ['phone'])).toEqual([]);
  });
  it('… and at 1024×768 in English', () => {
    expect(hubProblems('en', [...others, ...some(16, 5)], ['1024×768'])).toEqual([]);
  });
  it('… and on a phone in English and French, and at 1440×900 and 1920×1080', () => {
    expect(hubProblems('en', some(32, 2), ['phone', '1440×900', '1920×1080'])).toEqual([]);
    expect(hubProblems('fr', [null, 'europol', ...some(32, 3)], ['phone'])).toEqual([]);
  });

  // With a dozen partners and more on a phone, the names placed beside their marks walled a partner's mark in, and its
  // leader could only cross a name (session 22: 149 crossings over every selection × 4 panels × en/ar/ru). A walled-in
  // label is now placed again with the names in its way taken off first, then those names again. (Arabic and Russian:
  // nearly all the crossings left are theirs.)
  it('lets few leaders cross a name with the most crowded selections, on a phone and at 1440×900', () => {
    const crossed: string[] = [];
    for (const lang of ['ar', 'ru'] as const) {
      for (const sel of ['USA', 'j-cat', 'arab-ict', 'GBR']) {
        placeAt(sel, lang, [PANELS.phone, PANELS['1440×900']]).forEach(({ candidates, placed }, i) => {
          crossed.push(...crossings(candidates, placed).map((x) => `${['phone', '1440×900'][i]} ${lang} ${sel}: ${x}`));
        });
      }
    }
    // main at f823eb3: 81 (net11: 44); 9e12587: 42 (net13: 31, leaders looked at from the centre)
    expect(crossed.length, crossed.join('\n')).toBeLessThanOrEqual(31);
  });

  // A partner's name sent out on a phone could lie over a hub's mark placed after it (the Inter-American convention's
  // over the UN convention's, in Spanish and French with a Latin American country selected), and the hub's leader,
  // drawn from under that name, crossed it: the placement looked at its leader only from the mark's edge out. A name
  // now keeps off the landmarks' marks unless only the last resorts are left, and a leader is looked at from the centre.
  it("lets no hub's leader cross a name laid over its mark, on a phone in Spanish and French", () => {
    const crossed: string[] = [];
    for (const lang of ['es', 'fr'] as const) {
      for (const sel of [...others, ...some(8, 1)]) {
        const [{ candidates, placed }] = placeAt(sel, lang, [PANELS.phone]);
        crossed.push(...crossings(candidates, placed).map((x) => `phone ${lang} ${sel}: ${x}`));
      }
    }
    // main at 9e12587: 10
    expect(crossed).toEqual([]);
  });

  // With a selection, a hub's caption stayed beside its mark over the faded dots next to it (the search for the place
  // over fewest dots, run before the partners were named, took the gaps they needed). It now moves once every forced
  // name is placed, to the place near its mark over fewest dots, if that covers fewer.
  it('with a selection, covers fewer dots with hub captions', () => {
    let covered = 0;
    for (const lang of ['en', 'ru'] as const) {
      for (const sel of some(24, 7)) {
        placeAt(sel, lang, [PANELS.phone, PANELS['1024×768']]).forEach((r) => { covered += quality(r).hubOverDots.length; });
      }
    }
    // without the move: 346
    expect(covered).toBeLessThanOrEqual(244);
  });

  // A partner with no room beside its mark went out on a ring of eight directions, up to 199 px on a phone (the
  // United States' Australia and United Kingdom 150-190 px); the nearest free box is now looked for every 8 px.
  it("sends a partner's name out on a leader of 150 px at most", () => {
    const long: string[] = [];
    for (const lang of ['en', 'ar'] as const) {
      for (const sel of ['USA', 'KOR', 'FRA', 'BRA', 'CHN', 'j-cat', 'fbi', 'europol']) {
        placeAt(sel, lang, [PANELS.phone, PANELS['1024×768']]).forEach(({ candidates, placed }, i) => {
          for (const c of candidates) {
            const p = placed.get(c.id);
            if (p?.leader && c.force && !c.landmark && reach(c, p.box) > 150) long.push(`${['phone', '1024×768'][i]} ${lang} ${sel}: ${c.id} ${Math.round(reach(c, p.box))} px`);
          }
        });
      }
    }
    expect(long).toEqual([]);
  });

  // With nothing selected, the hubs' captions sat beside their marks over the unnamed countries next to them (3-4
  // marks each), and those countries could not be named; a caption now goes a short leader away to cover none, or
  // where it covers fewest (session 23: 112 dots hidden in these 12 views, the UN convention's Russian caption over
  // 23 on a phone; now 36). The room a caption now takes from the countries' names: 563 names in these views, now 544.
  it('with nothing selected, covers few dots with hub captions and names about as many countries as before', () => {
    let covered = 0;
    const named: Record<string, number> = {};
    for (const lang of ['en', 'ar', 'ru'] as const) {
      const sizes = Object.keys(PANELS) as (keyof typeof PANELS)[];
      placeAt(null, lang, sizes.map((k) => PANELS[k])).forEach((r, i) => {
        const q = quality(r);
        named[`${sizes[i]} ${lang}`] = q.named;
        covered += q.hubOverDots.length;
        expect(q.forcedUnnamed).toEqual([]);
      });
    }
    // main at 93f1bb0: 138 dots covered; aa7ae9c: 112, and 47, 46 and 49 names at 1024×768 in en, ar, ru
    expect(covered).toBeLessThanOrEqual(36);
    expect(Object.values(named).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(544);
    expect([named['1024×768 en'], named['1024×768 ar'], named['1024×768 ru']]).toEqual([44, 42, 46]);
  });

  // The figures of `npm run labels:sweep` (every selection, ~1 min) on the first view, in the six languages and four
  // panels (labelQuality.ts says how each is counted): no leader across a name, every hub named, few dots under
  // their captions.
  it('with nothing selected, in the six languages at the four sizes, no leader crosses a name and hub captions hide few dots', () => {
    const problems: string[] = [], dots: Record<string, number> = {};
    const panels = Object.keys(PANELS) as (keyof typeof PANELS)[];
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) {
      placeAt(null, lang, panels.map((k) => PANELS[k])).forEach((r, i) => {
        const q = quality(r);
        dots[lang] = (dots[lang] ?? 0) + q.hubOverDots.length;
        problems.push(...[...q.crossings, ...q.forcedUnnamed.map((id) => `${id} unnamed`)].map((x) => `${panels[i]} ${lang}: ${x}`));
      });
    }
    expect(problems).toEqual([]);
    // aa7ae9c: ar 32, zh 24, en 27, fr 32, ru 53, es 34
    const most = { ar: 9, zh: 7, en: 7, fr: 13, ru: 20, es: 10 };
    for (const [lang, n] of Object.entries(most)) expect(dots[lang], lang).toBeLessThanOrEqual(n);
  });

  it('names the selection, all its partners and every hub on a phone, in the crowded middle too', () => {
    for (const sel of ['KOR', 'FRA', 'USA', 'BRA', 'j-cat', 'fbi']) {
      const [{ candidates, placed }] = placeAt(sel, 'ar', [PANELS.phone]);
      expect(candidates.filter((c) => c.force && !placed.has(c.id)).map((c) => c.id), sel).toEqual([]);
    }
  });
});
