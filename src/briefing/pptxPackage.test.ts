// @vitest-environment node
// The .pptx as a package PowerPoint opens without its repair dialog (PowerPoint itself is not available here; the deck
// was opened in LibreOffice 7.4, which is lenient): every part has a content type and every declared part exists,
// every internal relationship resolves to a part, and the elements PowerPoint reads in a fixed order (a paragraph's
// properties first, a run's properties in the schema's sequence, a shape's parts) are in that order. Decks of every
// slide layout in English, Arabic and Chinese. And what PowerPoint repairs that LibreOffice ignores (gitbrent/PptxGenJS
// issue 1449, issue 1443, PR 1462): a content type for every extension it declares, no folder entries, a notes master
// without the placeholders PowerPoint removes and with a theme part of its own; a text body in every shape (issue 1441,
// PR 1457), a creation id per notes slide, the parts deflated.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPptx } from './pptx';
import { bareNotesMaster, knownOverrides, notesIn, notesPlaces, onePPr, ownNotesTheme, placedNotes, usedDefaults } from './pptxTidy';
import { slideModel } from './slideModel';
import { atlas, viewOf, sources } from './slideTestAtlas';
import { loadCatalogue } from '../i18n/catalogue';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Children allowed under a parent, in the order ECMA-376 Part 1 (DrawingML, PresentationML) requires. */
const FILL = ['a:noFill', 'a:solidFill', 'a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'];
const ORDER: Record<string, string[][]> = {
  'a:p': [['a:pPr'], ['a:r', 'a:br', 'a:fld'], ['a:endParaRPr']],
  'a:r': [['a:rPr'], ['a:t']],
  'a:rPr': [['a:ln'], FILL, ['a:effectLst', 'a:effectDag'], ['a:highlight'], ['a:uLnTx', 'a:uLn'], ['a:uFillTx', 'a:uFill'],
    ['a:latin'], ['a:ea'], ['a:cs'], ['a:sym'], ['a:hlinkClick'], ['a:hlinkMouseOver'], ['a:rtl'], ['a:extLst']],
  'a:pPr': [['a:lnSpc'], ['a:spcBef'], ['a:spcAft'], ['a:buClrTx', 'a:buClr'], ['a:buSzTx', 'a:buSzPct', 'a:buSzPts'],
    ['a:buFontTx', 'a:buFont'], ['a:buNone', 'a:buAutoNum', 'a:buChar', 'a:buBlip'], ['a:tabLst'], ['a:defRPr'], ['a:extLst']],
  'p:txBody': [['a:bodyPr'], ['a:lstStyle'], ['a:p']],
  'a:txBody': [['a:bodyPr'], ['a:lstStyle'], ['a:p']],
  'p:sp': [['p:nvSpPr'], ['p:spPr'], ['p:style'], ['p:txBody'], ['p:extLst']],
  'p:pic': [['p:nvPicPr'], ['p:blipFill'], ['p:spPr'], ['p:style'], ['p:extLst']],
  'p:spPr': [['a:xfrm'], ['a:custGeom', 'a:prstGeom'], FILL, ['a:ln'], ['a:effectLst', 'a:effectDag'], ['a:scene3d'], ['a:sp3d'], ['a:extLst']],
  'a:tc': [['a:txBody'], ['a:tcPr'], ['a:extLst']],
  // the notes master (gitbrent/PptxGenJS issue 1443: PowerPoint's repair drops its placeholders)
  'p:notesMaster': [['p:cSld'], ['p:clrMap'], ['p:hf'], ['p:notesStyle'], ['p:extLst']],
  'p:cSld': [['p:bg'], ['p:spTree'], ['p:custDataLst'], ['p:controls'], ['p:extLst']],
  'p:spTree': [['p:nvGrpSpPr'], ['p:grpSpPr'], ['p:sp', 'p:grpSp', 'p:graphicFrame', 'p:cxnSp', 'p:pic', 'p:contentPart'], ['p:extLst']],
  'p:nvSpPr': [['p:cNvPr'], ['p:cNvSpPr'], ['p:nvPr']],
  'p:nvPr': [['p:ph'], ['a:audioCd', 'a:wavAudioFile', 'a:audioFile', 'a:videoFile', 'a:quickTimeFile'], ['p:custDataLst'], ['p:extLst']],
  'a:xfrm': [['a:off'], ['a:ext'], ['a:chOff'], ['a:chExt']],
  'a:bodyPr': [['a:prstTxWarp'], ['a:noAutofit', 'a:normAutofit', 'a:spAutoFit'], ['a:scene3d'], ['a:sp3d', 'a:flatTx'], ['a:extLst']],
  'a:lstStyle': [['a:defPPr'], ['a:lvl1pPr'], ['a:lvl2pPr'], ['a:lvl3pPr'], ['a:lvl4pPr'], ['a:lvl5pPr'], ['a:lvl6pPr'], ['a:lvl7pPr'], ['a:lvl8pPr'], ['a:lvl9pPr'], ['a:extLst']],
  'p:notesStyle': [['a:defPPr'], ['a:lvl1pPr'], ['a:lvl2pPr'], ['a:lvl3pPr'], ['a:lvl4pPr'], ['a:lvl5pPr'], ['a:lvl6pPr'], ['a:lvl7pPr'], ['a:lvl8pPr'], ['a:lvl9pPr'], ['a:extLst']],
  'a:fld': [['a:rPr'], ['a:pPr'], ['a:t']],
};
/** Children that may follow their own kind (runs, paragraphs, a shape tree's shapes). */
const REPEATS = ['a:r', 'a:br', 'a:fld', 'a:p', 'p:sp', 'p:grpSp', 'p:graphicFrame', 'p:cxnSp', 'p:pic', 'p:contentPart'];
/** Where an element breaks the order of its parent's children: "a:p > a:pPr after a:r". */
function outOfOrder(xml: string): string[] {
  const bad: string[] = [];
  const stack: { name: string; at: number }[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const order = parent && ORDER[parent.name];
    if (order) {
      const at = order.findIndex((names) => names.includes(tag.name));
      // a group that repeats (runs, paragraphs) may follow itself; any other child only after the ones before it
      if (at < 0) bad.push(`${parent.name} > ${tag.name}: not allowed`);
      else if (at < parent.at || (at === parent.at && !REPEATS.includes(tag.name))) bad.push(`${parent.name} > ${tag.name} after ${order[parent.at].join('|')}`);
      else parent.at = at;
    }
    stack.push({ name: tag.name, at: -1 });
  });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return bad;
}

async function deck(lang: 'en' | 'ar' | 'zh') {
  const q = (s: string) => `${s}&lang=${lang}`;
  const models = [
    slideModel(atlas, sources, { view: viewOf(q('?lens=unga-74-247&f=budapest:party;unga-74-247:yes')), notes: 'Mention the 79–60–33 result.', caption: 'Eight Parties voted Yes' }),
    slideModel(atlas, sources, { view: viewOf(q('?lens=budapest&z=4,-1500,-250')), notes: 'Europe' }),
    slideModel(atlas, sources, { view: viewOf(q('?sel=europol')), layout: 'network' }),
    slideModel(atlas, sources, { view: viewOf(q('?sel=KOR')), layout: 'map-record' }),
    slideModel(atlas, sources, { view: viewOf(q('?lens=un-convention&sel=BRA&focus=BRA:1')), layout: 'map-network' }),
    slideModel(atlas, sources, { view: viewOf(q('?graph=matrix&f=bloc:eu')) }),
  ].map((model, i, all) => ({ model: { ...model, index: i + 1, total: all.length }, picture: PNG }));
  const raw = await buildPptx('Package', models, 'arraybuffer');
  raws[lang] = raw;
  return JSZip.loadAsync(raw);
}

/** The compression method of each entry, from the zip's central directory (8: DEFLATE, 0: stored). */
function methods(raw: ArrayBuffer): Map<string, number> {
  const v = new DataView(raw);
  const out = new Map<string, number>();
  for (let i = 0; i + 46 <= raw.byteLength; i++) {
    if (v.getUint32(i, true) !== 0x02014b50) continue;
    const n = v.getUint16(i + 28, true);
    out.set(new TextDecoder().decode(new Uint8Array(raw, i + 46, n)), v.getUint16(i + 10, true));
    i += 45 + n;
  }
  return out;
}

const decks: Record<string, JSZip> = {};
const raws: Record<string, ArrayBuffer> = {};
beforeAll(async () => {
  await Promise.all([loadCatalogue('ar'), loadCatalogue('zh')]);
  for (const lang of ['en', 'ar', 'zh'] as const) decks[lang] = await deck(lang);
});

describe('the .pptx package', () => {
  // gitbrent/PptxGenJS issue 1441 / PR 1457: a shape without text had no <p:txBody>, which PowerPoint's repair adds
  it.each(['en', 'ar', 'zh'])('%s: every shape has a text body, the one PowerPoint\'s repair would add where it has no text', async (lang) => {
    const zip = decks[lang];
    let empty = 0;
    for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async('string');
      const shapes = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
      expect(shapes.filter((sp) => !sp.includes('<p:txBody>')), name).toEqual([]);
      empty += shapes.filter((sp) => sp.includes('<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=')).length;
    }
    // (the network's key draws its line styles as line shapes, which have no text)
    expect(empty).toBeGreaterThan(0);
  });

  it.each(['en', 'ar', 'zh'])('%s: each notes slide has a creation id of its own (pptxgenjs wrote the master\'s in every one)', async (lang) => {
    const zip = decks[lang];
    const ids = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notes(Slides\/notesSlide\d+|Masters\/notesMaster1)\.xml$/.test(f))
      .map(async (f) => (await zip.file(f)!.async('string')).match(/<p14:creationId\b[^>]*val="(\d+)"/)?.[1]));
    expect(ids.length).toBeGreaterThan(6);
    expect(ids.every((id) => id && Number(id) < 2 ** 32)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['en', 'ar', 'zh'])('%s: the parts are deflated, not stored', (lang) => {
    const m = methods(raws[lang]);
    expect(m.size).toBe(Object.keys(decks[lang].files).length);
    expect([...m].filter(([, method]) => method !== 8).map(([name]) => name)).toEqual([]);
  });

  it.each(['en', 'ar', 'zh'])('%s: every part has a content type and every content type names a part', async (lang) => {
    const zip = decks[lang];
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]);
    const parts = Object.keys(zip.files).filter((f) => !zip.files[f].dir && f !== '[Content_Types].xml');
    expect(overrides.filter((p) => !zip.file(p))).toEqual([]);
    expect(parts.filter((p) => !overrides.includes(p) && !defaults.includes(p.split('.').pop()!))).toEqual([]);
    expect(overrides.filter((p) => p.startsWith('ppt/slides/'))).toHaveLength(6);
  });

  it.each(['en', 'ar', 'zh'])('%s: a default content type only for an extension some part has (pptxgenjs declared jpeg, jpg as image/jpg, gif, svg, m4v, mp4, vml, xlsx)', async (lang) => {
    const zip = decks[lang];
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    const exts = new Set(Object.keys(zip.files).map((f) => f.split('/').pop()!.split('.').pop()!));
    expect(defaults.filter(([ext]) => !exts.has(ext))).toEqual([]);
    expect(defaults).toEqual(expect.arrayContaining([['xml', 'application/xml'], ['png', 'image/png']]));
    expect(types).not.toContain('image/jpg"');
  });

  it.each(['en', 'ar', 'zh'])('%s: the zip holds parts only, no folder entries (pptxgenjs wrote 19, ppt/charts/ and ppt/embeddings/ empty)', (lang) => {
    const zip = decks[lang];
    expect(Object.keys(zip.files).filter((f) => zip.files[f].dir || f.endsWith('/'))).toEqual([]);
    expect(Object.keys(zip.files).length).toBeGreaterThan(30);
  });

  it.each(['en', 'ar', 'zh'])('%s: the notes master has a theme part of its own and none of the placeholders PowerPoint removes', async (lang) => {
    const zip = decks[lang];
    const read = (name: string) => zip.file(name)!.async('string');
    const themeOf = async (rels: string) => (await read(rels)).match(/Type="[^"]+\/theme" Target="\.\.\/theme\/([^"]+)"/)?.[1];
    expect(await themeOf('ppt/slideMasters/_rels/slideMaster1.xml.rels')).toBe('theme1.xml');
    expect(await themeOf('ppt/notesMasters/_rels/notesMaster1.xml.rels')).toBe('theme2.xml');
    expect(await read('ppt/theme/theme2.xml')).toBe(await read('ppt/theme/theme1.xml'));
    expect(await read('[Content_Types].xml')).toContain('<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>');
    const master = await read('ppt/notesMasters/notesMaster1.xml');
    expect(master).not.toMatch(/<p:sp>|<p:ph /);
    // what PowerPoint's repair keeps: background, the empty shape tree, colour map, notes text styles
    for (const kept of ['<p:bg>', '<p:grpSpPr>', '</p:grpSpPr></p:spTree>', '<p:clrMap ', '<p:notesStyle><a:lvl1pPr']) expect(master).toContain(kept);
    // the notes themselves are on the notes slides, in their body placeholder
    expect(await read('ppt/notesSlides/notesSlide1.xml')).toMatch(/<p:ph type="body" idx="1"\/>[\s\S]*Mention the 79–60–33 result\./);
  });

  it.each(['en', 'ar', 'zh'])('%s: each notes slide places its slide picture, notes and number where the notes master did (LibreOffice drew blank notes pages without)', async (lang) => {
    const zip = decks[lang];
    const names = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(f));
    expect(names).toHaveLength(6);
    for (const name of names) {
      const xml = await zip.file(name)!.async('string');
      const places = Object.fromEntries([...xml.matchAll(/<p:ph type="(\w+)"[^>]*\/><\/p:nvPr><\/p:nvSpPr><p:spPr>(<a:xfrm>[\s\S]*?<\/a:xfrm>)/g)].map((m) => [m[1], m[2]]));
      expect(places, name).toEqual({
        sldImg: '<a:xfrm><a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm>',
        body: '<a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm>',
        sldNum: '<a:xfrm><a:off x="3884613" y="8685213"/><a:ext cx="2971800" cy="458787"/></a:xfrm>',
      });
      expect(xml, name).not.toContain('<p:spPr/>');
      // the slide number as the master set it: right-aligned, 12 pt
      expect(xml.match(/<p:ph type="sldNum"[\s\S]*?<\/p:sp>/)?.[0], name).toContain('<a:lstStyle><a:lvl1pPr algn="r"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle>');
    }
  });

  it.each(['en', 'ar', 'zh'])('%s: every internal relationship names a part of the package', async (lang) => {
    const zip = decks[lang];
    const dangling: string[] = [];
    for (const rels of Object.keys(zip.files).filter((f) => f.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
      for (const [, target, mode] of (await zip.file(rels)!.async('string')).matchAll(/Target="([^"]+)"(?:\s+TargetMode="(\w+)")?/g)) {
        if (mode === 'External') continue;
        const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
        const path = parts.reduce<string[]>((p, s) => (s === '..' ? p.slice(0, -1) : s === '.' ? p : [...p, s]), []).join('/');
        if (!zip.file(path)) dangling.push(`${rels}: ${target}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it.each(['en', 'ar', 'zh'])('%s: slides and notes keep the schema\'s order (one paragraph properties, first)', async (lang) => {
    const zip = decks[lang];
    const names = Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides|notesMasters)\/[^/]+\.xml$/.test(f));
    expect(names.length).toBe(13);
    for (const name of names) expect(outOfOrder(await zip.file(name)!.async('string')), name).toEqual([]);
  });

  it.each(['en', 'ar', 'zh'])('%s: each run names a Chinese East Asian typeface and Arial for Arabic (pptxgenjs wrote Arial, Big5, in all three)', async (lang) => {
    const zip = decks[lang];
    for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/[^/]+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async('string');
      const runs = [...xml.matchAll(/<a:rPr\b[^>]*>([\s\S]*?)<\/a:rPr>/g)].map((r) => r[1]).filter((r) => r.includes('<a:latin'));
      expect(runs.length, name).toBeGreaterThan(5);
      for (const r of runs) {
        // the East Asian typeface is the one Chinese characters are drawn in: never Arial, which has none
        expect(r.match(/<a:ea typeface="([^"]+)"[^>]*charset="([^"]+)"/)?.slice(1), `${name}: ${r}`).toEqual(['Microsoft YaHei', '-122']);
        expect(r.match(/<a:cs typeface="([^"]+)"[^>]*charset="([^"]+)"/)?.slice(1), `${name}: ${r}`).toEqual(['Arial', '0']);
      }
    }
  });

  it.each([['en', 'en-GB'], ['ar', 'ar-SA'], ['zh', 'zh-CN']])('%s: the speaker notes are in the step\'s language (%s), Arabic notes right to left (pptxgenjs wrote en-US)', async (lang, office) => {
    const xml = await decks[lang].file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    const body = xml.match(/<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/)![1];
    expect(body).toContain('Mention the 79–60–33 result.');
    const langs = [...body.matchAll(/ lang="([^"]+)"/g)].map((x) => x[1]);
    expect(langs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(langs)).toEqual(new Set([office]));
    expect(/<a:p><a:pPr algn="r" rtl="1"\/>/.test(body)).toBe(lang === 'ar');
  });

  it('each line of the notes is a paragraph (pptxgenjs put line breaks inside one <a:t>), an empty line an empty paragraph', () => {
    const xml = (text: string) => `<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody></p:sp>`;
    const paras = (x: string) => [...x.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => [...m[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
    expect(paras(notesIn(xml('Notes\n\nShortened on the slide, in full:\nA whole title'), 'en-GB', false))).toEqual(['Notes', '', 'Shortened on the slide, in full:', 'A whole title']);
    const ar = notesIn(xml('ملاحظات\r\nسطر'), 'ar-SA', true);
    expect(paras(ar)).toEqual(['ملاحظات', 'سطر']);
    expect(ar.match(/<a:p><a:pPr algn="r" rtl="1"\/>/g)).toHaveLength(2);
    expect(ar).not.toContain('en-US');
    // one line: as pptxgenjs wrote it, in its language
    expect(notesIn(xml('One line'), 'fr-FR', false)).toBe(xml('One line').replace(/en-US/g, 'fr-FR'));
  });

  it('the repairs: the first paragraph properties kept, the others dropped; declared parts kept when they exist', () => {
    expect(onePPr('<a:p><a:pPr algn="r"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr algn="r"/><a:r><a:t>b</a:t></a:r></a:p>'))
      .toBe('<a:p><a:pPr algn="r"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
    expect(onePPr('<a:p><a:r><a:t>a</a:t></a:r><a:pPr/><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/></a:p>'))
      .toBe('<a:p><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/></a:p>');
    expect(knownOverrides('<Override PartName="/a.xml" ContentType="x"/><Override PartName="/b.xml" ContentType="x"/>', (p) => p === 'a.xml'))
      .toBe('<Override PartName="/a.xml" ContentType="x"/>');
    expect(usedDefaults('<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpg"/><Default Extension="gif" ContentType="image/gif"/> <Default Extension="PNG" ContentType="image/png"/>', ['a.xml', 'ppt/media/b.JPG', 'ppt/media/c.png']))
      .toBe('<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/> <Default Extension="PNG" ContentType="image/png"/>');
    expect(bareNotesMaster('<p:cSld><p:spTree><p:nvGrpSpPr/><p:grpSpPr><a:xfrm/></p:grpSpPr><p:sp><p:nvSpPr/></p:sp><p:sp/></p:spTree></p:cSld><p:clrMap/>'))
      .toBe('<p:cSld><p:spTree><p:nvGrpSpPr/><p:grpSpPr><a:xfrm/></p:grpSpPr></p:spTree></p:cSld><p:clrMap/>');
    expect(ownNotesTheme('<Relationship Id="rId1" Type="t" Target="../theme/theme1.xml"/>')).toBe('<Relationship Id="rId1" Type="t" Target="../theme/theme2.xml"/>');
    const places = notesPlaces('<p:sp><p:nvSpPr><p:nvPr><p:ph type="hdr" sz="quarter"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>h</a:xfrm></p:spPr><p:txBody><a:bodyPr vert="horz"/><a:lstStyle><a:lvl1pPr algn="r"/></a:lstStyle><a:p/></p:txBody></p:sp><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>b</a:xfrm></p:spPr></p:sp>');
    expect([...places]).toEqual([['hdr', { spPr: '<p:spPr><a:xfrm>h</a:xfrm></p:spPr>', text: '<a:bodyPr vert="horz"/><a:lstStyle><a:lvl1pPr algn="r"/></a:lstStyle>' }], ['body', { spPr: '<p:spPr><a:xfrm>b</a:xfrm></p:spPr>', text: '<a:bodyPr/><a:lstStyle/>' }]]);
    // a placeholder with shape properties of its own, or of a type the master has not, is left as it is
    const sp = (ph: string, spPr: string) => `<p:sp><p:nvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>${spPr}<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>`;
    expect(placedNotes(sp('<p:ph type="hdr"/>', '<p:spPr/>') + sp('<p:ph type="sldImg"/>', '<p:spPr/>') + sp('<p:ph type="body" idx="1"/>', '<p:spPr><a:xfrm>x</a:xfrm></p:spPr>'), places))
      .toBe('<p:sp><p:nvSpPr><p:nvPr><p:ph type="hdr"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>h</a:xfrm></p:spPr><p:txBody><a:bodyPr vert="horz"/><a:lstStyle><a:lvl1pPr algn="r"/></a:lstStyle><a:p/></p:txBody></p:sp>'
        + sp('<p:ph type="sldImg"/>', '<p:spPr/>') + sp('<p:ph type="body" idx="1"/>', '<p:spPr><a:xfrm>x</a:xfrm></p:spPr>'));
  });
});
