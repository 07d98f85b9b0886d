// @vitest-environment node
// Chinese typography where code joins a label to its value: the full-width colon "：" (its space is in the character,
// as the Chinese catalogue writes it), never ": ". Before, the map marks' names, the tooltip, the time chart's legend,
// the slides' record rows and the .pptx joined Chinese words with ": ". The same for the parentheses and commas code
// puts around Chinese words: "（…）" and "，" (inParens, commaSep), never " (…)" or ", ".
import { beforeAll, describe, expect, it } from 'vitest';
import { commaSep, inParens, labelSep } from './langs';
import { loadCatalogue } from './catalogue';
import { nameOf } from './names';
import { testAtlas } from '../data/testAtlas';
import { statusAt } from '../data/lenses';
import { markLabel, statusWords } from '../views/map/describe';
import { statusText as cellText } from '../data/tableRows';
import { slideModel } from '../briefing/slideModel';
import { renderSlide } from '../briefing/renderSlide';
import { atlas as slideAtlas, geometry, viewOf, sources } from '../briefing/slideTestAtlas';

const atlas = testAtlas();

describe('Chinese label separator', () => {
  beforeAll(() => loadCatalogue('zh'));

  it('is the full-width colon, with no space after it', () => {
    expect(labelSep('zh')).toBe('：');
  });

  it("joins a map mark's name to its status with it", () => {
    const label = markLabel(atlas, 'budapest', 'JPN', statusAt(atlas, 'budapest', 'JPN', atlas.asOf), 'zh');
    expect(label.startsWith(`${nameOf(atlas, 'JPN', 'zh')}：`)).toBe(true);
    expect(label).not.toMatch(/: /);
  });
});

describe('Chinese parentheses and commas joined in code', () => {
  beforeAll(() => loadCatalogue('zh'));
  /** Half-width punctuation next to a Chinese character: "是 (", ") 是", "是, ". */
  const halfWidth = /[\u4e00-\u9fff] ?[(,]|\)[\u4e00-\u9fff]/;

  it('are full-width, with no space (the space is in the character); other languages keep " (…)" and ", "', () => {
    expect(inParens('2019年12月27日', 'zh')).toBe('（2019年12月27日）');
    expect(commaSep('zh')).toBe('，');
    expect(inParens('27 December 2019', 'en')).toBe(' (27 December 2019)');
    expect(commaSep('fr')).toBe(', ');
  });

  it('in a status with its caveats, a vote\'s date and a table cell', () => {
    const s = { cls: 'party', date: '2012-01-01', atLatest: true, sources: [], unverified: true };
    const words = statusWords('budapest', s, 'zh');
    expect(words).toMatch(/（[^）]+，[^）]+）$/);
    expect(words).not.toMatch(halfWidth);
    const vote = statusWords('unga-74-247', { cls: 'yes', date: '2019-12-27', atLatest: false, sources: [], unverified: false }, 'zh');
    expect(vote).toMatch(/（[^）]+）$/);
    expect(cellText('budapest', { ...s, unverified: false }, 'zh')).toMatch(/（[^）]+）$/);
  });

  it('on a slide: the record card\'s dated rows, the matrix\'s group counts, the alt text\'s list', async () => {
    const geo = await geometry();
    // (under the vote's lens: its dated row is the card's own, shown whatever the room for the other rows and their sources)
    const record = slideModel(slideAtlas, sources, { view: viewOf('?lens=unga-74-247&sel=KOR&lang=zh'), layout: 'map-record' });
    const svg = renderSlide(record, geo);
    expect(record.record!.rows.some((r) => r.date)).toBe(true);
    expect(svg).toMatch(/（\d{4}\s*年/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const t of texts) expect(t).not.toMatch(halfWidth);
    const matrix = renderSlide(slideModel(slideAtlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu&lang=zh') }), geo);
    // the matrix counts a group with a count mark, as the live matrix does, in no parentheses (half- or full-width)
    expect(matrix).toMatch(/<g data-count="\d+">/);
    expect(matrix).not.toMatch(/[（(]\d+[）)]/);
    const map = slideModel(slideAtlas, sources, { view: viewOf('?lens=un-convention&lang=zh') });
    expect(map.alt).toContain('，');
    expect(map.alt).not.toMatch(halfWidth);
  });
});
