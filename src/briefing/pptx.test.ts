// @vitest-environment node
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FAMILY_COLOURS } from '../theme/families';
import { buildPptx } from './pptx';
import { cardRows, cardSources, legendColumnParts, legendRows, slideFrame } from './renderSlide';
import { slideModel } from './slideModel';
import { atlas, geometry, view, viewOf, sources } from './slideTestAtlas';
import { CROWDED_CAPTION, CROWDED_TITLE } from './slideCheck';
import { formatMessage, loadCatalogue } from '../i18n/catalogue';

// The picture's pixels are not under test (a browser rasterises them): a 1×1 PNG stands in.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The text runs of a slide part, in order. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<'));

describe('PowerPoint from slide models', () => {
  it('writes the words as native text runs, the picture with alt text, the notes as speaker notes, the title once', async () => {
    const models = [
      slideModel(atlas, sources, { view: viewOf('?lens=unga-74-247&f=budapest:party;unga-74-247:yes'), title: 'Who voted for 74/247', caption: 'Eight Parties voted Yes', notes: 'Mention the 79–60–33 result.', index: 1, total: 2 }),
      slideModel(atlas, sources, { view: view({ sel: 'KOR' }), title: 'Korea & "the Convention"', notes: '', index: 2, total: 2 }),
    ];
    const buf = await buildPptx('Test deck', models.map((model) => ({ model, picture: PNG })), 'arraybuffer');
    const zip = await JSZip.loadAsync(buf);
    const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const s1 = await slide(1);
    const t1 = runs(s1);
    expect(t1.filter((t) => t === 'Who voted for 74/247')).toHaveLength(1);
    expect(t1).toContain(models[0].lensLine);
    expect(t1).toContain(models[0].statement);
    expect(t1).toContain('Eight Parties voted Yes');
    expect(t1).toContain('Yes: 8 shown of 79');
    expect(t1).toContain('Sources: ');
    expect(t1.some((t) => /^UN Digital Library voting record/.test(t))).toBe(true);
    // the picture: one, described by the model's alt text
    const descr = [...s1.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descr).toHaveLength(1);
    expect(descr[0]).toContain('World map coloured by Vote on A/RES/74/247');
    expect(descr[0]).not.toMatch(/\.png$/);
    // the record of the selection is text too
    const t2 = runs(await slide(2));
    expect(t2).toContain('Korea & "the Convention"');
    expect(t2).toContain('Republic of Korea');
    // the card's rows are the slide's: those it has room for, whose sources the line cites (Brazil's card under the UN
    // convention leaves out the two votes)
    const brazil = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=BRA'), layout: 'map-record' });
    const b = runs(await (await JSZip.loadAsync(await buildPptx('Brazil', [{ model: brazil, picture: PNG }], 'arraybuffer'))).file('ppt/slides/slide1.xml')!.async('string'));
    expect(b).toContain('UN convention: Signed (25 October 2025)');
    expect(b.filter((t) => /^(74\/247|73\/187):/.test(t))).toEqual([]);
    // a Party's row says when the treaty binds it, as the record does: Brazil deposited on 30 November 2022, in force
    // for it on 1 March 2023 (recorded: not "computed"); on 15 January 2023 it was not yet
    const bra = async (t: string) => runs(await (await JSZip.loadAsync(await buildPptx('Brazil', [{ model: slideModel(atlas, sources, { view: viewOf(`?lens=budapest&sel=BRA&t=${t}`), layout: 'map-record' }), picture: PNG }], 'arraybuffer'))).file('ppt/slides/slide1.xml')!.async('string'));
    expect(await bra('2025-01-01')).toContain('Budapest: Party (30 November 2022); in force 1 March 2023');
    expect(await bra('2023-01-15')).toContain('Budapest: Party (30 November 2022); not in force for it until 1 March 2023');
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(notes.join('')).toContain('Mention the 79–60–33 result.');
    // a slide that shortens words gives them whole in its speaker notes (Brazil's sources line cuts a 114-character title)
    const bz = await JSZip.loadAsync(await buildPptx('Brazil', [{ model: slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=BRA'), layout: 'map-record' }), picture: PNG }], 'arraybuffer'));
    const bzNotes = runs((await Promise.all(Object.keys(bz.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => bz.file(f)!.async('string')))).join('')).join('\n');
    expect(bzNotes).toContain('Shortened on the slide, in full:');
    expect(bzNotes).toContain('Verdrag van de Verenigde Naties tegen computercriminaliteit, parties table');
  });

  it('writes a network slide\'s key of links as native text: its heading, each family\'s stroke in its colour and its name', async () => {
    const model = slideModel(atlas, sources, { view: viewOf('?sel=europol'), layout: 'network', index: 1, total: 1 });
    const key = model.network!.key;
    expect(slideFrame(model).key).not.toBeNull();
    const zip = await JSZip.loadAsync(await buildPptx('Network', [{ model, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((x) => x[0]).find((sp) => runs(sp)[0] === key.title)!;
    expect(shape).toBeDefined();
    const r = [...shape.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((x) => x[1]);
    for (const f of key.families) {
      const i = r.findIndex((x) => runs(x)[0] === f.name);
      expect(i, f.name).toBeGreaterThan(0);
      // the stroke before the name, in the family's colour
      expect(runs(r[i - 1])[0]).toMatch(/▬/);
      expect(r[i - 1]).toContain(`val="${FAMILY_COLOURS[f.family].slice(1).toUpperCase()}"`);
    }
  });

  it('writes the key\'s line styles as native lines in their dash patterns, each beside its name', async () => {
    const model = slideModel(atlas, sources, { view: viewOf('?sel=europol'), layout: 'network', index: 1, total: 1 });
    const stages = model.network!.key.stages;
    expect(stages.map((s) => s.stage)).toEqual(['in_force', 'signed', 'negotiating', 'suspended']);
    const zip = await JSZip.loadAsync(await buildPptx('Network', [{ model, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const shapes = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((x) => x[0]);
    const lines = shapes.filter((sp) => sp.includes('prst="line"'));
    // solid, dashed, dotted, dash-dot, as theme/families.ts STAGE_DASH draws them on the slide
    expect(lines.map((sp) => /<a:prstDash val="(\w+)"/.exec(sp)?.[1])).toEqual(['solid', 'dash', 'sysDot', 'dashDot']);
    const y = (sp: string) => Number(/<a:off x="\d+" y="(\d+)"/.exec(sp)![1]);
    for (const [i, s] of stages.entries()) {
      const name = shapes.find((sp) => runs(sp).join('') === s.name)!;
      expect(name, s.name).toBeDefined();
      // on the line's level: the name's box spans the sample's middle
      const h = Number(/<a:ext cx="\d+" cy="(\d+)"/.exec(name)![1]);
      expect(y(lines[i])).toBeGreaterThan(y(name));
      expect(y(lines[i])).toBeLessThan(y(name) + h);
    }
  });

  it('writes a matrix step as a native table: a heading row, each group, a row per State with its cells as symbols', async () => {
    const model = slideModel(atlas, sources, { view: viewOf('?graph=matrix&f=bloc:eu&sel=DEU&rows=region'), index: 1, total: 1 });
    const mx = model.matrix!;
    const zip = await JSZip.loadAsync(await buildPptx('Matrix', [{ model, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(xml).not.toContain('<p:pic>');
    const table = xml.slice(xml.indexOf('<a:tbl>'), xml.indexOf('</a:tbl>'));
    const rows = [...table.matchAll(/<a:tr [^>]*>([\s\S]*?)<\/a:tr>/g)].map((m) => runs(m[1]));
    expect(rows).toHaveLength(1 + mx.groups.length + mx.shownRows);
    expect(rows[0]).toEqual(['Country', ...mx.columns.map((c) => c.short)]);
    const germany = rows.find((r) => r[0] === 'Germany')!;
    const dRow = mx.groups.flatMap((g) => g.rows).find((r) => r.id === 'DEU')!;
    expect(germany.slice(1)).toEqual(dRow.cells.filter((c) => c !== 'none').map((c) => ({ 'in-force': '■', signed: '◩', negotiating: '◌', suspended: '⊘', unknown: '?' })[c as 'in-force']));
    // the legend and what was left out, as text under the grid
    const text = runs(xml).join(' ');
    expect(text).toContain('■ in force or party');
    for (const note of mx.notes) expect(text).toContain(note);
  });
  it('writes a legend column as the slide draws it: the classes none of which is drawn in one entry where the slide names them so, then its notes', async () => {
    // Morocco's Russian card under the Parties filter, a two-line title and caption: the slide names the four classes
    // none of which the map draws in one entry ("Не показаны: …"); the .pptx listed the six classes a line each and no note
    const geo = await geometry();
    await loadCatalogue('ru');
    const crowded = { title: CROWDED_TITLE.ru, caption: CROWDED_CAPTION.ru, index: 1, total: 2 };
    const card = slideModel(atlas, sources, { view: { ...viewOf('?lens=budapest&sel=MAR&f=budapest:party'), lang: 'ru' }, layout: 'map-record', ...crowded }, geo);
    const map = slideModel(atlas, sources, { view: { ...viewOf('?lens=budapest&f=budapest:party'), lang: 'ru' }, layout: 'map', ...crowded }, geo);
    expect(slideFrame(card).legendMerged).toBe(true);
    const zip = await JSZip.loadAsync(await buildPptx('Legends', [card, map].map((model) => ({ model, picture: PNG })), 'arraybuffer'));
    for (const [n, model] of [card, map].entries()) {
      const f = slideFrame(model);
      const { rows, notes } = legendColumnParts(model, f);
      const xml = await zip.file(`ppt/slides/slide${n + 1}.xml`)!.async('string');
      const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((x) => x[0]).find((sp) => runs(sp).includes(model.legend[0].text))!;
      const lines = [...shape.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runs(p[1]).filter((t) => !/■/.test(t)).join('').trim());
      expect(lines, model.layout).toEqual([...rows.map((row) => row.map((e) => e.text).join('     ')), ...notes]);
      // "Dashed outline: unverified": the map draws one
      expect(notes, model.layout).toContain(formatMessage('ru', 'slide.flagged'));
    }
    const cardLines = runs(await zip.file('ppt/slides/slide1.xml')!.async('string'));
    expect(cardLines.some((t) => t.startsWith('Не показаны:'))).toBe(true);
    // the card names the sources the slide's card names, and counts the others as it does (it wrote all three whole)
    const { items, more } = cardSources(card, cardRows(card, slideFrame(card).record!).sourcesBox);
    expect(more).toBeGreaterThan(0);
    for (const s of card.record!.sources) expect(cardLines.includes(s.id), s.id).toBe(items.some((x) => x.src.id === s.id));
    expect(cardLines.join('')).toContain(formatMessage('ru', 'slide.sourcesMore', { count: more }));
    expect(cardLines).not.toContain(card.legend.find((l) => l.cls === 'signatory')!.text);
  });

  it('writes a map + network slide\'s legend in the slide\'s rows, whose lines fit its box at their type size (a line per entry needed twice the box)', async () => {
    const model = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&sel=BRA&focus=BRA:1'), layout: 'map-network', index: 1, total: 1 });
    const f = slideFrame(model);
    const rows = legendRows(model, f.legend!.w);
    expect(model.legend.length).toBeGreaterThan(rows.length);
    const zip = await JSZip.loadAsync(await buildPptx('Map and network', [{ model, picture: PNG }], 'arraybuffer'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((x) => x[0]).find((sp) => runs(sp).includes(model.legend[0].text))!;
    const lines = [...shape.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runs(p[1]).filter((t) => !/■/.test(t)));
    expect(lines).toEqual(rows.map((row) => row.map((i) => model.legend[i].text)));
    const size = Number(/sz="(\d+)"/.exec(shape)![1]) / 100;
    const boxPt = Number(/<a:ext cx="\d+" cy="(\d+)"/.exec(shape)![1]) / 12700;
    expect(lines.length * size * 1.2).toBeLessThanOrEqual(boxPt);
  });
});
