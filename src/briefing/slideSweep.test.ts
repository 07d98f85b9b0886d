// @vitest-environment node
// The full slide sweeps, skipped by `npm test` (a few minutes of CPU): `npm run slides:sweep` (SLIDE_SWEEP_LANGS=ru,ar
// for some languages; SLIDE_SWEEP_OUT=file to write the figures and the failing slides to a file as well;
// SLIDE_SWEEP_EVERY=n for every n-th country on the cards).
// - Record cards: every country × the six languages × the six lenses, each as a plain map + record step and as the
//   most crowded one (a two-line step title, the lens's first class as the filter: a two-line statement in Russian,
//   and a two-line caption). Counts per language: cards, cards without their own lens's row, cards that show a row
//   without naming its first source, cards that name no source, cards whose name or own row is cut, the narrowest
//   map and the maps drawn narrower for the card, the tight cards (renderSlide.ts CardBox) and legends (entries
//   closer together), and the crowded cards whose legend has a fault (slideCheck.ts legendFaults). Session 26: 15,048
//   cards, 5 without their own lens's row before the fix (4 Russian, 1 Arabic), 0 after.
// - Legends: map, network and map + network slides × the six lenses × the six languages, plain and crowded, with
//   nothing selected, a selection, a body selected, a filter of one class and of two classes and a region, a bloc
//   outlined, the network grouped by bloc, a focus (slideCheck.ts legendFaults). Session 26: 1,152 slides, 5 that
//   left out a legend note before the fix, 0 after.
import { beforeAll, describe, it } from 'vitest';
import fs from 'node:fs';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogues } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/langs';
import { LENS_IDS, LENSES } from '../data/lenses';
import { renderSlide, slideFrame } from './renderSlide';
import { slideModel, type LayoutId } from './slideModel';
import { atlas, geometry, sources, svgDocument, viewOf } from './slideTestAtlas';
import { cardFaults, CROWDED_CAPTION, CROWDED_TITLE, legendFaults } from './slideCheck';

const RUN = !!process.env.SLIDE_SWEEP;
const langs = (process.env.SLIDE_SWEEP_LANGS?.split(',') ?? LANGS) as Lang[];
const every = Number(process.env.SLIDE_SWEEP_EVERY ?? 1);
const out: string[] = [];
const report = (text: string) => {
  out.push(text);
  if (process.env.SLIDE_SWEEP_OUT) fs.writeFileSync(process.env.SLIDE_SWEEP_OUT, out.join('\n\n'));
  console.log(text.slice(0, 6000));
};
const crowdedWords = (lang: Lang, crowded: boolean) => (crowded ? { title: CROWDED_TITLE[lang], caption: CROWDED_CAPTION[lang] } : {});

describe.runIf(RUN)('slide sweeps', () => {
  let geo: MapGeometry;
  beforeAll(async () => { geo = await geometry(); await loadCatalogues(langs); });
  it('record cards: every country × language × lens, plain and crowded', () => {
    const lines = ['lang | cards | no own row | row without its source | no source | cut name or own row | narrowest map (units) | maps narrowed | tight cards | legends tight | crowded cards with a legend fault | CPU ms/card'];
    const bad: string[] = [];
    const total = { cards: 0, own: 0, unsourced: 0, none: 0, cut: 0 };
    for (const lang of langs) {
      const c = { cards: 0, own: 0, unsourced: 0, none: 0, cut: 0, narrowest: Infinity, narrowed: 0, tight: 0, legendTight: 0, legend: 0, cpu: 0 };
      for (const lens of LENS_IDS) for (const [i, country] of atlas.countries.entries()) {
        if (i % every) continue;
        for (const crowded of [false, true]) {
          const t0 = process.cpuUsage();
          const q = `?lens=${lens}&sel=${country.id}${crowded ? `&f=${lens}:${LENSES[lens].classes[0]}` : ''}`;
          const m = slideModel(atlas, sources, { view: { ...viewOf(q), lang }, layout: 'map-record', index: 2, total: 5, ...crowdedWords(lang, crowded) }, geo);
          const f = slideFrame(m);
          const faults = cardFaults(m, f);
          const u = process.cpuUsage(t0);
          // (the crowded cards' legends drawn and read back: the legend under a card takes what the card leaves)
          const legend = crowded ? legendFaults(m, f, svgDocument(renderSlide(m, geo)), geo) : [];
          if (legend.length) { c.legend++; bad.push(`${lang} ${lens} ${country.id} crowded: ${legend.join('; ')}`); }
          if ((f.legendGap ?? 12) < 12) c.legendTight++;
          c.cpu += (u.user + u.system) / 1000;
          c.cards++;
          c.narrowest = Math.min(c.narrowest, f.picture.w);
          if (faults.narrowed) c.narrowed++;
          if (f.record!.tight) c.tight++;
          if (faults.noOwnRow) c.own++;
          if (faults.unsourced.length) c.unsourced++;
          if (faults.noSource) c.none++;
          if (faults.cut) c.cut++;
          if (faults.noOwnRow || faults.unsourced.length || faults.noSource || faults.cut) bad.push(`${lang} ${lens} ${country.id}${crowded ? ' crowded' : ''}: ${JSON.stringify(faults)}`);
        }
      }
      lines.push(`${lang} | ${c.cards} | ${c.own} | ${c.unsourced} | ${c.none} | ${c.cut} | ${Math.round(c.narrowest)} | ${c.narrowed} | ${c.tight} | ${c.legendTight} | ${c.legend} | ${(c.cpu / c.cards).toFixed(1)}`);
      for (const k of ['cards', 'own', 'unsourced', 'none', 'cut'] as const) total[k] += c[k];
    }
    lines.push(`all | ${total.cards} | ${total.own} | ${total.unsourced} | ${total.none} | ${total.cut}`);
    report(`${lines.join('\n')}\n\n${bad.join('\n')}`);
  }, 3_600_000);

  it('legends: map, network and map + network slides × lens × language, plain and crowded', () => {
    const faults: string[] = [];
    const forms = new Map<string, number>();
    let n = 0;
    for (const lang of langs) for (const lens of LENS_IDS) {
      const [c0, c1] = LENSES[lens].classes;
      const cases: [LayoutId, string][] = [
        ['map', ''], ['map', '&sel=FRA'], ['map', `&f=${lens}:${c0}`], ['map', '&sel=RUS&outline=eu'],
        ['map', `&f=region:un-african;${lens}:${c0},${c1}`], ['map', '&f=region:un-eastern-european&sel=POL'],
        ['network', ''], ['network', '&sel=FRA'], ['network', '&sel=europol'], ['network', `&f=${lens}:${c0}`], ['network', '&group=bloc'],
        ['network', '&sel=USA'], ['network', `&f=region:un-african;${lens}:${c0},${c1}`],
        ['map-network', '&sel=BRA&focus=BRA:1'], ['map-network', '&sel=FRA&focus=FRA:2'], ['map-network', `&sel=FRA&focus=FRA:1&f=${lens}:${c0}`],
      ];
      for (const [layout, q] of cases) for (const crowded of [false, true]) {
        const m = slideModel(atlas, sources, { view: { ...viewOf(`?lens=${lens}${q}`), lang }, layout, index: 2, total: 5, ...crowdedWords(lang, crowded) }, geo);
        const f = slideFrame(m);
        n++;
        const form = `${layout} ${f.legendSize}${f.legendMerged ? ' merged' : ''}${f.legendGap ? ` gap ${f.legendGap}` : ''}`;
        forms.set(form, (forms.get(form) ?? 0) + 1);
        for (const x of legendFaults(m, f, svgDocument(renderSlide(m, geo)), geo)) faults.push(`${lang} ${lens} ${layout} ${q}${crowded ? ' crowded' : ''}: ${x}`);
      }
    }
    report(`${n} slides, ${faults.length} faults\nlegend forms: ${[...forms].sort().map(([k, v]) => `${k}: ${v}`).join('; ')}\n\n${faults.join('\n')}`);
  }, 3_600_000);
});
