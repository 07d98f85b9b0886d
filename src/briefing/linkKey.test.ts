// @vitest-environment node
// A network slide's key of links, as drawn in every language: exactly the families of the links drawn, each once, in
// its colour and its name in the slide's language, then the line styles drawn (solid, dashed, dotted, dash-dot) in
// their dash patterns, at the slide's readable sizes, clear of the network, the legend and the words; the families
// and styles drawn only faint are said apart.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geo/mapGeometry';
import { formatMessage, loadCatalogue } from '../i18n/catalogue';
import { familyShort, stageLegendName } from '../i18n/entityWords';
import type { Lang } from '../i18n/langs';
import type { EdgeFamily } from '../graph/model';
import { FAMILY_COLOURS, legendStage, STAGE_DASH, STAGE_LEGEND } from '../theme/families';
import type { Rect } from './labelPlace';
import { LINK_STROKE } from './networkPicture';
import { renderSlide, slideFrame } from './renderSlide';
import { slideModel } from './slideModel';
import type { LayoutId } from './layouts';
import { atlas, geometry, svgDocument as doc, viewOf, sources } from './slideTestAtlas';
import { MIN_READABLE, textWidth } from './textFit';

const LANGS: Lang[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
let geo: MapGeometry;
beforeAll(async () => {
  geo = await geometry();
  await Promise.all(LANGS.map(loadCatalogue));
  // the network's layout and the map's paths are memoised per dataset: made once here, not in the first test
  renderSlide(slideModel(atlas, sources, { view: viewOf('?sel=KOR'), layout: 'map-network' }), geo);
});

/** In English: every family drawn (nothing selected), a story (Europol's partners, France's links), a selected bloc in
 *  2004, a filter (dimmed nodes), and the network beside a map; in every language the two longest keys (ten families,
 *  all lit or half of them faint) and the row beside a map. */
const EVERY_LANG: [string, LayoutId][] = [['?', 'network'], ['?sel=FRA', 'network'], ['?lens=un-convention&sel=BIH&focus=BIH:1', 'map-network']];
const ENGLISH: [string, LayoutId][] = [
  ['?sel=europol', 'network'], ['?sel=bloc:eu&outline=eu&t=2004-05-01', 'network'], ['?lens=unga-74-247&f=budapest:party;unga-74-247:yes', 'network'],
];
const CASES = LANGS.flatMap((lang) => [...EVERY_LANG, ...(lang === 'en' ? ENGLISH : [])].map(([q, layout]) => ({ lang, q, layout })));
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
/** A text's box from its attributes (baseline, anchor, the per-script width estimate). */
function textBox(t: Element): Rect {
  const size = Number(t.getAttribute('font-size'));
  const w = textWidth(t.textContent ?? '', size, Number(t.getAttribute('font-weight') ?? 400) >= 600);
  const x = Number(t.getAttribute('x'));
  // under direction="rtl" a text without text-anchor ends at x
  const end = (t.getAttribute('text-anchor') === 'end') !== (t.getAttribute('direction') === 'rtl');
  return { x: end ? x - w : x, y: Number(t.getAttribute('y')) - 0.8 * size, w, h: size };
}

/** Dashes as multiples of the line's width (a sample is wider than a plain link, narrower than a story one). */
const dashShape = (l: Element) => (l.getAttribute('stroke-dasharray') ?? '').split(' ').filter(Boolean).map((x) => Number(x) / Number(l.getAttribute('stroke-width')));
/** The same dashes, to the rounding of the drawn numbers. */
const sameDashes = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 0.1);

/** The key's line styles: exactly those of the links drawn, each once in the live legend's order, its sample dashed as
 *  those links are, its name the live legend's in the slide's language, legible; faint when all its links are. */
function expectLineStyles(d: Document, lines: Element[], lang: Lang, at: string) {
  const drawn = new Set(lines.map((l) => legendStage(l.getAttribute('data-edge-stage')!)));
  const entries = [...d.querySelectorAll('[data-role="link-key"] [data-link-stage]')];
  expect(entries.map((e) => e.getAttribute('data-link-stage')), at).toEqual(STAGE_LEGEND.map((s) => s.stage).filter((s) => drawn.has(s)));
  for (const e of entries) {
    const stage = e.getAttribute('data-link-stage')!;
    const own = lines.filter((l) => legendStage(l.getAttribute('data-edge-stage')!) === stage);
    const sample = e.querySelector('line')!;
    for (const l of own) expect(sameDashes(dashShape(sample), dashShape(l)), `${at} ${stage}: ${dashShape(sample)} vs ${dashShape(l)}`).toBe(true);
    expect(Number(sample.getAttribute('stroke-width')), at).toBeGreaterThanOrEqual(LINK_STROKE.plain.width);
    const texts = [...e.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent).join('').replace(/\s/g, ''), at).toBe(stageLegendName(stage, lang).replace(/\s/g, ''));
    for (const t of texts) expect(Number(t.getAttribute('font-size')), at).toBeGreaterThanOrEqual(MIN_READABLE);
    const faint = own.every((l) => Number(l.getAttribute('stroke-opacity')) === LINK_STROKE.quiet.opacity);
    expect(e.getAttribute('data-quiet') === 'true', `${at} ${stage}`).toBe(faint);
  }
  // the four styles are told apart by their dashes
  expect(new Set(STAGE_LEGEND.map((s) => STAGE_DASH[s.stage])).size).toBe(4);
}

describe('the key of a network slide\'s links', () => {
  for (const { lang, q, layout } of CASES) it(`${lang} ${layout} ${q}: names each family drawn once, in its colour and words, legibly, apart from the rest`, () => {
    {
      const at = `${lang} ${layout} ${q}`;
      const m = slideModel(atlas, sources, { view: { ...viewOf(q), lang }, layout, caption: 'A caption of a few words', index: 2, total: 5 });
      const f = slideFrame(m);
      const d = doc(renderSlide(m, geo));
      const lines = [...d.querySelectorAll('[data-role="network"] line[data-edge-family]')];
      const drawn = new Set(lines.map((l) => l.getAttribute('data-edge-family')));
      const entries = [...d.querySelectorAll('[data-role="link-key"] [data-link-family]')];
      const keyed = entries.map((e) => e.getAttribute('data-link-family') as EdgeFamily);
      expect(keyed.length, at).toBe(new Set(keyed).size);
      expect(new Set(keyed), at).toEqual(drawn);
      expect(d.querySelector('[data-role="link-key"] > text')?.textContent, at).toBe(formatMessage(lang, 'graph.links'));
      // faint only: every line of the family is a quiet one
      const faint = [...drawn].filter((fam) => lines.filter((l) => l.getAttribute('data-edge-family') === fam).every((l) => Number(l.getAttribute('stroke-opacity')) === LINK_STROKE.quiet.opacity));
      expect(entries.filter((e) => e.getAttribute('data-quiet') === 'true').map((e) => e.getAttribute('data-link-family')).sort(), at).toEqual(faint.sort());
      for (const e of entries) {
        const fam = e.getAttribute('data-link-family') as EdgeFamily;
        expect(e.querySelector('line')!.getAttribute('stroke'), at).toBe(FAMILY_COLOURS[fam]);
        // the name whole, on one line or two
        const texts = [...e.querySelectorAll('text')];
        expect(texts.map((t) => t.textContent).join('').replace(/\s/g, ''), at).toBe(familyShort(fam, lang).replace(/\s/g, ''));
        for (const t of texts) expect(Number(t.getAttribute('font-size')), at).toBeGreaterThanOrEqual(MIN_READABLE);
      }
      // its own box, clear of the network, the legend, the title and the words under it
      const key = f.key!;
      for (const other of [f.picture, f.legend, f.title, f.lensLine, f.statement, f.caption, f.sources, f.footer]) if (other) expect(overlap(key, other), at).toBe(false);
      const keyTexts = [...d.querySelectorAll('[data-role="link-key"] text')].map(textBox);
      const top = (f.caption ?? f.sources).y;
      for (const b of keyTexts) {
        expect(b.x, at).toBeGreaterThanOrEqual(key.x - 1);
        expect(b.x + b.w, at).toBeLessThanOrEqual(key.x + key.w + 1);
        expect(b.y + 1.05 * b.h, at).toBeLessThanOrEqual(top);
      }
      for (const l of [...d.querySelectorAll('[data-role="legend"] text')].map(textBox)) for (const b of keyTexts) expect(overlap(l, b), at).toBe(false);
      expectLineStyles(d, lines, lang, at);
    }
  });

  it('names only the line styles drawn: the EU in 2004 has links in force and signed, none negotiating or suspended', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&outline=eu&t=2004-05-01'), layout: 'network' });
    const d = doc(renderSlide(m, geo));
    const stages = [...d.querySelectorAll('[data-role="link-key"] [data-link-stage]')].map((e) => e.getAttribute('data-link-stage'));
    expect(stages).toEqual(['in_force', 'signed']);
    expectLineStyles(d, [...d.querySelectorAll('[data-role="network"] line[data-edge-family]')], 'en', 'eu 2004');
  });

  it('a slide without a network has no key', () => {
    for (const layout of ['map', 'map-record', 'table', 'compare'] as const) {
      const m = slideModel(atlas, sources, { view: viewOf('?sel=FRA&cmp=FRA,KOR'), layout });
      expect(slideFrame(m).key, layout).toBeNull();
      expect(doc(renderSlide(m, geo)).querySelector('[data-role="link-key"]'), layout).toBeNull();
    }
  });
});
