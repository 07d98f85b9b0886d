// @vitest-environment node
// The full label-quality sweep: every selection (and none) × the four panels × the languages (LABEL_SWEEP_LANGS, all
// six by default), as the panel places the labels. Skipped by `npm test` (~1 min): run `npm run labels:sweep`
// (LABEL_SWEEP_OUT=file to write the figures to a file as well). Figures per panel × language: leaders crossing a name,
// hubs' captions over other nodes' dots, all names over dots, forced labels unnamed, names drawn, and the CPU time per
// placement.
import { beforeAll, describe, it } from 'vitest';
import fs from 'node:fs';
import { testAtlas } from '../../data/testAtlas';
import { layoutDegrees, readyLayout } from '../../graph/layout';
import { loadCatalogues } from '../../i18n/catalogue';
import { LANGS, type Lang } from '../../i18n/langs';
import { PANELS, placeInPanels, quality, type PanelName } from './labelQuality';

const RUN = !!process.env.LABEL_SWEEP;
const langs = (process.env.LABEL_SWEEP_LANGS?.split(',') ?? LANGS) as Lang[];

describe.runIf(RUN)('label sweep', () => {
  beforeAll(() => loadCatalogues(langs));
  it('every selection × panel × language', () => {
    const atlas = testAtlas(), layout = readyLayout(atlas)!, degrees = layoutDegrees(atlas);
    const panels = Object.keys(PANELS) as PanelName[];
    type Row = { placements: number; crossings: number; hubOverDots: number; hubOverDotsNone: number; overDots: number; forcedUnnamed: number; named: number; cpu: number; cpuSel: number; nSel: number; cpuNone: number; nNone: number };
    const rows = new Map<string, Row>();
    const examples: string[] = [];
    for (const lang of langs) {
      for (const sel of [null, ...layout.keys()]) {
        const all = placeInPanels(atlas, layout, degrees, sel, lang, panels.map((p) => PANELS[p]));
        all?.forEach((r, i) => {
          const key = `${panels[i]} ${lang}`;
          const row = rows.get(key) ?? { placements: 0, crossings: 0, hubOverDots: 0, hubOverDotsNone: 0, overDots: 0, forcedUnnamed: 0, named: 0, cpu: 0, cpuSel: 0, nSel: 0, cpuNone: 0, nNone: 0 };
          rows.set(key, row);
          const q = quality(r);
          row.placements++;
          row.crossings += q.crossings.length;
          row.hubOverDots += q.hubOverDots.length;
          row.overDots += q.overDots.length;
          if (!sel) row.hubOverDotsNone += q.hubOverDots.length;
          row.forcedUnnamed += q.forcedUnnamed.length;
          row.named += q.named;
          row.cpu += r.cpuMs;
          if (sel) { row.cpuSel += r.cpuMs; row.nSel++; } else { row.cpuNone += r.cpuMs; row.nNone++; }
          for (const x of [...q.crossings, ...q.forcedUnnamed.map((id) => `${id} unnamed`)]) examples.push(`${key} sel=${sel}: ${x}`);
        });
      }
    }
    const sum = (f: (r: Row) => number, keys = [...rows.keys()]) => keys.reduce((n, k) => n + f(rows.get(k)!), 0);
    const lines = ['panel lang | placements | crossings | hub captions over dots (nothing selected) | names over dots | forced unnamed | names drawn | CPU ms/placement (selection / none)'];
    for (const [k, r] of rows) lines.push(`${k} | ${r.placements} | ${r.crossings} | ${r.hubOverDots} (${r.hubOverDotsNone}) | ${r.overDots} | ${r.forcedUnnamed} | ${r.named} | ${(r.cpuSel / r.nSel).toFixed(2)} / ${(r.cpuNone / r.nNone).toFixed(2)}`);
    const keys = [...rows.keys()];
    for (const [name, ks] of [['all', keys], ['en+ar+ru', keys.filter((k) => / (en|ar|ru)$/.test(k))]] as const) {
      lines.push(`${name} | ${sum((r) => r.placements, ks)} | ${sum((r) => r.crossings, ks)} | ${sum((r) => r.hubOverDots, ks)} (${sum((r) => r.hubOverDotsNone, ks)}) | ${sum((r) => r.overDots, ks)} | ${sum((r) => r.forcedUnnamed, ks)} | ${sum((r) => r.named, ks)} | ${(sum((r) => r.cpuSel, ks) / sum((r) => r.nSel, ks)).toFixed(2)} / ${(sum((r) => r.cpuNone, ks) / sum((r) => r.nNone, ks)).toFixed(2)}`);
    }
    const text = `${lines.join('\n')}\n\n${examples.join('\n')}\n`;
    if (process.env.LABEL_SWEEP_OUT) fs.writeFileSync(process.env.LABEL_SWEEP_OUT, text);
    console.log(lines.join('\n'));
  }, 900_000);
});
