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

/** The written deck, its slides' and notes' paragraphs and fonts and its content types put right; `notes[i]` the
 *  language (Office's tag) and direction of slide i + 1's notes. */
export async function tidyPptx(deck: ArrayBuffer, notes: readonly { lang: string; rtl: boolean }[] = []): Promise<JSZip> {
  const zip = await JSZip.loadAsync(deck);
  for (const [i, { lang, rtl }] of notes.entries()) {
    const name = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    const part = zip.file(name);
    if (part) zip.file(name, notesIn(await part.async('string'), lang, rtl));
  }
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(f))) {
    zip.file(name, scriptFonts(onePPr(await zip.file(name)!.async('string'))));
  }
  const types = '[Content_Types].xml';
  zip.file(types, knownOverrides(await zip.file(types)!.async('string'), (part) => zip.file(part) !== null));
  return zip;
}
