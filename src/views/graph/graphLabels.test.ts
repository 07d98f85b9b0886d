// @vitest-environment node
// The network's labels as the panel places them (graphLabels.ts labelCandidates + graph/labels.ts), on the real
// network in its shipped layout, fitted as GraphView fits it, in the panel sizes of a phone (390×844) and of
// 1024×768, 1440×900 and 1920×1080 windows.
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { fitTransform } from '../../graph/fit';
import { FAR_STEP, NEAR_RINGS, placeLabels, type LabelPlacement } from '../../graph/labels';
import { layoutDegrees, readyLayout } from '../../graph/layout';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { isHub } from '../../graph/nodeSize';
import { loadCatalogues } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/langs';
import { computeScene } from '../../scene/scene';
import { selectDate, selectGraph, withAtlas } from '../../store/derived';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { labelCandidates, labelTextOf, type NodeCandidate } from './graphLabels';
import { selectLitSet } from './selectors';

const atlas = testAtlas();
const layout = readyLayout(atlas)!;
const degrees = layoutDegrees(atlas);
/** The network panel's size (.graph-canvas) in those windows, measured in Chromium. */
const PANELS = { phone: [389, 420], '1024×768': [723, 420], '1440×900': [450, 420], '1920×1080': [654, 619] } as const;

/** The panel's labels with `sel` selected, in `lang`, at each size asked. */
function placeAt(sel: string | null, lang: Lang, sizes: readonly (readonly [number, number])[]) {
  const state = withAtlas({ ...useAppStore.getState(), ...DEFAULT_VIEW, sel, lang, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT }, atlas);
  const scene = computeScene({ ...state, since: null });
  const labelState = { sel, hover: null, hoverSet: null, lit: selectLitSet(state), focusId: null };
  const config = { degrees, textOf: labelTextOf(atlas, selectGraph(state)!, FAMILIES_OFF_BY_DEFAULT, lang, selectDate(state)) };
  return sizes.map(([width, height]) => {
    const t = fitTransform([...layout.values()], width, height, 24); // GraphView's fit
    const { candidates, captions } = labelCandidates(scene, { at: (id) => (scene.nodes.has(id) ? layout.get(id) : undefined), t, size: { width, height }, state: labelState, config });
    return { candidates, placed: placeLabels(candidates, [width, height], captions) };
  });
}

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

beforeAll(() => loadCatalogues(['en', 'fr', 'ar', 'ru']));

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
  /** The names that leaders cross (a leader counted once per name it crosses), as drawn: from the node's centre to
   *  its label's box. */
  function crossings(candidates: readonly NodeCandidate[], placed: Map<string, LabelPlacement>): string[] {
    const out: string[] = [];
    for (const c of candidates) {
      const p = placed.get(c.id);
      if (!p?.leader) continue;
      const ex = Math.min(Math.max(c.x, p.box[0] + 2), p.box[2] - 2), ey = Math.min(Math.max(c.y, p.box[1] + 2), p.box[3] - 2);
      for (const [id, q] of placed) {
        if (id === c.id) continue;
        const inner = [q.box[0] + 4, q.box[1] + 4, q.box[2] - 4, q.box[3] - 4]; // the text, without its gap
        for (let f = 0; f <= 1; f += 0.01) if (hit([c.x + (ex - c.x) * f, c.y + (ey - c.y) * f, c.x + (ex - c.x) * f, c.y + (ey - c.y) * f], inner)) { out.push(`${c.id}'s leader crosses ${id}'s label`); break; }
      }
    }
    return out;
  }
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
    // main at f823eb3: 81 (net11: 44)
    expect(crossed.length, crossed.join('\n')).toBeLessThanOrEqual(44);
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
  // marks each), and those countries could not be named; a caption now goes a short leader away to cover none.
  it('with nothing selected, covers few marks with hub captions and names at least as many countries as before', () => {
    let covered = 0;
    const named: Record<string, number> = {};
    for (const lang of ['en', 'ar', 'ru'] as const) {
      const sizes = Object.keys(PANELS) as (keyof typeof PANELS)[];
      placeAt(null, lang, sizes.map((k) => PANELS[k])).forEach(({ candidates, placed }, i) => {
        named[`${sizes[i]} ${lang}`] = placed.size;
        for (const c of candidates.filter((x) => isHub(x.id))) {
          const b = placed.get(c.id)!.box, text = [b[0] + 2, b[1] + 2, b[2] - 2, b[3] - 2];
          covered += candidates.filter((o) => o !== c && hit(text, [o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r])).length;
        }
      });
    }
    // main at 93f1bb0: 138 marks covered; 44, 46 and 45 names at 1024×768 in en, ar, ru
    expect(covered).toBeLessThanOrEqual(112);
    expect([named['1024×768 en'], named['1024×768 ar'], named['1024×768 ru']]).toEqual([47, 46, 49]);
  });

  it('names the selection, all its partners and every hub on a phone, in the crowded middle too', () => {
    for (const sel of ['KOR', 'FRA', 'USA', 'BRA', 'j-cat', 'fbi']) {
      const [{ candidates, placed }] = placeAt(sel, 'ar', [PANELS.phone]);
      expect(candidates.filter((c) => c.force && !placed.has(c.id)).map((c) => c.id), sel).toEqual([]);
    }
  });
});
