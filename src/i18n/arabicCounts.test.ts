// @vitest-environment node
// Arabic counts agree with their nouns by the number's plural category (Intl.PluralRules 'ar': one, two, few 3–10,
// many 11–99, other 100+): "3 روابط", "12 رابطًا", "100 رابط", "رابطان". These eight messages said one form for every
// number ("3 رابطًا", "100 خطوة" was right only by luck). A native speaker should read them.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, loadCatalogue } from './catalogue';

const ar = (key: Parameters<typeof formatMessage>[1], args: Record<string, unknown>) =>
  String(formatMessage('ar', key, { b: (c: unknown) => [c].flat().join(''), ...args } as never));

describe('Arabic counts and their nouns', () => {
  beforeAll(() => loadCatalogue('ar'));

  it('the network: nodes and links', () => {
    const aria = (nodes: number, links: number) => ar('graph.networkAria', { nodes, links });
    expect(aria(3, 2)).toBe('شبكة التعاون: 3 عُقد، رابطان');
    expect(aria(12, 1)).toBe('شبكة التعاون: 12 عقدةً، رابط واحد');
    expect(aria(300, 7)).toBe('شبكة التعاون: 300 عقدة، 7 روابط');
    expect(aria(250, 1)).toBe('شبكة التعاون: 250 عقدةً، رابط واحد'); // 250 ends in 50: as 50 says it
    expect(aria(105, 40)).toBe('شبكة التعاون: 105 عُقد، 40 رابطًا');
  });

  it('the matrix caption and the slide\'s: countries and States', () => {
    expect(ar('matrix.caption', { date: 'd', count: 5, columns: 9 })).toMatch(/^العلاقات في d: 5 بلدان × /);
    expect(ar('matrix.caption', { date: 'd', count: 200, columns: 9 })).toMatch(/: 200 بلد × /);
    expect(ar('slide.altMatrix', { date: 'd', rows: 4, columns: 9, what: '' })).toMatch(/: 4 دول × /);
    expect(ar('slide.altMatrix', { date: 'd', rows: 60, columns: 9, what: '' })).toMatch(/: 60 دولةً × /);
    expect(ar('slide.matrixRowsLeft', { shown: 40, total: 2 })).toMatch(/^عُرضت 40 من دولتين؛/);
    expect(ar('slide.matrixRowsLeft', { shown: 40, total: 200 })).toMatch(/^عُرضت 40 من 200 دولة؛/);
  });

  it('compare: rows that differ', () => {
    expect(ar('compare.differ', { differing: 2, rows: 8 })).toMatch(/^؛ 2 من 8 صفوف /);
    expect(ar('compare.differ', { differing: 2, rows: 24 })).toMatch(/^؛ 2 من 24 صفًا /);
  });

  it('a deck\'s most steps, and the About dialog\'s sources', () => {
    expect(ar('deck.full', { max: 100 })).toBe('تتسع المجموعة لـ 100 خطوة كحد أقصى');
    expect(ar('deck.full', { max: 10 })).toBe('تتسع المجموعة لـ 10 خطوات كحد أقصى');
    expect(ar('deckErr.maxSteps', { n: 50 })).toMatch(/^تتسع مجموعة الشرائح لـ 50 خطوةً على الأكثر/);
    const about = (sources: number) => ar('about.datasetLine', { title: 't', version: 'v', date: 'd', sources, countries: 209 });
    expect(about(7)).toContain('. 7 مصادر؛');
    expect(about(84)).toContain('. 84 مصدرًا؛');
    expect(about(400)).toContain('. 400 مصدر؛');
  });
});
