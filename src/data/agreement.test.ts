// @vitest-environment node
// Property test (issue #13): for random dates and lenses, everything that shows a status at a date agrees: the legend
// counts, the map's classes, the cross-tab, the parties-over-time chart and "what changed". A seeded generator makes
// a failure reproducible; the oracle for each view is the others.
import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { countByClass, statusAt, LENS_IDS, LENSES, type LensId } from './lenses';
import { crossTab } from './crosstab';
import { SERIES, changesBetween, dateOfIndex, dayIndex, seriesPoints, valueAt, TIME_START } from './timeline';
import { EMPTY_FILTERS } from './filters';
import { FAMILIES_OFF_BY_DEFAULT } from '../graph/model';
import { computeScene } from '../scene/scene';

const atlas = testAtlas();

/** mulberry32: a small seeded PRNG, so a failing draw can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 13;
const random = rng(SEED);
const span = dayIndex(atlas.asOf);
const draws = Array.from({ length: 25 }, () => {
  const lens = LENS_IDS[Math.floor(random() * LENS_IDS.length)] as LensId;
  const t = dateOfIndex(Math.floor(random() * (span + 1)));
  const since = dateOfIndex(Math.floor(random() * (dayIndex(t) + 1)));
  return { lens, t, since };
});
const seriesPointsOf = new Map(SERIES.map((s) => [s.id, seriesPoints(atlas, s)]));

describe(`views agree at random dates (seed ${SEED})`, () => {
  it.each(draws)('$lens on $t (since $since)', ({ lens, t, since }) => {
    expect(t >= TIME_START && since <= t).toBe(true);
    const legend = countByClass(atlas, lens, t);

    // the map: one mark per entity, classes tallied
    const scene = computeScene({ atlas, lens, filters: EMPTY_FILTERS, sel: null, t, focus: null, hover: null, legendHover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, since: null });
    const map: Record<string, number> = Object.fromEntries(LENSES[lens].classes.map((c) => [c, 0]));
    for (const m of scene.marks.values()) map[m.status]++;
    expect(map).toEqual(legend);

    // the cross-tab: the lens against itself; its diagonal is the legend count
    const tab = crossTab(atlas, lens, lens, t);
    tab.rows.forEach((r, i) => expect(tab.counts[i][i], r).toBe(legend[r] ?? 0));

    // the chart: every series on this lens reads the legend's counts
    for (const s of SERIES.filter((x) => x.lens === lens))
      expect(valueAt(seriesPointsOf.get(s.id)!, t), s.id).toBe(s.classes.reduce((n, c) => n + (legend[c] ?? 0), 0));

    // what changed: applying the changes to the classes at `since` gives the classes at t
    const before = countByClass(atlas, lens, since);
    const changes = changesBetween(atlas, lens, since, t);
    const after = { ...before };
    for (const c of changes) {
      after[c.from]--;
      after[c.to]++;
      expect(statusAt(atlas, lens, c.id, since).cls).toBe(c.from);
      expect(statusAt(atlas, lens, c.id, t).cls).toBe(c.to);
      // a change is listed with a date only when its day (or month or year) is recorded
      if (c.date) expect(c.from === 'unknown' || c.to === 'unknown').toBe(false);
    }
    expect(after).toEqual(legend);
  });
});
