// pptxgenjs 4.0.1 writes two things into every deck that break the OOXML rules PowerPoint enforces (LibreOffice
// opens the file regardless, so nothing here changes what it shows):
// - a paragraph of several runs gets a paragraph-properties element (<a:pPr>) before each run, where CT_TextParagraph
//   allows one, first (gitbrent/PptxGenJS PR 1083: PowerPoint 2016 reports an error);
// - [Content_Types].xml declares a slide master per slide (slideMaster2.xml …) where the package has one
//   (gitbrent/PptxGenJS issue 1444: PowerPoint's repair dialog).
// It also names one font, the run's fontFace, in all three of a run's typefaces (<a:latin>, <a:ea> East Asian,
// <a:cs> complex script), with the East Asian and complex-script character sets of Chinese Big5 (charset -120) on
// <a:cs>. PowerPoint draws each character in the typeface of its script: Chinese in <a:ea>, Arabic in <a:cs>. Arial
// has no Chinese, so a Chinese slide's words were left to each machine's own substitute (gitbrent/PptxGenJS issue
// 916: fontFace is the only option). The deck is rewritten once after pptxgenjs has written it: each paragraph keeps
// its first <a:pPr>, each run typed in Arial names a Chinese font for its East Asian characters and Arial for its
// Arabic ones with Arial's own charset, the speaker notes take their step's language (notesIn), the content types only
// the parts the package holds.
// PowerPoint also repairs what gitbrent/PptxGenJS issue 1449 lists as "not in LibreOffice" (LibreOffice 7.4 opens the
// deck either way; PowerPoint is not available here, so these rest on the reports): content types declared by extension
// for media the package has none of (jpeg, gif, svg, mp4, vml, xlsx; 1449 defect 4), one of them image/jpg, no registered
// type (PR 1462); a notes master whose six placeholders PowerPoint's repair removes (issue 1443, PR 1458, 1449 defect 5)
// and whose theme is the slide master's theme1.xml, where PowerPoint gives each master a theme part of its own (1449
// defect 5); and the package's folders written as empty zip entries (1449's "empty scaffold directories"), where an
// Open Packaging package holds parts only. The notes master keeps its background, colour map and notes text styles, and
// takes a copy of the Office theme as theme2.xml; each notes slide's placeholders take the place on the notes page the
// master gave them (LibreOffice drew blank notes pages without), the speaker notes' text is unchanged.
import JSZip from 'jszip';

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** A paragraph with its first <a:pPr> (when it opens the paragraph) and no other. */
export function onePPr(xml: string): string {
  return xml.replace(PARAGRAPH, (_, body: string) => {
    let first = true;
    return `<a:p>${body.replace(PPR, (ppr: string, at: number) => {
      const keep = first && at === 0;
      first = false;
      return keep ? ppr : '';
    })}</a:p>`;
  });
}

/** The East Asian typeface of the slides' text: Microsoft YaHei, the sans serif Windows has shipped for Simplified
 *  Chinese since Vista (PowerPoint writes this element when one picks it). The panose and GB2312 charset (134, written
 *  signed) let PowerPoint on a Mac, or LibreOffice, substitute a Chinese sans serif (PingFang SC, Noto Sans CJK SC)
 *  where it is missing. Every run gets it, not only the zh-CN ones: a step's own words (title, caption) may be typed
 *  in Chinese on a slide in another language, and <a:ea> is read only for East Asian characters. */
export const EA_FONT = '<a:ea typeface="Microsoft YaHei" panose="020B0503020204020204" pitchFamily="34" charset="-122"/>';
/** The complex-script typeface: Arial, which has Arabic (the Office theme's own font for Arabic body text), with the
 *  panose and charset PowerPoint writes for it (charset 0: Arial covers its scripts itself). */
export const CS_FONT = '<a:cs typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="0"/>';

/** Runs typed in Arial with a Chinese font for their East Asian characters and Arial's own charset for Arabic. */
export function scriptFonts(xml: string): string {
  return xml.replace(/<a:ea typeface="Arial"[^>]*\/>/g, EA_FONT).replace(/<a:cs typeface="Arial"[^>]*\/>/g, CS_FONT);
}

/** A step's speaker notes in the step's language: pptxgenjs tags the notes' run en-US whatever they are written in
 *  (addNotes takes only text), so PowerPoint proofed Chinese or Arabic notes as English and set Arabic ones left to
 *  right. The notes' run and paragraph end take `lang`; Arabic notes are right-to-left, right-aligned paragraphs. Each
 *  line of the notes is a paragraph of its own, as DrawingML writes lines: pptxgenjs wrote them all in one run, its
 *  line breaks inside <a:t> (LibreOffice 7.4 made paragraphs of them, and makes the same of these; PowerPoint's reading
 *  of a raw line break is not checked here). The words the slide shortens follow the step's notes, a line each. */
export function notesIn(xml: string, lang: string, rtl: boolean): string {
  return xml.replace(/(<p:ph type="body"[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody>)/, (_, open: string, body: string, close: string) =>
    open + body
      .replace(/<a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>/g, (_r, rPr: string, text: string) =>
        text.split(/\r?\n/).map((line) => `<a:r>${rPr}<a:t>${line}</a:t></a:r>`).join('</a:p><a:p>'))
      .replace(/<a:r>(<a:rPr[^>]*\/>)<a:t><\/a:t><\/a:r>/g, '')
      .replace(/(<a:(?:rPr|endParaRPr) lang=")en-US"/g, `$1${lang}"`).replace(/<a:p>(?!<a:pPr)/g, rtl ? '<a:p><a:pPr algn="r" rtl="1"/>' : '<a:p>') + close);
}

/** The content types without an override for a part the package does not hold. */
export function knownOverrides(xml: string, has: (part: string) => boolean): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (o, part: string) => (has(part) ? o : ''));
}

/** The content types without a default for an extension no part has (`parts`: the package's part names), JPEG typed
 *  image/jpeg (pptxgenjs writes image/jpg for .jpg). An extension matches whatever its case, as in OPC. */
export function usedDefaults(xml: string, parts: readonly string[]): string {
  const used = new Set(parts.map((p) => p.slice(p.lastIndexOf('/') + 1)).filter((n) => n.includes('.')).map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
  return xml
    .replace(/\s*<Default Extension="([^"]+)"[^>]*\/>/g, (d, ext: string) => (used.has(ext.toLowerCase()) ? d : ''))
    .replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"');
}

/** The notes master's own theme part, as PowerPoint writes a notes master (its slide master has theme1.xml). */
export const NOTES_THEME = 'ppt/theme/theme2.xml';
const THEME_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml';

/** A placeholder of the notes master, by type: its shape properties (where it is on a notes page: the slide's picture,
 *  sldImg; the notes, body; the slide number, sldNum) and its text body's properties and list styles (the number's
 *  size and alignment). */
export interface NotesPlace { spPr: string; text: string }

/** The notes master's placeholders' places, by type. */
export function notesPlaces(master: string): Map<string, NotesPlace> {
  const places = new Map<string, NotesPlace>();
  for (const [sp] of master.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
    const type = sp.match(/<p:ph type="(\w+)"/)?.[1];
    const spPr = sp.match(/<p:spPr>[\s\S]*?<\/p:spPr>/)?.[0];
    const text = sp.match(/<p:txBody>(<a:bodyPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:bodyPr>)<a:lstStyle\b[^>]*?(?:\/>|>[\s\S]*?<\/a:lstStyle>))/)?.[1];
    if (type && spPr) places.set(type, { spPr, text: text ?? '<a:bodyPr/><a:lstStyle/>' });
  }
  return places;
}

/** A notes slide whose placeholders, written without shape properties of their own (<p:spPr/>, which PowerPoint reads
 *  from the notes master), take the notes master's: the master loses its placeholders (bareNotesMaster), and
 *  LibreOffice then drew every notes page blank, the notes at the corner with no size. */
export function placedNotes(xml: string, places: ReadonlyMap<string, NotesPlace>): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    const place = places.get(sp.match(/<p:ph type="(\w+)"/)?.[1] ?? '');
    if (!place || !sp.includes('<p:spPr/>')) return sp;
    return sp.replace('<p:spPr/>', place.spPr).replace('<p:txBody><a:bodyPr/><a:lstStyle/>', `<p:txBody>${place.text}`);
  });
}

/** The notes master without its placeholder shapes: the background, the empty shape tree (its group properties), the
 *  colour map and the notes text styles, which is what PowerPoint keeps of pptxgenjs's notes master when it repairs
 *  it (issue 1443). The notes slides keep their own placeholders, placed where the master had them (placedNotes). */
export function bareNotesMaster(xml: string): string {
  return xml.replace(/(<p:spTree>[\s\S]*?<\/p:grpSpPr>)[\s\S]*?(<\/p:spTree>)/, '$1$2');
}

/** The notes master's relationships with its theme on a part of its own, not the slide master's theme1.xml. */
export function ownNotesTheme(rels: string): string {
  return rels.replace(/Target="\.\.\/theme\/theme1\.xml"/, `Target="../${NOTES_THEME.slice('ppt/'.length)}"`);
}

/** Every shape with a text body: pptxgenjs writes a shape without text (the key's line styles, addShape 'line') as a
 *  <p:sp> with none, where CT_Shape's schema asks for one, and PowerPoint's repair adds the body issue 1441 quotes
 *  (gitbrent/PptxGenJS issue 1441, PR 1457: genXmlTextBody returns it instead of ''): empty body properties and list
 *  styles, one empty paragraph, its end mark in the slide's language. It goes after the shape's properties and style,
 *  before any extension list, as the schema orders them. Draws nothing. */
export function shapesWithText(xml: string, lang: string): string {
  return xml.replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (sp, body: string) => {
    if (body.includes('<p:txBody>')) return sp;
    const at = body.lastIndexOf('<p:extLst>');
    const empty = `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="${lang}"/></a:p></p:txBody>`;
    return at < 0 ? `<p:sp>${body}${empty}</p:sp>` : `<p:sp>${body.slice(0, at)}${empty}${body.slice(at)}</p:sp>`;
  });
}

/** Each notes slide's p14:creationId its own: pptxgenjs writes the notes master's value into every notes slide.
 *  Slide i's notes take the master's value plus i (an unsigned 32-bit value, as the schema types it). */
export function ownCreationId(xml: string, i: number): string {
  return xml.replace(/(<p14:creationId\b[^>]*\bval=")(\d+)"/, (_, open: string, val: string) => `${open}${(Number(val) + i) % 2 ** 32}"`);
}

/** The written deck, its slides' and notes' paragraphs and fonts and its content types put right; `notes[i]` the
 *  language (Office's tag) and direction of slide i + 1's notes. */
export async function tidyPptx(deck: ArrayBuffer, notes: readonly { lang: string; rtl: boolean }[] = []): Promise<JSZip> {
  const zip = await JSZip.loadAsync(deck);
  for (const [i, { lang, rtl }] of notes.entries()) {
    const name = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    const part = zip.file(name);
    if (part) zip.file(name, ownCreationId(notesIn(await part.async('string'), lang, rtl), i + 1));
    const slide = `ppt/slides/slide${i + 1}.xml`;
    if (zip.file(slide)) zip.file(slide, shapesWithText(await zip.file(slide)!.async('string'), lang));
  }
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(f))) {
    zip.file(name, scriptFonts(onePPr(await zip.file(name)!.async('string'))));
  }
  const master = 'ppt/notesMasters/notesMaster1.xml';
  const masterRels = 'ppt/notesMasters/_rels/notesMaster1.xml.rels';
  const theme = zip.file('ppt/theme/theme1.xml');
  if (zip.file(master) && zip.file(masterRels) && theme && !zip.file(NOTES_THEME)) {
    const masterXml = await zip.file(master)!.async('string');
    const places = notesPlaces(masterXml);
    for (const name of Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(f))) {
      zip.file(name, placedNotes(await zip.file(name)!.async('string'), places));
    }
    zip.file(master, bareNotesMaster(masterXml));
    zip.file(masterRels, ownNotesTheme(await zip.file(masterRels)!.async('string')));
    zip.file(NOTES_THEME, await theme.async('string'));
  }
  // folders are no parts: JSZip writes each as an empty entry unless it is dropped from the listing
  for (const name of Object.keys(zip.files)) if (zip.files[name].dir) delete zip.files[name];
  const parts = Object.keys(zip.files);
  const types = '[Content_Types].xml';
  let typesXml = usedDefaults(knownOverrides(await zip.file(types)!.async('string'), (part) => zip.file(part) !== null), parts);
  if (zip.file(NOTES_THEME) && !typesXml.includes(`"/${NOTES_THEME}"`)) typesXml = typesXml.replace('</Types>', `<Override PartName="/${NOTES_THEME}" ContentType="${THEME_TYPE}"/></Types>`);
  zip.file(types, typesXml);
  return zip;
}
