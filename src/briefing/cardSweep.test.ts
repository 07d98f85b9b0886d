// @vitest-environment node
// The full record-card sweep: every country × the six languages (CARD_SWEEP_LANGS) × the six lenses, each as a
// plain map + record step and as the most crowded one (a two-line step title, the lens's first class as the filter:
// a two-line statement in Russian, and a two-line caption). Skipped by `npm test` (several minutes of CPU): run
// `npm run cards:sweep` (CARD_SWEEP_OUT=file to write the figures and the failing cards to a file as well; CARD_SWEEP_EVERY=n
// for every n-th country). Counts per language: cards, cards without their own lens's row, cards that show a row
// without naming its first source, cards that name no source, cards whose own row or name is cut, and the map's
// width (the record column takes width from it where the card is short of room) and the tight cards (renderSlide.ts
// CardBox). Session 26: 15,048 cards, 5 without their own lens's row before the fix, 0 after.
import { beforeAll, describe, it } from 'vitest';
import fs from 'node:fs';
import type { MapGeometry } from '../geo/mapGeometry';
import { loadCatalogues } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/langs';
import { LENS_IDS, LENSES } from '../data/lenses';
import { slideFrame } from './renderSlide';
import { slideModel } from './slideModel';
import { atlas, geometry, sources, viewOf } from './slideTestAtlas';
import { cardFaults, CROWDED_CAPTION, CROWDED_TITLE } from './cardCheck';

const RUN = !!process.env.CARD_SWEEP;
const langs = (process.env.CARD_SWEEP_LANGS?.split(',') ?? LANGS) as Lang[];
const every = Number(process.env.CARD_SWEEP_EVERY ?? 1);

describe.runIf(RUN)('record card sweep', () => {
  let geo: MapGeometry;
  beforeAll(async () => { geo = await geometry(); await loadCatalogues(langs); });
  it('every country × language × lens, plain and crowded', () => {
    const lines = ['lang | cards | no own row | row without its source | no source | cut name or own row | narrowest map (units) | maps narrowed | tight cards | CPU ms/card'];
    const bad: string[] = [];
    const total = { cards: 0, own: 0, unsourced: 0, none: 0, cut: 0 };
    for (const lang of langs) {
      const c = { cards: 0, own: 0, unsourced: 0, none: 0, cut: 0, narrowest: Infinity, narrowed: 0, tight: 0, cpu: 0 };
      for (const lens of LENS_IDS) for (const [i, country] of atlas.countries.entries()) {
        if (i % every) continue;
        for (const crowded of [false, true]) {
          const t0 = process.cpuUsage();
          const q = `?lens=${lens}&sel=${country.id}${crowded ? `&f=${lens}:${LENSES[lens].classes[0]}` : ''}`;
          const m = slideModel(atlas, sources, { view: { ...viewOf(q), lang }, layout: 'map-record', index: 2, total: 5, ...(crowded ? { title: CROWDED_TITLE[lang], caption: CROWDED_CAPTION[lang] } : {}) }, geo);
          const f = slideFrame(m);
          const faults = cardFaults(m, f);
          const u = process.cpuUsage(t0);
          c.cpu += (u.user + u.system) / 1000;
          c.cards++;
          if (f.picture.w < c.narrowest) c.narrowest = f.picture.w;
          if (faults.narrowed) c.narrowed++;
          if (f.record!.tight) c.tight++;
          if (faults.noOwnRow) c.own++;
          if (faults.unsourced.length) c.unsourced++;
          if (faults.noSource) c.none++;
          if (faults.cut) c.cut++;
          if (faults.noOwnRow || faults.unsourced.length || faults.noSource || faults.cut) bad.push(`${lang} ${lens} ${country.id}${crowded ? ' crowded' : ''}: ${JSON.stringify(faults)}`);
        }
      }
      lines.push(`${lang} | ${c.cards} | ${c.own} | ${c.unsourced} | ${c.none} | ${c.cut} | ${Math.round(c.narrowest)} | ${c.narrowed} | ${c.tight} | ${(c.cpu / c.cards).toFixed(1)}`);
      for (const k of ['cards', 'own', 'unsourced', 'none', 'cut'] as const) total[k] += c[k];
    }
    lines.push(`all | ${total.cards} | ${total.own} | ${total.unsourced} | ${total.none} | ${total.cut}`);
    const text = `${lines.join('\n')}\n\n${bad.join('\n')}\n`;
    if (process.env.CARD_SWEEP_OUT) fs.writeFileSync(process.env.CARD_SWEEP_OUT, text);
    console.log(text.slice(0, 6000));
  }, 3_600_000);
});
